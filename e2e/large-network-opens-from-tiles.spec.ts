import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { datasetTiles } from '../scripts/data/dataset-tiles.ts';
import { expect, mapIdle, openMap, test } from './support/fixtures.ts';

// A city's real network is 10^5–10^6 segments, which the build cuts into a PMTiles archive
// (`tiles` in the manifest). The shipped sample is 4 000 segments, under the threshold, so this
// story gives the app the build's output for the same segments as if they were many: the
// manifest with `tiles`, and the archive answered by byte ranges, as any static server does.
const pipes = JSON.parse(readFileSync('dist/data/pipes.geojson', 'utf8')) as FeatureCollection;
const fullTiles = datasetTiles({ id: 'pipes', featureSchema: 'pipe-segment' }, pipes, 1)!;
// The same segments with tiles capped at 16 KB: below z13 they are thinned as 10^5 would be.
const thinnedTiles = datasetTiles({ id: 'pipes', featureSchema: 'pipe-segment' }, pipes, 1, {
  maxTileBytes: 16 * 1024,
})!;

async function serveAsTiled(
  page: Page,
  built = fullTiles,
): Promise<{ ranges: string[]; geojson: string[] }> {
  const seen = { ranges: [] as string[], geojson: [] as string[] };
  await page.route('**/data/manifest.json', async (route) => {
    const manifest = await (await route.fetch()).json();
    manifest.datasets.pipes.tiles = built.tiles;
    await route.fulfill({ json: manifest });
  });
  await page.route('**/data/pipes.pmtiles', (route) => {
    const range = route.request().headers().range ?? '';
    const [, from, to] = /bytes=(\d+)-(\d+)/.exec(range) ?? [];
    seen.ranges.push(range);
    if (from === undefined) return route.fulfill({ status: 200, body: Buffer.from(built.archive) });
    const end = Math.min(Number(to), built.archive.length - 1);
    return route.fulfill({
      status: 206,
      headers: {
        'Content-Range': `bytes ${from}-${end}/${built.archive.length}`,
        'Content-Type': 'application/octet-stream',
      },
      body: Buffer.from(built.archive.subarray(Number(from), end + 1)),
    });
  });
  page.on('request', (r) => r.url().includes('pipes.geojson') && seen.geojson.push(r.url()));
  return seen;
}

test('a large pipe network opens from tiles: the planner sees and inspects pipes, and the figure still shows', async ({
  page,
}) => {
  const seen = await serveAsTiled(page);
  await openMap(page, '?layers=districts,pipes&view=106.7,26.58,12');
  await page.waitForFunction(() => window.planMap!.map.getLayer('pipes-line') !== undefined);
  await mapIdle(page);

  // Drawn from the archive's tile layer, read by byte ranges; the GeoJSON never downloaded.
  const drawn = await page.evaluate(() => {
    const map = window.planMap!.map;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const hits = map.queryRenderedFeatures({ layers: ['pipes-line'] });
    // A segment in the open right half of the map (panels cover the left), clickable alone.
    const target = hits
      .flatMap((f) => {
        if (f.geometry.type !== 'LineString') return [];
        const [a, b] = f.geometry.coordinates;
        const p = map.project([(a![0]! + b![0]!) / 2, (a![1]! + b![1]!) / 2]);
        return [{ id: String(f.properties.id), x: p.x, y: p.y }];
      })
      .find(
        (c) =>
          c.x > width * 0.55 &&
          c.x < width * 0.9 &&
          c.y > height * 0.2 &&
          c.y < height * 0.8 &&
          map
            .queryRenderedFeatures(
              [
                [c.x - 6, c.y - 6],
                [c.x + 6, c.y + 6],
              ],
              { layers: ['pipes-line'] },
            )
            .every((f) => String(f.properties.id) === c.id),
      );
    return { count: hits.length, sourceLayer: hits[0]?.sourceLayer, target };
  });
  expect(drawn.count).toBeGreaterThan(0);
  expect(drawn.sourceLayer).toBe('pipes');
  expect(seen.ranges.every((r) => r.startsWith('bytes='))).toBe(true);
  expect(seen.ranges.length).toBeGreaterThan(1);
  expect(seen.geojson).toEqual([]);

  // Clicking a pipe opens the inspector with its attributes, read from its tile.
  const target = drawn.target!;
  expect(target, 'a pipe to click in the open part of the map').toBeDefined();
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + target.x, box.y + target.y);
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { level: 2 })).toContainText(target.id);
  await expect(inspector).toContainText('类型');
  await expect(inspector).toContainText(/给水|排水|燃气|综合管廊/);
  // Selected through feature-state on the tiled source: it turns the selection colour.
  await mapIdle(page);
  const selected = await page.evaluate(
    (id) =>
      window
        .planMap!.map.queryRenderedFeatures({ layers: ['pipes-line'] })
        .some((f) => String(f.properties.id) === id && f.state.selected === true),
    target.id,
  );
  expect(selected).toBe(true);

  // The renewal figure comes from the build's km rows, so it shows without the segments.
  await expect(
    page.getByTestId('layer-pipes').getByTestId('computed-pipe-network-km'),
  ).toContainText('公里');

  // Too many to list: the feature list says so instead of listing nothing.
  const browser = page.getByTestId('feature-browser');
  await browser.getByLabel('浏览图层').selectOption('pipes');
  await expect(browser.getByTestId('feature-list-tiled')).toContainText('矢量瓦片');
  expect(seen.geojson).toEqual([]);
});

test('a shared link to one pipe of a tiled network opens its inspector; a wrong id says not found', async ({
  page,
}) => {
  await serveAsTiled(page);
  const pipe = pipes.features[0]!;
  const [a, b] = (pipe.geometry as { coordinates: number[][] }).coordinates;
  const at = `${(a![0]! + b![0]!) / 2},${(a![1]! + b![1]!) / 2}`;
  await openMap(page, `?layers=districts,pipes&feature=pipes:${pipe.id}&view=${at},14`);
  const inspector = page.getByTestId('inspector');
  // Read from its tile once loaded; never "not found" meanwhile.
  await expect(inspector.getByRole('heading', { level: 2 })).toContainText(String(pipe.id));
  await expect(inspector).toContainText(String(pipe.properties!.material));
  await expect(inspector).not.toContainText('未找到');

  await openMap(page, `?layers=districts,pipes&feature=pipes:P999999&view=${at},14`);
  await expect(page.getByTestId('inspector')).toContainText('未找到要素 P999999');
});

test('below z13 a thinned network says how many segments it draws, and one click shows them all', async ({
  page,
}) => {
  await serveAsTiled(page, thinnedTiles);
  await openMap(page, '?layers=districts,pipes&view=106.7,26.58,12.3');
  const z12 = thinnedTiles.tiles.featuresByZoom!.find((c) => c.zoom === 12)!;
  expect(z12.dropped).toBeGreaterThan(0);
  const note = page.getByTestId('tile-coverage-note');
  await expect(note).toContainText(
    `地下管网:此缩放级别绘出 ${z12.kept.toLocaleString('zh-CN')} / 4,000 个要素`,
  );
  await note.getByRole('button', { name: '放大查看全部' }).click();
  await expect(note).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => window.planMap!.map.getZoom()))
    .toBeGreaterThanOrEqual(13);
});
