import { PLACES, expect, featuresAt, mapIdle, openMap, test } from './support/fixtures.ts';

test('a planner hides the structure layer and only the districts remain', async ({ page }) => {
  await openMap(page);
  const toggle = page.getByRole('checkbox', { name: '显示一核三心多组团' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await mapIdle(page);

  expect(await featuresAt(page, PLACES.nanming, ['structure-fill', 'districts-fill'])).toEqual([
    { layer: 'districts-fill', id: '520102' },
  ]);
  await expect(page).toHaveURL(/layers=districts,parks(&|$)/);
  // With the schematic parks hidden too, the notice stops warning about schematic data.
  await page.getByRole('checkbox', { name: '显示开发区与产业园区' }).uncheck();
  await expect(page.getByTestId('notices')).not.toContainText('含示意数据');
  await page.getByRole('checkbox', { name: '显示开发区与产业园区' }).check();

  await toggle.check();
  await mapIdle(page);
  expect(await featuresAt(page, PLACES.nanming, ['structure-fill'])).toHaveLength(1);
});

test('a planner zooms in, then resets the view to the whole city', async ({ page }) => {
  await openMap(page);
  const home = await page.evaluate(() => window.planMap!.view());
  await page.getByRole('button', { name: '放大' }).click();
  await mapIdle(page);
  const zoomed = await page.evaluate(() => window.planMap!.view());
  expect(zoomed.zoom).toBeGreaterThan(home.zoom + 0.5);
  await page.getByRole('button', { name: '重置视图' }).click();
  await mapIdle(page);
  const reset = await page.evaluate(() => window.planMap!.view());
  expect(reset.zoom).toBeCloseTo(home.zoom, 1);
  expect(reset.center[0]).toBeCloseTo(home.center[0], 2);
});
