import type { Page } from '@playwright/test';
import { expect, mapIdle, openMap, test } from './support/fixtures.ts';

const kmOf = async (page: Page) => {
  const text = await page.getByTestId('computed-pipe-network-km').locator('strong').innerText();
  return Number(text.replace(/[^\d.]/g, ''));
};

test('a planner filters pipes to 燃气, moves the slider to 2027, and the computed km follows', async ({
  page,
}) => {
  await openMap(page, '?layers=districts,pipes&view=106.7,26.58,11');
  const controls = page.getByTestId('layer-pipes');
  await expect(controls.getByTestId('computed-pipe-network-km')).toContainText('公里');
  // Computed from sample data, and it says so.
  await expect(
    controls.getByTestId('computed-pipe-network-km').getByTestId('badge-sample'),
  ).toBeVisible();
  const allTypes2030 = await kmOf(page);

  for (const type of ['给水', '排水-雨水', '排水-污水', '综合管廊'])
    await controls.getByLabel(type).uncheck();
  await expect(page).toHaveURL(/pipeTypes=%E7%87%83%E6%B0%94|pipeTypes=燃气/);
  await expect.poll(() => kmOf(page)).toBeLessThan(allTypes2030);
  const gas2030 = await kmOf(page);

  await controls.getByTestId('year-slider').fill('2027');
  await expect(page).toHaveURL(/year=2027/);
  await expect.poll(() => kmOf(page)).toBeLessThan(gas2030);
  const gas2027 = await kmOf(page);
  expect(gas2027).toBeGreaterThan(0);

  // The map shows the same selection: only gas pipes are drawn.
  await mapIdle(page);
  const types = await page.evaluate(() => [
    ...new Set(
      window
        .planMap!.map.queryRenderedFeatures({ layers: ['pipes-line'] })
        .map((f) => f.properties.type),
    ),
  ]);
  expect(types).toEqual(['燃气']);

  // The same figure, for the same filters, on the indicator and after a reload.
  await page.reload();
  await openMap(page, new URL(page.url()).search);
  await expect.poll(() => kmOf(page)).toBeCloseTo(gas2027, 1);
});

test('selecting the township-coverage figure lists the uncovered townships', async ({ page }) => {
  await openMap(page, '?indicator=ev-charging-township-coverage');
  const detail = page.getByTestId('indicator-detail');
  const figure = detail.getByTestId('computed-ev-charging-township-coverage');
  await expect(figure).toContainText('/ 72 个乡镇');
  await expect(figure.getByTestId('badge-sample')).toBeVisible();
  const covered = Number((await figure.locator('strong').innerText()).split('/')[0]);
  const list = detail.getByTestId('shortfall-ev-charging-township-coverage');
  await list.locator('summary').click();
  await expect(list.locator('li')).toHaveCount(72 - covered);
  await expect(list.locator('summary')).toContainText(`${72 - covered}`);
  // The charging layer was turned on to show where the stations are.
  await expect(page).toHaveURL(/layers=[^&]*charging/);
});

test('a development zone’s inspector shows the 500万元/亩 target', async ({ page }) => {
  await openMap(page, '?feature=parks:zone-jingkai');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { level: 2 })).toContainText('经济技术开发区');
  await expect(inspector.getByTestId('feature-indicators')).toContainText(
    '分别达500万元/亩、300万元/亩以上',
  );
  await expect(inspector).toContainText('二(二)');
  await expect(inspector.getByTestId('badge-schematic')).toBeVisible();
});

test('the charging layer draws a coverage surface that follows the service distance', async ({
  page,
}) => {
  await openMap(page, '?layers=districts,charging&serviceKm=1');
  const area = () =>
    page.evaluate(() => {
      const f = window.planMap!.map.querySourceFeatures('charging-coverage')[0];
      return f ? Number(f.properties.areaKm2) : 0;
    });
  await expect.poll(area).toBeGreaterThan(0);
  const oneKm = await area();
  await page.getByTestId('charging-controls').getByLabel('5 公里').check();
  await expect.poll(area).toBeGreaterThan(oneKm * 2);
  // Stations by year, up to the slider's year, as a chart with its numbers.
  const chart = page.getByTestId('breakdown-ev-charging-township-coverage-0');
  await expect(chart.locator('tbody tr').first()).toBeVisible();
  await page.getByTestId('layer-charging').getByTestId('year-slider').fill('2026');
  await expect(chart.locator('tbody tr').last().locator('th')).toHaveText('2026');
});
