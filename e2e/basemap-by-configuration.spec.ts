import { deflateSync } from 'node:zlib';
import type { Page, Route } from '@playwright/test';
import { palette } from '../src/theme/palette.ts';
import { deployWith } from './support/deploy-with.ts';
import { PLACES, expect, featuresAt, openMap, test } from './support/fixtures.ts';

// Basemaps are switched on in site-config.json alone. Tile servers are stood in for by the
// browser's request routing: no request reaches tianditu.gov.cn or any other host.
test.use({ allowedTestHosts: ['tianditu.gov.cn', 'tiles.example.test'] });

const TIANDITU = {
  kind: 'tianditu',
  layer: 'vec',
  key: '0e2e0test0key0000000000000000000',
  reviewNumber: '审图号:GS(2024)0568号',
};
const TILE_COLOUR: [number, number, number] = [214, 176, 90]; // unlike any colour of the palette

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** A solid 256×256 PNG (RGBA); alpha 0 makes the transparent label tiles. */
function pngTile([r, g, b]: [number, number, number], alpha = 255): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const size = 256;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array(size).fill([r, g, b, alpha]).flat()),
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array(size).fill(row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PMTiles v3 archive holding one PNG tile at zoom 0 (overzoomed at every other zoom). */
function pmtilesArchive(tile: Buffer, metadata: object): Buffer {
  const varints = (values: number[]) =>
    Buffer.from(
      values.flatMap((value) => {
        const bytes: number[] = [];
        for (; value >= 0x80; value = Math.floor(value / 0x80)) bytes.push((value & 0x7f) | 0x80);
        return [...bytes, value];
      }),
    );
  // One entry: tile id 0, run length 1, its length, offset 0 (stored as offset + 1).
  const directory = varints([1, 0, 1, tile.length, 1]);
  const json = Buffer.from(JSON.stringify(metadata));
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header[7] = 3;
  const [rootAt, metaAt] = [127, 127 + directory.length];
  const tileAt = metaAt + json.length;
  // Offsets and lengths of root directory, metadata, leaf directories, tile data; counts.
  const fields = [rootAt, directory.length, metaAt, json.length, tileAt, 0, tileAt, tile.length];
  for (const [i, value] of [...fields, 1, 1, 1].entries()) {
    header.writeBigUInt64LE(BigInt(value), 8 + 8 * i);
  }
  header.set([1, 1, 1, 2, 0, 0], 96); // clustered, no compression, PNG tiles, zooms 0–0
  // Bounds: the whole Web-Mercator world, in 1e-7 degrees.
  for (const [i, value] of [-1800000000, -850511287, 1800000000, 850511287].entries()) {
    header.writeInt32LE(value, 102 + 4 * i);
  }
  return Buffer.concat([header, directory, json, tile]);
}

/** Answers a request for a file with the byte range it asks for, as a static server does. */
function fulfilRange(route: Route, file: Buffer) {
  const [, first, last] = /bytes=(\d+)-(\d*)/.exec(route.request().headers().range ?? '') ?? [];
  if (first === undefined)
    return route.fulfill({ body: file, contentType: 'application/octet-stream' });
  const end = Math.min(last ? Number(last) : file.length - 1, file.length - 1);
  return route.fulfill({
    status: 206,
    body: file.subarray(Number(first), end + 1),
    headers: {
      'content-type': 'application/octet-stream',
      'content-range': `bytes ${first}-${end}/${file.length}`,
    },
  });
}

const basemapState = (page: Page) =>
  page.evaluate(() => {
    const planMap = window.planMap!;
    const style = planMap.map.getStyle();
    return {
      status: planMap.basemapStatus,
      layers: style.layers.map((l) => l.id),
      sources: Object.keys(style.sources).filter((id) => id.startsWith('basemap-')),
    };
  });

/** The colour drawn at a corner of the map where no feature of the plan is rendered. */
const colourOutsideFeatures = (page: Page) =>
  page.evaluate(() => {
    const map = window.planMap!.map;
    const canvas = map.getCanvas();
    const { clientWidth: w, clientHeight: h } = canvas;
    const corners: [number, number][] = [
      [w - 6, 6],
      [w - 6, h - 6],
      [6, h - 6],
      [6, 6],
    ];
    const free = corners.find((p) => map.queryRenderedFeatures(p).length === 0);
    if (!free) return null;
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [canvas.width, canvas.height];
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const scale = canvas.width / w;
    return [...context.getImageData(free[0] * scale, free[1] * scale, 1, 1).data.slice(0, 3)];
  });

/** Drops the browser's own console lines for the failed tile requests this story causes. */
function forgive(pageErrors: string[], pattern: RegExp): void {
  const kept = pageErrors.filter((message) => !pattern.test(message));
  pageErrors.splice(0, pageErrors.length, ...kept);
}

test.describe('a deployment switches on 天地图 in its configuration', () => {
  test('draws 天地图 tiles under the plan, with its attribution', async ({ page }) => {
    const requested: string[] = [];
    await deployWith(page, { basemap: TIANDITU });
    await page.route('https://*.tianditu.gov.cn/**', (route) => {
      const url = route.request().url();
      requested.push(url);
      const labels = url.includes('/cva_w/');
      return route.fulfill({
        contentType: 'image/png',
        body: pngTile(TILE_COLOUR, labels ? 0 : 255),
      });
    });
    await openMap(page);

    const state = await basemapState(page);
    expect(state.status).toEqual({
      kind: 'tianditu',
      state: 'active',
      attribution: '天地图 审图号:GS(2024)0568号',
      reason: null,
    });
    // Above the offline land, below every layer of the plan.
    expect(state.layers.slice(0, 3)).toEqual(['land', 'basemap-vec', 'basemap-cva']);
    expect(state.layers.indexOf('districts-fill')).toBeGreaterThan(2);
    expect(await page.evaluate(() => window.planMap!.map.isSourceLoaded('basemap-vec'))).toBe(true);

    expect(requested.length).toBeGreaterThan(0);
    for (const url of requested) {
      expect(url).toMatch(
        /^https:\/\/t[0-7]\.tianditu\.gov\.cn\/(vec|cva)_w\/wmts\?SERVICE=WMTS&REQUEST=GetTile/,
      );
      expect(url).toContain(`&tk=${TIANDITU.key}`);
    }
    expect(requested.some((url) => url.includes('LAYER=cva'))).toBe(true);
    expect(await colourOutsideFeatures(page)).toEqual(TILE_COLOUR);
  });

  test('falls back to the offline basemap when 天地图 rejects the key', async ({
    page,
    pageErrors,
  }) => {
    await deployWith(page, { basemap: TIANDITU });
    await page.route('https://*.tianditu.gov.cn/**', (route) =>
      route.fulfill({ status: 403, contentType: 'text/plain', body: 'invalid key' }),
    );
    await openMap(page);

    await expect
      .poll(async () => (await basemapState(page)).status)
      .toEqual({ kind: 'tianditu', state: 'fallback', attribution: '', reason: 'rejected-key' });
    const state = await basemapState(page);
    expect(state.layers.filter((id) => id.startsWith('basemap-'))).toEqual([]);
    expect(state.sources).toEqual([]);
    // The rest of the map keeps working.
    expect(await featuresAt(page, PLACES.nanming, ['districts-fill'])).toEqual([
      { layer: 'districts-fill', id: '520102' },
    ]);
    expect(await colourOutsideFeatures(page)).toEqual(rgbOf(palette.land));
    forgive(pageErrors, /status of 403/);
  });

  test('falls back to the offline basemap when 天地图 cannot be reached', async ({
    page,
    pageErrors,
  }) => {
    await deployWith(page, { basemap: { ...TIANDITU, layer: 'img' } });
    await page.route('https://*.tianditu.gov.cn/**', (route) => route.abort('connectionrefused'));
    await openMap(page);

    await expect
      .poll(async () => (await basemapState(page)).status)
      .toMatchObject({ state: 'fallback', reason: 'unreachable' });
    expect((await basemapState(page)).sources).toEqual([]);
    expect(await featuresAt(page, PLACES.huaxi, ['districts-fill'])).toEqual([
      { layer: 'districts-fill', id: '520111' },
    ]);
    forgive(pageErrors, /ERR_CONNECTION_REFUSED/);
  });
});

test.describe('a deployment configures its own tiles', () => {
  test('draws a PMTiles archive on the site itself, read by byte ranges', async ({ page }) => {
    const archive = pmtilesArchive(pngTile(TILE_COLOUR), { attribution: '<b>贵阳市测试底图</b>' });
    const ranges: string[] = [];
    await deployWith(page, { basemap: { kind: 'pmtiles', url: 'tiles/guiyang.pmtiles' } });
    await page.route('**/tiles/guiyang.pmtiles', (route) => {
      ranges.push(route.request().headers().range ?? 'whole file');
      return fulfilRange(route, archive);
    });
    await openMap(page);

    await expect
      .poll(async () => (await basemapState(page)).status)
      .toEqual({ kind: 'pmtiles', state: 'active', attribution: '贵阳市测试底图', reason: null });
    expect((await basemapState(page)).layers.slice(0, 2)).toEqual(['land', 'basemap-pmtiles']);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ranges.every((range) => range.startsWith('bytes='))).toBe(true);
    await expect.poll(() => colourOutsideFeatures(page)).toEqual(TILE_COLOUR);
  });

  test('draws the sources and layers of a MapLibre style from another host', async ({ page }) => {
    const style = {
      version: 8,
      sources: {
        shade: {
          type: 'raster',
          tiles: ['tiles/{z}/{x}/{y}.png'],
          tileSize: 256,
          attribution: '示例样式',
        },
      },
      layers: [{ id: 'shade', type: 'raster', source: 'shade' }],
    };
    await deployWith(page, {
      basemap: { kind: 'style', url: 'https://tiles.example.test/styles/light.json' },
    });
    await page.route('https://tiles.example.test/styles/light.json', (route) =>
      route.fulfill({ json: style }),
    );
    await page.route('https://tiles.example.test/styles/tiles/**', (route) =>
      route.fulfill({ contentType: 'image/png', body: pngTile(TILE_COLOUR) }),
    );
    await openMap(page);

    const state = await basemapState(page);
    expect(state.status).toEqual({
      kind: 'style',
      state: 'active',
      attribution: '示例样式',
      reason: null,
    });
    expect(state.layers.slice(0, 2)).toEqual(['land', 'basemap-shade']);
    expect(await colourOutsideFeatures(page)).toEqual(TILE_COLOUR);
  });
});
