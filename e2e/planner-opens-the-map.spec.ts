import { PLACES, expect, featuresAt, openMap, test } from './support/fixtures.ts';

test.describe('a planner opens the map of Guiyang–Gui’an', () => {
  test('sees the districts and the 一核三心多组团 structure where they are', async ({ page }) => {
    await openMap(page);
    const fills = ['structure-cluster', 'structure-fill', 'districts-fill'];

    expect(await featuresAt(page, PLACES.huaxi, fills)).toEqual([
      { layer: 'districts-fill', id: '520111' },
    ]);
    expect(await featuresAt(page, PLACES.nanming, fills)).toEqual([
      { layer: 'structure-fill', id: 'core' },
      { layer: 'districts-fill', id: '520102' },
    ]);
    expect(await featuresAt(page, PLACES.guanshanhu, fills)).toEqual([
      { layer: 'structure-fill', id: 'centre-north' },
      { layer: 'districts-fill', id: '520115' },
    ]);
    // 南部中心 is schematic and lies over 平坝区, a neighbour drawn as context.
    expect(await featuresAt(page, PLACES.guian, fills)).toEqual([
      { layer: 'structure-fill', id: 'centre-south' },
      { layer: 'districts-fill', id: '520403' },
    ]);
    const seat = await featuresAt(page, PLACES.kaiyangSeat, fills);
    expect(seat[0]).toEqual({ layer: 'structure-cluster', id: 'cluster-kaiyang' });
  });

  test('reads Chinese labels drawn without any glyph server', async ({ page }) => {
    await openMap(page);
    const labels = await page.evaluate(() =>
      window
        .planMap!.map.queryRenderedFeatures({ layers: ['districts-label', 'structure-label'] })
        .map((f) => String(f.properties.name)),
    );
    expect(labels).toEqual(expect.arrayContaining(['花溪区', '开阳县城', '龙里县']));
    expect(await page.evaluate(() => window.planMap!.map.getStyle().glyphs)).toBeUndefined();
  });

  test('sees which layers are schematic, and the 审图号 and sources at the lower left', async ({
    page,
  }) => {
    await openMap(page);
    await expect(page.getByTestId('layer-structure').getByTestId('badge-schematic')).toHaveText(
      '示意',
    );
    await expect(page.getByTestId('layer-districts').getByTestId('badge-real')).toHaveText(
      '真实数据',
    );
    const notices = page.getByTestId('notices');
    await expect(notices).toContainText('审图号');
    await expect(notices).toContainText('区县行政区划');
    await expect(notices).toContainText('含示意数据');
  });

  test('the default view matches the reviewed picture', async ({ page }) => {
    await openMap(page);
    await expect(page).toHaveScreenshot('default-view.png', { maxDiffPixelRatio: 0.01 });
  });
});
