import { type Page } from '@playwright/test';
import { expect, mapIdle, openMap, test } from './support/fixtures.ts';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 40): Promise<void> {
  const test = matches.toString();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      (src) => new Function(`return (${src})(document.activeElement)`)() as boolean,
      test,
    );
    if (hit) return;
  }
  throw new Error(`focus never reached ${test} in ${max} Tab presses`);
}

test('a keyboard user walks the districts, selects 观山湖区, reads its measures and opens 三(一)', async ({
  page,
}) => {
  await openMap(page);
  let mouseEvents = 0;
  await page.exposeFunction('countMouse', () => (mouseEvents += 1));
  await page.evaluate(() => {
    for (const type of ['mousedown', 'click', 'pointerdown'])
      window.addEventListener(
        type,
        (e) =>
          (e as PointerEvent).pointerType !== '' &&
          (window as unknown as { countMouse: () => void }).countMouse(),
        true,
      );
  });

  // Skip link first, straight to the map; then the map canvas itself pans and zooms by keys.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到地图' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.classList.contains('maplibregl-canvas'));
  const before = await page.evaluate(() => window.planMap!.view());
  await page.keyboard.press('=');
  await mapIdle(page);
  const after = await page.evaluate(() => window.planMap!.view());
  expect(after.zoom).toBeGreaterThan(before.zoom);

  // The feature list comes right after the map and its controls.
  await tabTo(page, (el) => el.getAttribute('role') === 'listbox');
  const list = page.getByRole('listbox', { name: '区县要素列表' });
  await expect(list).toBeFocused();
  const activeText = () =>
    list.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent,
    );
  for (let i = 0; i < 12 && (await activeText()) !== '观山湖区'; i++)
    await page.keyboard.press('ArrowDown');
  expect(await activeText()).toBe('观山湖区');
  // The map rings the feature under the keyboard.
  expect(await page.evaluate(() => window.planMap!.map.getSource('focus-ring') !== undefined)).toBe(
    true,
  );
  await page.keyboard.press('Enter');

  const heading = page.getByTestId('inspector').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('观山湖区');
  await expect(heading).toBeFocused();
  await expect(page.getByTestId('announcer')).toHaveText('已选中 观山湖区');
  await tabTo(page, (el) => el.getAttribute('aria-label') === '查看措施 三(一)');
  await page.keyboard.press('Enter');
  const measure = page.getByTestId('measure-detail').getByRole('heading', { level: 2 });
  await expect(measure).toContainText('构建“一核三心多组团”城市空间格局');
  await expect(measure).toBeFocused();
  await expect(page).toHaveURL(/measure=3-1/);
  expect(mouseEvents).toBe(0);
});

test('Escape closes the inspector, and the tabs move with arrow keys', async ({ page }) => {
  await openMap(page, '?feature=districts:520111');
  await expect(page.getByTestId('inspector')).toBeVisible();
  await page.getByRole('tab', { name: '图层' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '规划' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '规划' })).toHaveAttribute('aria-selected', 'true');
});

test('the same keyboard journey works in the embed', async ({ page }) => {
  await page.goto('/embed.html?ui=full');
  await page.waitForFunction(() => window.planMap?.map.getLayer('structure-fill') !== undefined);
  await mapIdle(page);
  await tabTo(page, (el) => el.classList.contains('maplibregl-canvas'));
  const before = await page.evaluate(() => window.planMap!.view());
  await page.keyboard.press('=');
  await mapIdle(page);
  expect((await page.evaluate(() => window.planMap!.view())).zoom).toBeGreaterThan(before.zoom);

  await tabTo(page, (el) => el.getAttribute('role') === 'listbox');
  const list = page.getByRole('listbox', { name: '区县要素列表' });
  const activeText = () =>
    list.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.textContent,
    );
  for (let i = 0; i < 12 && (await activeText()) !== '观山湖区'; i++)
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('inspector').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('观山湖区');
  await expect(heading).toBeFocused();
  await tabTo(page, (el) => el.getAttribute('aria-label') === '查看措施 三(一)');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('measure-detail').getByRole('heading', { level: 2 })).toBeFocused();
});
