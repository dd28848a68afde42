import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { zh } from '../src/i18n/zh.ts';
import { expect, openMap, test } from './support/fixtures.ts';

/**
 * Every string of a dictionary, split at its `{{placeholders}}` into fragments; only fragments
 * with a letter of the language count (punctuation such as ”, is shared by both).
 */
function fragments(dictionary: object, minLength: number, letter: RegExp): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      for (const part of value.split(/\{\{[^}]+\}\}/))
        if (part.trim().length >= minLength && letter.test(part)) out.push(part.trim());
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(dictionary);
  return [...new Set(out)];
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const { name, query } of [
  { name: 'in Chinese', query: '?feature=districts:520115&panel=plan&measure=3-1' },
  { name: 'in English', query: '?feature=districts:520115&panel=plan&measure=3-1&lang=en' },
  { name: 'in care mode', query: '?feature=districts:520115&panel=indicators&care=1' },
  { name: 'in English care mode', query: '?feature=structure:core&panel=layers&care=1&lang=en' },
]) {
  test(`axe finds no accessibility violations ${name}, with a panel open and a feature selected`, async ({
    page,
  }) => {
    await openMap(page, query);
    await expect(page.getByTestId('inspector')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

for (const query of [
  '?ui=full&feature=districts:520115&measure=3-1',
  '?ui=full&feature=structure:core&lang=en&care=1',
]) {
  test(`axe finds no accessibility violations in the embed (${query})`, async ({ page }) => {
    await page.goto(`/embed.html${query}`);
    await page.waitForFunction(() => window.planMap?.map.getLayer('structure-fill') !== undefined);
    await expect(page.getByTestId('inspector')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('switching to English leaves no Chinese interface string on screen, and back', async ({
  page,
}) => {
  await openMap(page, '?feature=districts:520115');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Layers' })).toBeVisible();
  const english = await page.locator('body').innerText();
  const leftovers = fragments(zh, 2, /[\u4e00-\u9fff]/).filter((s) => english.includes(s));
  expect(leftovers).toEqual([]);
  // MapLibre's own controls speak English too.
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();

  await page.getByRole('button', { name: '切换到中文' }).click();
  await expect(page.getByRole('tab', { name: '图层' })).toBeVisible();
  const chinese = await page.locator('body').innerText();
  // Whole words of five letters or more: dataset notes legitimately name properties (year, …).
  const asWord = (s: string) => new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  expect(fragments(en, 5, /[A-Za-z]/).filter((s) => asWord(s).test(chinese))).toEqual([]);
  await expect(page.getByRole('button', { name: '放大' })).toBeVisible();
});

test('care mode makes text larger and stops motion, by switch and by link', async ({ page }) => {
  await openMap(page);
  const size = () =>
    page
      .locator('.layer-name')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await size();
  await page.getByTestId('care-switch').click();
  await expect(page.getByTestId('care-switch')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(size).toBeGreaterThanOrEqual(normal * 1.25);
  await expect(page).toHaveURL(/care=1/);
  await page.reload();
  await openMap(page, new URL(page.url()).search);
  await expect(page.getByTestId('care-switch')).toHaveAttribute('aria-pressed', 'true');
});

test('an English reader gets a gist of the plan words, marked as an unofficial translation, under the Chinese original', async ({
  page,
}) => {
  await openMap(page, '?panel=plan&measure=3-3&lang=en');
  const detail = page.getByTestId('measure-detail');
  // The document's words stay in Chinese: they are the source.
  await expect(detail.locator('.measure-text')).toHaveAttribute('lang', 'zh-CN');
  const gists = detail.getByTestId('plan-gist');
  await expect(gists.first()).toContainText('Unofficial translation');
  expect(await gists.count()).toBeGreaterThan(1);
  // Chinese readers see the document alone.
  await page.getByRole('button', { name: '切换到中文' }).click();
  await expect(detail.getByTestId('plan-gist')).toHaveCount(0);
});

test('an English reader of a place the plan names gets how it is drawn and the basis in English', async ({
  page,
}) => {
  await openMap(page, '?feature=structure:core&lang=en');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByText('How it is drawn')).toBeVisible();
  await expect(inspector.getByTestId('plan-gist').first()).toContainText('Unofficial translation');
  const drawn = await inspector.locator('dt:has-text("How it is drawn") + dd').innerText();
  expect(drawn).toMatch(/[A-Za-z]{4}/);
  expect(drawn).not.toMatch(/[\u4e00-\u9fff]/);
});

test('a citizen reads in plain words what a layer shows and that sample stations are not real, in Chinese and English', async ({
  page,
}) => {
  await openMap(page, '?panel=layers&layers=districts,charging');
  const about = page.getByTestId('layer-charging').getByTestId('about-the-data');
  await about.locator('summary').click();
  await expect(about).toContainText('不代表真实设施');
  // Nothing in it tells a developer how to replace the data.
  await expect(about).not.toContainText('geodata');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(about.locator('summary')).toHaveText('About the data');
  await expect(about).toContainText(/not real|do not represent|not actual/i);
  await expect(about).not.toContainText(/[\u4e00-\u9fff]/);
});
