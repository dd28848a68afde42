import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { SiteConfig } from '../src/config/site-config.ts';
import { contentSecurityPolicy } from '../scripts/serve/security-headers.ts';
import { palette } from '../src/theme/palette.ts';
import { PLACES, expect, featuresAt, openMap, test } from './support/fixtures.ts';

// 天地图 is switched on in site-config.json alone. Its tile servers are stood in for by the
// browser's request routing: no request reaches tianditu.gov.cn.
test.use({ allowedTestHosts: ['tianditu.gov.cn'] });

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

/** Serves the app as a deployment with this site-config.json would: same config, same CSP. */
async function deployWith(page: Page, json: object): Promise<void> {
  const csp = contentSecurityPolicy(SiteConfig.parse(json));
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': csp },
      });
    },
  );
  await page.route('**/site-config.json', (route) => route.fulfill({ json }));
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
