import { clickMapAt, expect, mapIdle, openMap, PLACES, test } from './support/fixtures.ts';

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('a click on 观山湖区 under the northern centre reaches the district in one more click', async ({
      page,
    }) => {
      await openMap(page, '?view=106.6,26.64,10.5');
      await clickMapAt(page, PLACES.guanshanhu);
      const inspector = page.getByTestId('inspector');
      // The structure's focus area lies on top: it is selected first …
      await expect(inspector.getByRole('heading', { level: 2 })).toContainText('北部中心');
      // … and the district under it is one button away.
      const also = inspector.getByTestId('also-here');
      await expect(also).toContainText('观山湖区');
      await also.getByRole('button', { name: /观山湖区/ }).click();
      await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('观山湖区');
      await expect(page).toHaveURL(/feature=districts:520115/);
    });

    test('clicking the same spot again goes down to the feature below', async ({ page }) => {
      await openMap(page, '?view=106.6,26.64,10.5');
      await clickMapAt(page, PLACES.guanshanhu);
      const heading = page.getByTestId('inspector').getByRole('heading', { level: 2 });
      await expect(heading).toContainText('北部中心');
      // The map moved the spot out from under the inspector; click it again where it is now.
      await mapIdle(page);
      await clickMapAt(page, PLACES.guanshanhu);
      await expect(heading).toHaveText('观山湖区');
    });
  });
}
