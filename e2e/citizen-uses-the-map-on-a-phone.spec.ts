import { type Frame, type Locator, type Page } from '@playwright/test';
import { PLACES, expect, mapIdle, openMap, test } from './support/fixtures.ts';
import {
  type Box,
  DESKTOPS,
  PHONES,
  axeFindings,
  centralRegion,
  contains,
  freeMapArea,
  oneCharacterColumns,
  openEmbed,
  overlapArea,
} from './support/layout-checks.ts';

const box = async (locator: Locator): Promise<Box> => {
  const b = await locator.boundingBox();
  expect(b, `${locator} has a box`).not.toBeNull();
  return b!;
};

/** Where a place is drawn on the page. */
const placeOnPage = (page: Page | Frame, lngLat: [number, number]) =>
  page.evaluate((lngLat) => {
    const map = window.planMap!.map;
    const p = map.project(lngLat);
    const r = map.getContainer().getBoundingClientRect();
    return [r.left + p.x, r.top + p.y] as [number, number];
  }, lngLat);

/**
 * What every phone view must keep: the map at least 55 % of the screen; the notices folded to
 * one line above the sheet, off the map's central region; the sheet peeking below the map, its
 * list at the top; no text in a column of single characters. Returns the map's free box.
 */
async function expectPhoneLayout(page: Page, sheet: Locator) {
  const viewport = page.viewportSize()!;
  const free = await freeMapArea(page);
  expect(free.share, 'share of the screen the map keeps').toBeGreaterThanOrEqual(0.55);

  const sheetBox = await box(sheet);
  // At the bottom edge (the details sit on the legend's folded handle).
  expect(sheetBox.y + sheetBox.height).toBeLessThanOrEqual(viewport.height + 1);
  expect(sheetBox.y + sheetBox.height).toBeGreaterThanOrEqual(viewport.height - 60);
  expect(sheetBox.width).toBeGreaterThanOrEqual(viewport.width - 1);
  expect(overlapArea(sheetBox, centralRegion(free.box)), 'sheet over the map centre').toBe(0);
  await expect(sheet.getByTestId('sheet-handle').first()).toBeVisible();

  const notices = page.getByTestId('notices');
  const noticesBox = await box(notices);
  expect(overlapArea(noticesBox, centralRegion(free.box)), 'notices over the map centre').toBe(0);
  expect(overlapArea(noticesBox, sheetBox), 'notices over the sheet').toBe(0);
  expect(noticesBox.y + noticesBox.height).toBeLessThanOrEqual(sheetBox.y);
  // One line: the 审图号 whole, the rest cut short until the reader unfolds it.
  const review = page.getByTestId('review-number');
  const line = await review.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await box(review)).height).toBeLessThan(line * 1.5);
  expect(await review.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(noticesBox.height).toBeLessThan(line * 2 + 12);
  await expect(page.getByTestId('notices-toggle')).toHaveAttribute('aria-expanded', 'false');

  expect(await oneCharacterColumns(page), 'text in a column of single characters').toEqual([]);
  return free;
}

/** The header on a phone: title, menu and search side by side, none over another. */
async function expectPhoneHeader(page: Page) {
  const viewport = page.viewportSize()!;
  const title = page.getByRole('heading', { level: 1 });
  const search = page.getByRole('search').getByRole('combobox');
  const menu = page.getByTestId('header-menu-button');
  const [t, s, m] = [await box(title), await box(search), await box(menu)];
  expect(overlapArea(t, s) + overlapArea(t, m) + overlapArea(s, m), 'header items overlap').toBe(0);
  for (const b of [t, s, m]) {
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
  }
  // The title on one line, cut with an ellipsis if it must be; the search at full width.
  const size = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(t.height).toBeLessThan(size * 2);
  expect(s.width).toBeGreaterThanOrEqual(viewport.width * 0.85);
  expect(m.height).toBeGreaterThanOrEqual(24);
  // The actions are behind the menu, not squeezed into the header.
  await expect(page.getByTestId('care-switch')).toBeHidden();
  return { title: t, search: s };
}

