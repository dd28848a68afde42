/**
 * The phone-class run: one page load in a 390×844 viewport (device pixel ratio 1: SwiftShader
 * draws every device pixel on the CPU), the main thread slowed 4× (CDP
 * `Emulation.setCPUThrottlingRate`) and a 4G-like network (CDP
 * `Network.emulateNetworkConditions`: 150 ms latency, 6 Mbit/s down, 1.5 Mbit/s up), to the
 * first idle at which the page's layers are drawn. Workers and the GPU process are not slowed:
 * the CPU factor applies to the page's main thread only.
 */
import type { Browser } from 'playwright-core';
import { DEFAULT_READY, idleHook, type ReadyWhen } from './measure-page.ts';

/** The emulated phone: viewport, CPU slowdown, network. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  cpuSlowdown: 4,
  latencyMs: 150,
  downBitsPerSecond: 6e6,
  upBitsPerSecond: 1.5e6,
} as const;

/** What one phone-class load gave; null where the page did not get there within the cap. */
export interface PhoneSample {
  loadToIdleMs: number | null;
  firstViewBytes: number | null;
  heapBytes: number | null;
  /** The view at idle (MapLibre zoom), read from the product to give the peers the same. */
  view?: { center: [number, number]; zoom: number };
  error?: string;
}

/** Options of {@link measurePhone}. */
export interface PhoneOptions {
  url: string;
  /** What drawn means on a MapLibre page (a Leaflet page sets `benchIdleAt` itself). */
  ready: ReadyWhen;
  capMs: number;
}

/** One phone-class page load, measured; never throws (a failure is reported in the sample). */
export async function measurePhone(browser: Browser, options: PhoneOptions): Promise<PhoneSample> {
  const sample: PhoneSample = { loadToIdleMs: null, firstViewBytes: null, heapBytes: null };
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(idleHook(options.ready));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: PHONE.downBitsPerSecond / 8,
      uploadThroughput: PHONE.upBitsPerSecond / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
    await page.goto(options.url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction('window.benchIdleAt !== undefined', null, {
        timeout: options.capMs,
        polling: 100,
      });
    } catch {
      sample.error = `did not reach idle within ${Math.round(options.capMs / 1000)} s`;
      return sample;
    }
    sample.loadToIdleMs = (await page.evaluate('window.benchIdleAt')) as number;
    sample.firstViewBytes = bytes;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    sample.heapBytes = (await page.evaluate('performance.memory.usedJSHeapSize')) as number;
    const view = (await page.evaluate(`(() => {
      const map = (window.planMap && window.planMap.map) || window.benchMap;
      if (!map) return null;
      const c = map.getCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom() };
    })()`)) as PhoneSample['view'] | null;
    if (view) sample.view = view;
  } catch (error) {
    sample.error = (error as Error).message.split('\n')[0];
  } finally {
    await context.close();
  }
  return sample;
}

/** The phone-class run: the embed's default view against bare pages drawing the same files. */
export interface PhoneResult {
  measuredAt: string;
  pairs: number;
  capSeconds: number;
  /** The embed's view at idle, given to the peers. */
  view?: { center: [number, number]; zoom: number };
  pages: string[];
  samples: Record<string, PhoneSample[]>;
  error?: string;
}

/** Options of {@link phoneRun}. */
export interface PhoneRunOptions {
  /** The bench's origin: the app copy under /app/, the peers under /peers/. */
  origin: string;
  rounds: number;
  capMs: number;
  log: (message: string) => void;
}

/**
 * `embed.html` (no parameters) on a phone-class browser against bare MapLibre and Leaflet pages
 * drawing the same three files in the embed's own view (read from a first, uncounted load), in
 * paired rounds A B C, C B A, …
 */
export async function phoneRun(
  browser: Browser,
  { origin, rounds, capMs, log }: PhoneRunOptions,
): Promise<PhoneResult> {
  const pages = ['product-embed', 'maplibre-embed', 'leaflet-embed'];
  const result: PhoneResult = {
    measuredAt: new Date().toISOString(),
    pairs: rounds,
    capSeconds: capMs / 1000,
    pages,
    samples: Object.fromEntries(pages.map((p) => [p, [] as PhoneSample[]])),
  };
  const embed = `${origin}/app/embed.html`;
  const first = await measurePhone(browser, { url: embed, ready: DEFAULT_READY, capMs });
  if (!first.view) return { ...result, error: first.error ?? 'the embed reported no view' };
  result.view = first.view;
  const { center, zoom } = first.view;
  const v = `${center[0].toFixed(5)},${center[1].toFixed(5)},${zoom.toFixed(3)}`;
  const urls: Record<string, string> = {
    'product-embed': embed,
    'maplibre-embed': `${origin}/peers/maplibre-embed/?view=${v}`,
    'leaflet-embed': `${origin}/peers/leaflet-embed/?view=${v}`,
  };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [...pages] : [...pages].reverse();
    for (const page of order) {
      const sample = await measurePhone(browser, { url: urls[page]!, ready: DEFAULT_READY, capMs });
      delete sample.view;
      result.samples[page]!.push(sample);
      log(`phone round ${round + 1}/${rounds} ${page}: ${JSON.stringify(sample)}`);
    }
  }
  return result;
}
