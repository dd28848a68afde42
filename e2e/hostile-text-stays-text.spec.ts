import { PLACES, clickMapAt, expect, openMap, test } from './support/fixtures.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('a district name containing markup is shown literally and runs nothing', async ({ page }) => {
  // The data file is served with a hostile name, as if a replaced dataset carried one.
  await page.route('**/data/districts.geojson', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    for (const f of json.features) if (f.id === '520111') f.properties.name = HOSTILE;
    await route.fulfill({ response, json });
  });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await openMap(page);
  await clickMapAt(page, PLACES.huaxi);
  const heading = page.getByTestId('inspector').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(HOSTILE);
  await page.getByRole('combobox', { name: '搜索地点、措施或指标' }).fill('onerror');
  await expect(page.getByRole('option').first()).toContainText(HOSTILE);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