const APP_VIEWS = [
  { name: 'default', query: '' },
  { name: 'measure-4-2', query: '?measure=4-2' },
  { name: 'care', query: '?care=1' },
  { name: 'english', query: '?lang=en' },
];
const EMBED_VIEWS = [
  { name: 'default', query: '' },
  { name: 'measure-4-2', query: '?ui=full&measure=4-2' },
  // 关怀模式 with the charging layer, whose figure ("48 / 72 个乡镇") once fell apart.
  { name: 'care', query: '?care=1&layers=districts,structure,charging' },
  { name: 'english', query: '?lang=en' },
];

for (const phone of PHONES) {
  test.describe(`a citizen on a ${phone.name} phone`, () => {
    test.use({ viewport: { width: phone.width, height: phone.height } });

    for (const view of APP_VIEWS) {
      test(`opens the map (${view.name}): compact header, map above a peeking sheet, one-line notices`, async ({
        page,
      }) => {
        await openMap(page, view.query);
        const header = await expectPhoneHeader(page);
        const sheet = page.getByTestId('side-panel');
        const free = await expectPhoneLayout(page, sheet);
        expect(free.box.y).toBeGreaterThanOrEqual(header.search.y + header.search.height);
        // The panel opens at its top, not scrolled.
        expect(await sheet.getByRole('tabpanel').evaluate((el) => el.scrollTop)).toBe(0);
        if (view.name !== 'measure-4-2') {
          // The city centre is drawn in the free part of the map, under nothing.
          expect(contains(free.box, await placeOnPage(page, PLACES.nanming))).toBe(true);
        }
        await expect(page).toHaveScreenshot(`app-${view.name}-${phone.width}.png`, {
          maxDiffPixelRatio: 0.01,
        });
      });
    }

    for (const view of EMBED_VIEWS) {
      test(`sees the embedded map (${view.name}): the map keeps most of the frame, the legend peeks from below`, async ({
        page,
      }) => {
        await openEmbed(page, view.query);
        const legend = page.getByTestId('embed-legend');
        const details = page.getByTestId('details-sheet');
        const full = view.name === 'measure-4-2';
        const free = await expectPhoneLayout(page, full ? details : legend);
        // The legend starts at its top, with the layers on the map first.
        expect(await legend.evaluate((el) => el.querySelector('.sheet-body')!.scrollTop)).toBe(0);
        await expect(legend.getByTestId('more-layers')).not.toHaveAttribute('open');
        if (full) {
          // The details peek above the legend, folded to its handle; the measure's title shows.
          const title = details.getByRole('heading', { level: 2 });
          await expect(title).toBeInViewport();
          const notices = await box(page.getByTestId('notices'));
          expect(overlapArea(await box(title), notices)).toBe(0);
          const legendBox = await box(legend);
          expect(legendBox.height).toBeLessThan(60);
        } else {
          expect(contains(free.box, await placeOnPage(page, PLACES.nanming))).toBe(true);
        }
        // The link to the full map stays clear of the map's controls and centre.
        const link = await box(page.getByTestId('open-full-map'));
        expect(overlapArea(link, centralRegion(free.box))).toBe(0);
        expect(
          overlapArea(link, await box(page.getByRole('button', { name: /放大|Zoom in/ }))),
        ).toBe(0);
        await expect(page).toHaveScreenshot(`embed-${view.name}-${phone.width}.png`, {
          maxDiffPixelRatio: 0.01,
        });
      });
    }
  });
}

