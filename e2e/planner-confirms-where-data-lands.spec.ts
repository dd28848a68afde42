import { geodesicDistance } from '../src/geo/measure-geodesic.ts';
import { GUIYANG_POINTS } from '../src/import/__fixtures__/import-cases.ts';
import { expect, mapIdle, openMap, test } from './support/fixtures.ts';
import { chooseFile, FIXTURES, importedList, renderedImported } from './support/import-file.ts';

// Issue #17, items 3 and 4: four Guiyang points copied from a web map (GCJ-02 or BD-09) were
// proposed as WGS84 "可能", and accepting put them 540 m or 1 km off; a projected point far
// from Guiyang was preselected in a frame marked 不太可能 and only warned about afterwards.

/** Metres from each drawn point to where it truly is (WGS84), worst first. */
async function offsets(page: Parameters<typeof renderedImported>[0]) {
  await mapIdle(page);
  const drawn = await renderedImported(page);
  expect(drawn).toHaveLength(GUIYANG_POINTS.length);
  return drawn
    .map((f) => Math.min(...GUIYANG_POINTS.map((p) => geodesicDistance(p, f.at))))
    .sort((a, b) => b - a);
}

for (const [file, frame, source, metres] of [
  ['guiyang-points-gcj02.geojson', 'GCJ-02', /高德地图、腾讯地图/, /向西北偏移约 54\d 米/],
  ['guiyang-points-bd09.geojson', 'BD-09', /百度地图/, /偏移约 1,?0\d\d 米/],
] as const) {
  test(`four points from a web map (${frame}): no frame is ranked or preselected, the source decides, and they land where they are`, async ({
    page,
  }) => {
    await openMap(page, '?view=106.68,26.6,12');
    await chooseFile(page, `${FIXTURES}/${file}`);
    const confirm = page.getByTestId('import-confirm');
    await expect(confirm).toBeVisible();
    // Nothing preselected, every degree frame the same badge.
    await expect(confirm.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(confirm.locator('.badge', { hasText: '仅凭坐标无法区分' })).toHaveCount(4);
    // Where the features land in each frame, before anything is imported.
    const table = page.getByTestId('import-landings');
    await expect(table.getByRole('caption')).toHaveText('按各坐标系换算后要素的落点');
    await expect(table.locator(`tr[data-frame="${frame}"]`)).toContainText(metres);
    // Importing without an answer asks for one.
    await confirm.getByRole('button', { name: '按此坐标系导入' }).click();
    await expect(page.getByTestId('import-choose-first')).toHaveText(
      '请先选择一个坐标系(或数据来源),再导入。',
    );
    await expect(importedList(page)).toHaveCount(0);

    const sources = confirm.getByRole('group', { name: '这些数据来自哪里?' });
    await sources.getByRole('radio', { name: source }).check();
    await expect(confirm.getByRole('radio', { name: new RegExp(`\\(${frame}\\)`) })).toBeChecked();
    await confirm.getByRole('button', { name: '按此坐标系导入' }).click();
    await expect(page.getByTestId('import-done')).toHaveAttribute('data-drawn', 'drawn');
    const [worst] = await offsets(page);
    console.log(`${frame}: farthest point ${worst!.toFixed(1)} m from where it is`);
    // Tile coordinates round positions by a few metres; the wrong frame is off by 540–1 060 m.
    expect(worst).toBeLessThan(25);
  });
}

test('projected numbers far from Guiyang: told before importing, nothing preselected, and cancel leaves the map as it was', async ({
  page,
}) => {
  await openMap(page);
  const before = await page.evaluate(() => window.planMap!.map.getStyle().layers.length);
  await chooseFile(page, `${FIXTURES}/projected-far-from-guiyang.geojson`);
  const confirm = page.getByTestId('import-confirm');
  const alert = confirm.getByTestId('import-outside');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('数据不在贵阳贵安范围内');
  await expect(confirm.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(
    page.getByTestId('import-landings').locator('tr[data-frame="EPSG:4545"]'),
  ).toContainText('距贵阳市中心约 194 公里(范围外)');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(importedList(page)).toHaveCount(0);
  expect(await page.evaluate(() => window.planMap!.map.getStyle().layers.length)).toBe(before);
});

test('the confirmation speaks English too', async ({ page }) => {
  await openMap(page, '?lang=en');
  await chooseFile(page, `${FIXTURES}/guiyang-points-gcj02.geojson`);
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm.getByTestId('import-source')).toContainText(
    'Where does this data come from?',
  );
  await expect(confirm.locator('.badge').first()).toHaveText('cannot be told from the coordinates');
  await expect(
    page.getByTestId('import-landings').locator('tr[data-frame="GCJ-02"]'),
  ).toContainText(/about 54\d m north-west/);
  await expect(confirm.getByRole('radio', { name: /^Baidu Maps/ })).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await chooseFile(page, `${FIXTURES}/projected-far-from-guiyang.geojson`);
  await expect(page.getByTestId('import-outside')).toContainText(
    'The data is not in Guiyang–Gui’an',
  );
});
