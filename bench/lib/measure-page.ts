/**
 * Loads one page in a fresh browser context and measures it the same way for every page:
 * load-to-idle, bytes for the first view, JS heap after GC, frame cost along a camera path
 * and click-to-highlight latency. MapLibre pages (product and peers) share one driver;
 * Leaflet has its own, defined to do the same work.
 */
import type { Browser } from 'playwright-core';

/** A camera step (MapLibre zoom; the Leaflet driver adds one). */
export interface CameraStep {
  center: [number, number];
  zoom: number;
}

/** What one page load gave; null where the page did not get there within the cap. */
export interface PageSample {
  loadToIdleMs: number | null;
  firstViewBytes: number | null;
  heapBytes: number | null;
  frameMs: number | null;
  clickMs: number | null;
  error?: string;
}

/** Options of {@link measurePage}. */
export interface MeasureOptions {
  url: string;
  leaflet: boolean;
  path: readonly CameraStep[];
  /** Where the click happens: the camera is centred on a known segment, which is clicked. */
  clickView: CameraStep;
  /** The colour a selected segment turns (#rrggbb). */
  selectedColor: string;
  capMs: number;
}

// Installed before any page script. `__name`: tsx compiles these functions with esbuild's
// keepNames, whose helper does not exist in the page. The idle hook is the same for every
// MapLibre page: the first `idle` at which the pipes are drawn, which by default means the
// pipes sublayer exists and its source is loaded. A page whose pipes are not a MapLibre source
// (deck.gl) says when they are drawn with `window.benchReady()`; a page may also set
// `window.benchIdleAt` itself (Leaflet, which has no idle event).
const INIT_SCRIPT = `
globalThis.__name = globalThis.__name || ((f) => f);
(() => {
  const started = Date.now();
  const timer = setInterval(() => {
    const map = (window.planMap && window.planMap.map) || window.benchMap;
    if (!map) { if (window.benchLeaflet || Date.now() - started > 600000) clearInterval(timer); return; }
    clearInterval(timer);
    const drawn = () => window.benchReady ? window.benchReady()
      : map.getLayer('pipes-line') && map.getSource('pipes') && map.isSourceLoaded('pipes');
    const check = () => {
      if (window.benchIdleAt === undefined && drawn()) {
        window.benchIdleAt = performance.now();
        map.off('idle', check);
      }
    };
    map.on('idle', check);
  }, 5);
})();`;

/** Frame cost: K synchronous renders along the path and one GPU flush, divided by K. */
function runFrames(leaflet: boolean, path: readonly CameraStep[]) {
  return `(${leaflet ? leafletFrames : maplibreFrames})(${JSON.stringify(path)})`;
}
function maplibreFrames(path: CameraStep[]): number {
  const w = window as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- page globals
  const map = w.planMap?.map ?? w.benchMap;
  const canvas = map.getCanvas() as HTMLCanvasElement;
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
  const pixel = new Uint8Array(4);
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  const started = performance.now();
  for (const step of path) {
    map.jumpTo(step);
    map.redraw(); // renders now, with whatever tiles are ready: the same rule on every page
  }
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel); // waits for the GPU (SwiftShader)
  return (performance.now() - started) / path.length;
}
function leafletFrames(path: CameraStep[]): number {
  const w = window as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- page globals
  const { map, canvas } = w.benchLeaflet;
  const context = (canvas as HTMLCanvasElement).getContext('2d')!;
  const started = performance.now();
  // setView without animation ends in 'moveend', on which Leaflet's canvas redraws every path
  // synchronously; getImageData then waits for the drawing to finish.
  for (const step of path)
    map.setView([step.center[1], step.center[0]], step.zoom + 1, { animate: false });
  context.getImageData(0, 0, 1, 1);
  return (performance.now() - started) / path.length;
}

/**
 * Moves the camera to the click view and resolves, at the next idle (MapLibre, capped) or after
 * two frames (Leaflet), with the page position of the view's centre (the segment to click).
 */
