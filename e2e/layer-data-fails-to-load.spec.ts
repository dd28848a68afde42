import { expect, openMap, test } from './support/fixtures.ts';

// A failed response logs a console error by design (the browser reports the 503): expected here.
test.use({ expectedConsoleErrors: [/503/] });

test('a layer whose data fails to load says so, the map keeps working, and retry brings it', async ({
  page,
}) => {
  let failures = 1;
  await page.route('**/data/charging-stations.geojson', (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
  );
  await openMap(page, '?layers=districts');
  await page.getByRole('checkbox', { name: '显示新能源充换电设施' }).check();

  const alert = page.getByTestId('data-failed');
  await expect(alert).toContainText('新能源充换电设施');
  await expect(alert).toContainText('HTTP 503');
  // What was already there stays: the districts are still drawn.
  expect(await page.evaluate(() => !!window.planMap!.map.getLayer('districts-fill'))).toBe(true);

  await alert.getByRole('button', { name: '重试' }).click();
  await expect(alert).toBeHidden();
  await page.waitForFunction(() => window.planMap!.map.getLayer('charging-point') !== undefined);
});