test.describe('a citizen on a phone works the panels with one hand', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('pulls the sheet up by its handle (tap or swipe) and lets it down again', async ({
    page,
  }) => {
    await openMap(page);
    const sheet = page.getByTestId('side-panel');
    const handle = sheet.getByTestId('sheet-handle');
    const peek = (await box(sheet)).height;
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await handle.click();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await box(sheet)).height).toBeGreaterThan(844 * 0.6);
    // Pulled up, the sheet covers the map's own controls rather than sliding under them.
    const zoom = page.getByRole('button', { name: '放大' });
    const z = await box(zoom);
    if (overlapArea(z, await box(sheet)) > 0)
      expect(
        await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="side-panel"]'),
          [z.x + z.width / 2, z.y + z.height / 2],
        ),
      ).not.toBeNull();
    await handle.click();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(async () => (await box(sheet)).height).toBeCloseTo(peek, 0);

    // A swipe up on the handle pulls the sheet up; a swipe down lets it down.
    const h = await box(handle);
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2, h.y - 120, { steps: 4 });
    await page.mouse.up();
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    const up = await box(handle);
    await page.mouse.move(up.x + up.width / 2, up.y + up.height / 2);
    await page.mouse.down();
    await page.mouse.move(up.x + up.width / 2, up.y + 200, { steps: 4 });
    await page.mouse.up();
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
  });

  test('opens the header menu from the keyboard, reaches its actions, and closes it with Escape', async ({
    page,
  }) => {
    await openMap(page);
    const menu = page.getByRole('button', { name: '菜单' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '分享 / 嵌入' })).toBeFocused();
    // The four actions, one under another, none over another, all on screen.
    const actions = [
      page.getByRole('button', { name: '分享 / 嵌入' }),
      page.getByRole('button', { name: '导出' }),
      page.getByTestId('care-switch'),
      page.getByRole('button', { name: 'Switch to English' }),
    ];
    const boxes = await Promise.all(actions.map(box));
    for (const [i, a] of boxes.entries()) {
      expect(a.x + a.width).toBeLessThanOrEqual(390);
      for (const b of boxes.slice(i + 1)) expect(overlapArea(a, b)).toBe(0);
    }
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(page.getByTestId('care-switch')).toBeHidden();

    // Choosing an action does it and folds the menu.
    await menu.click();
    await page.getByTestId('care-switch').click();
    await expect(page).toHaveURL(/care=1/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(await oneCharacterColumns(page)).toEqual([]);
  });

  test('unfolds the notices to read every source, and folds them again', async ({ page }) => {
    await openMap(page);
    const notices = page.getByTestId('notices');
    const folded = (await box(notices)).height;
    await page.getByTestId('notices-toggle').click();
    await expect(page.getByTestId('notices-toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await box(notices)).height).toBeGreaterThan(folded * 1.5);
    await expect(notices).toContainText('区县行政区划');
    // Unfolded, they still end above the sheet.
    const n = await box(notices);
    expect(n.y + n.height).toBeLessThanOrEqual((await box(page.getByTestId('side-panel'))).y);
    await page.getByTestId('notices-toggle').click();
    await expect.poll(async () => (await box(notices)).height).toBeCloseTo(folded, 0);
  });

  test('finds the layers on the map first, and the others folded under 其他图层, one row each', async ({
    page,
  }) => {
    await openMap(page);
    const sheet = page.getByTestId('side-panel');
    await sheet.getByTestId('sheet-handle').click();
    const items = sheet.locator('[data-testid^="layer-"]');
    const ids = await items.evaluateAll((els) =>
      els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute('data-testid')),
    );
    expect(ids).toEqual(['layer-parks', 'layer-structure', 'layer-districts']);
    const more = sheet.getByTestId('more-layers');
    await more.getByText(/其他图层/).click();
    const pipes = sheet.getByTestId('layer-pipes');
    await expect(pipes).toBeVisible();
    // Folded rows: a checkbox, a name, a badge; the legend comes with the layer.
    await expect(pipes.getByRole('list')).toBeHidden();
    const order = () => items.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
    const before = await order();
    await page.getByRole('checkbox', { name: '显示地下管网' }).check();
    await expect(pipes.getByRole('list').first()).toBeVisible();
    // Switched on, the row stays where it is in the list, under the finger.
    expect(await order()).toEqual(before);
    await expect(more).toHaveAttribute('open');
    await expect(page.getByRole('checkbox', { name: '显示地下管网' })).toBeFocused();
    await mapIdle(page);
  });

  for (const query of [
    '?feature=districts:520115&panel=plan&measure=3-1',
    '?feature=structure:core&panel=layers&care=1&lang=en',
    '?layers=districts,structure,charging&care=1',
  ]) {
    test(`finds no accessibility violation and no heading-order doubt (${query})`, async ({
      page,
    }) => {
      await openMap(page, query);
      expect(await axeFindings(page)).toEqual([]);
    });
  }
  for (const query of [
    '?ui=full&feature=districts:520115&measure=3-1',
    '?ui=full&feature=structure:core&lang=en&care=1',
    '?layers=districts,structure,charging&care=1',
  ]) {
    test(`finds no accessibility violation and no heading-order doubt in the embed (${query})`, async ({
      page,
    }) => {
      await openEmbed(page, query);
      expect(await axeFindings(page)).toEqual([]);
    });
  }
});