function moveAndSettle(leaflet: boolean, step: CameraStep, capMs: number) {
  const [lng, lat] = step.center;
  return `(${leaflet}) ? new Promise((done) => {
      const map = window.benchLeaflet.map;
      map.setView([${lat}, ${lng}], ${step.zoom + 1}, { animate: false });
      const box = map.getContainer().getBoundingClientRect();
      const p = map.latLngToContainerPoint([${lat}, ${lng}]);
      requestAnimationFrame(() => requestAnimationFrame(() => done([box.left + p.x, box.top + p.y])));
    }) : new Promise((done) => {
      const map = (window.planMap && window.planMap.map) || window.benchMap;
      const finish = () => {
        const box = map.getCanvas().getBoundingClientRect();
        const p = map.project([${lng}, ${lat}]);
        done([box.left + p.x, box.top + p.y]);
      };
      map.once('idle', finish);
      setTimeout(finish, ${capMs});
      map.jumpTo(${JSON.stringify(step)});
      map.triggerRepaint();
    })`;
}

/**
 * Arms the click probe: from the mousedown (event time) to the first frame whose centre pixels
 * show the selected colour; sampled once per animation frame from the drawing buffer.
 */
function armClick(leaflet: boolean, color: string, [x, y]: [number, number]) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  // Assigned, not returned: evaluate would otherwise wait for the click that comes after it.
  return `void (window.benchClick = new Promise((done) => {
    const leaflet = ${leaflet};
    const canvas = leaflet ? window.benchLeaflet.canvas
      : ((window.planMap && window.planMap.map) || window.benchMap).getCanvas();
    const gl = leaflet ? null : (canvas.getContext('webgl2') || canvas.getContext('webgl'));
    const ctx = leaflet ? canvas.getContext('2d') : null;
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const size = 7;
    const pixels = new Uint8Array(size * size * 4);
    const shows = () => {
      const cx = Math.round((${x} - rect.left) * scale), cy = Math.round((${y} - rect.top) * scale);
      const data = leaflet ? ctx.getImageData(cx - 3, cy - 3, size, size).data
        : (gl.readPixels(cx - 3, canvas.height - cy - 4, size, size, gl.RGBA, gl.UNSIGNED_BYTE, pixels), pixels);
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i] - ${r}) < 24 && Math.abs(data[i + 1] - ${g}) < 24 && Math.abs(data[i + 2] - ${b}) < 24) return true;
      return false;
    };
    window.addEventListener('mousedown', (event) => {
      const t0 = event.timeStamp;
      const deadline = performance.now() + 15000;
      const poll = () => {
        if (shows()) done(performance.now() - t0);
        else if (performance.now() > deadline) done(null);
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    }, { once: true, capture: true });
  }))`;
}

/** One page load, measured; never throws (a failure is reported in the sample). */
export async function measurePage(browser: Browser, options: MeasureOptions): Promise<PageSample> {
  const { url, leaflet, capMs } = options;
  const sample: PageSample = {
    loadToIdleMs: null,
    firstViewBytes: null,
    heapBytes: null,
    frameMs: null,
    clickMs: null,
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(INIT_SCRIPT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction('window.benchIdleAt !== undefined', null, {
        timeout: capMs,
        polling: 100,
      });
    } catch {
      sample.error = `did not reach idle within ${Math.round(capMs / 1000)} s`;
      return sample;
    }
    sample.loadToIdleMs = (await page.evaluate('window.benchIdleAt')) as number;
    sample.firstViewBytes = bytes;
    await cdp.send('HeapProfiler.collectGarbage');
    sample.heapBytes = (await page.evaluate('performance.memory.usedJSHeapSize')) as number;
    sample.frameMs = (await page.evaluate(runFrames(leaflet, options.path))) as number;
    const at = (await page.evaluate(moveAndSettle(leaflet, options.clickView, capMs))) as [
      number,
      number,
    ];
    await page.evaluate(armClick(leaflet, options.selectedColor, at));
    await page.mouse.click(at[0], at[1]);
    sample.clickMs = (await page.evaluate('window.benchClick')) as number | null;
    if (sample.clickMs === null) sample.error = 'click: the highlight did not show within 15 s';
  } catch (error) {
    sample.error = (error as Error).message.split('\n')[0];
  } finally {
    await context.close();
  }
  return sample;
}
