import { test as base, expect, type Page } from '@playwright/test';

/** A map point in the page: lng/lat → pixel, then what is rendered there. */
export interface RenderedHit {
  layer: string;
  id: string;
}

/**
 * The test fixture every story uses. It fails the test on any request that leaves the page's
 * origin (the product promises none), on uncaught page errors and on CSP violations.
 */
export const test = base.extend<{
  /**
   * Hosts (and their subdomains) whose requests a test answers itself with `page.route`, e.g.
   * `test.use({ allowedTestHosts: ['tianditu.gov.cn'] })`: not counted as leaving the origin.
   * Anything the test leaves unrouted is still aborted, so nothing reaches the real service.
   */
  allowedTestHosts: string[];
  /**
   * Console errors a story provokes on purpose (e.g. the browser's own report of a failed
   * response it stages): not counted as errors in the page.
   */
  expectedConsoleErrors: RegExp[];
  offOrigin: string[];
  pageErrors: string[];
}>({
  allowedTestHosts: [[], { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  offOrigin: [
    async ({ context, baseURL, allowedTestHosts }, use) => {
      const origin = new URL(baseURL!).origin;
      const routedByTest = (host: string) =>
        allowedTestHosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
      const seen: string[] = [];
      await context.route(
        (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
        (route) => {
          const url = new URL(route.request().url());
          if (!routedByTest(url.hostname)) seen.push(url.href);
          return route.abort('blockedbyclient');
        },
      );
      await use(seen);
      expect(seen, 'requests outside the page origin').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ context, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      context.on('weberror', (error) => errors.push(error.error().message));
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (expectedConsoleErrors.some((expected) => expected.test(message.text()))) return;
        errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the planner app at a query, waits for the map to finish drawing, checks the renderer. */
export async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  // The districts are in every view the stories open; their fill appears once data is drawn.
  await page.waitForFunction(
    () => window.planMap?.map.getLayer('districts-fill') !== undefined,
    null,
    {
      timeout: 30_000,
    },
  );
  const renderer = await page.evaluate(() => {
    const gl = window.planMap!.map.getCanvas().getContext('webgl2');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
  });
  // A silent fallback (no WebGL2, or a blocklisted GPU) must not pass as a working map.
  expect(renderer, 'WebGL2 renderer').toMatch(/SwiftShader|ANGLE|Mesa|NVIDIA|AMD|Intel|Apple/);
  await mapIdle(page);
}

/** Resolves when the map has no pending tiles, transitions or label fades. */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.planMap!.map;
        const done = () => setTimeout(resolve, 50); // one more frame: labels have no fade
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', done);
          map.triggerRepaint();
        } else map.once('idle', done);
      }),
  );
}

/** The selectable features rendered at a geographic point, topmost layer first. */
export async function featuresAt(
  page: Page,
  lngLat: [number, number],
  layers: string[],
): Promise<RenderedHit[]> {
  return page.evaluate(
    ({ lngLat, layers }) => {
      const map = window.planMap!.map;
      const point = map.project(lngLat);
      const present = layers.filter((id) => map.getLayer(id));
      return map
        .queryRenderedFeatures(point, { layers: present })
        .map((f) => ({ layer: f.layer.id, id: String(f.properties.id) }));
    },
    { lngLat, layers },
  );
}

/** Clicks the map at a geographic point, as a user would. */
export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await page.evaluate((lngLat) => window.planMap!.map.project(lngLat), lngLat);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/** Points well inside features, for stories that need "a place on the map". */
export const PLACES = {
  /** 开阳县城 (county seat): district 520121 and the cluster point. */
  kaiyangSeat: [106.96121, 27.06131] as [number, number],
  /** Inside 观山湖区 (北部中心). */
  guanshanhu: [106.6, 26.64] as [number, number],
  /** Inside 南明区 (一核). */
  nanming: [106.72, 26.54] as [number, number],
  /** Inside 花溪区, south of the core. */
  huaxi: [106.67, 26.35] as [number, number],
  /** Schematic 南部中心 (贵安新区). */
  guian: [106.42, 26.42] as [number, number],
};