for (const desktop of DESKTOPS) {
  test.describe(`a citizen on a ${desktop.name} screen`, () => {
    test.use({ viewport: { width: desktop.width, height: desktop.height } });

    for (const query of ['', '?lang=en&care=1']) {
      test(`sees the header in one row, nothing over the city centre, no squeezed text (${query || 'default'})`, async ({
        page,
      }) => {
        await openMap(page, query);
        const header = page.getByRole('banner');
        const items = [
          page.getByRole('heading', { level: 1 }),
          page.getByRole('search').getByRole('combobox'),
          page.getByRole('button', { name: /分享|Share/ }),
          page.getByRole('button', { name: /^导出$|^Export$/ }),
          page.getByTestId('care-switch'),
          page.getByRole('button', { name: /Switch to English|切换到中文/ }),
        ];
        const h = await box(header);
        const boxes = await Promise.all(items.map(box));
        for (const [i, a] of boxes.entries()) {
          expect(a.y + a.height, `${query} header item ${i} inside the header`).toBeLessThanOrEqual(
            h.y + h.height,
          );
          for (const b of boxes.slice(i + 1)) expect(overlapArea(a, b)).toBe(0);
        }
        const centre = await placeOnPage(page, PLACES.nanming);
        for (const id of ['notices', 'side-panel', 'feature-browser', 'map-tools'])
          expect(contains(await box(page.getByTestId(id)), centre), `${id} over the centre`).toBe(
            false,
          );
        expect(await oneCharacterColumns(page), query).toEqual([]);
      });
    }

    test('sees the embed’s legend from its top, the requested layers first and the rest folded', async ({
      page,
    }) => {
      await openEmbed(page, '?ui=full&layers=structure&feature=districts:520115');
      const legend = page.getByTestId('embed-legend');
      expect(await legend.evaluate((el) => el.scrollTop)).toBe(0);
      const shown = legend.getByRole('list', { name: '地图上显示的图层' });
      await expect(shown.getByTestId('layer-structure')).toBeInViewport();
      await expect(legend.getByTestId('layer-districts')).toBeHidden();
      await expect(legend.getByTestId('more-layers')).toContainText(/其他图层.\d+./);
      const centre = await placeOnPage(page, PLACES.nanming);
      expect(contains(await box(page.getByTestId('notices')), centre)).toBe(false);
      expect(await oneCharacterColumns(page)).toEqual([]);

      await openEmbed(page, '?care=1&layers=districts,structure,charging&lang=en');
      await expect(page.getByTestId('computed-ev-charging-township-coverage')).toBeVisible();
      expect(await oneCharacterColumns(page)).toEqual([]);
      await expect(page).toHaveScreenshot(`embed-care-english-${desktop.width}.png`, {
        maxDiffPixelRatio: 0.01,
      });
    });
  });
}
