import { expect, mapIdle, openMap, test } from './support/fixtures.ts';

// A language switch changes every label's text-field. It used to remove and re-add the map's
// sublayers; a tile that finished reloading before the next frame then applied the selected
// and highlighted features' states against a re-added layer whose paint was not evaluated
// yet, and MapLibre threw "this.expression.evaluate is not a function" (22 page errors, one
// run in three of the English-switch story). The fixture fails the story on any page error.

test('switching the language back and forth while tiles load draws without an error, every time', async ({
  page,
  pageErrors,
}) => {
  // A selected feature and an opened measure: feature states on several sources, as in use.
  await openMap(
    page,
    '?feature=districts:520115&measure=3-1&layers=districts,structure,parks,charging',
  );
  for (let round = 0; round < 12; round++) {
    // Move the camera so tiles are loading while the language changes under them.
    await page.evaluate((round) => {
      const m = window.planMap!.map;
      m.jumpTo({
        zoom: 9 + (round % 4),
        center: [106.55 + 0.05 * (round % 5), 26.55 + 0.03 * (round % 3)],
      });
    }, round);
    const next = round % 2 === 0 ? 'Switch to English' : '切换到中文';
    await page.getByRole('button', { name: next }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', round % 2 === 0 ? 'en' : 'zh-CN');
    // Sometimes right away, sometimes after a frame: both orders of tile reload and switch.
    if (round % 3 === 0) await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await mapIdle(page);
  expect(pageErrors).toEqual([]);
  // The labels followed every switch (set on the layers in place): Chinese names again.
  const textField = () =>
    page.evaluate(() =>
      JSON.stringify(window.planMap!.map.getLayoutProperty('districts-label', 'text-field')),
    );
  expect(await textField()).not.toContain('nameEn');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect.poll(textField).toContain('nameEn');
});
