/**
 * Loads one page in a fresh browser context and measures it the same way for every page:
 * load-to-idle, bytes for the first view, JS heap after GC, frame cost along a camera path,
 * click-to-highlight latency, pans to idle, and (where asked) the share of the segments in
 * view that the map draws at given zooms. MapLibre pages (product and peers) share one driver;
 * Leaflet has its own, defined to do the same work.
 */
import type { Browser } from 'playwright-core';

/** A camera step (MapLibre zoom; the Leaflet driver adds one). */
export interface CameraStep {
  center: [number, number];
  zoom: number;
}

/** What the map drew at one zoom: distinct segments rendered, and the view's bounds. */
export interface DrawnAtZoom {
  zoom: number;
  /** Distinct segment ids among the rendered features of the pipes source's layers. */
  rendered: number;
  /** The view, [west, south, east, north]: the bench counts the segments intersecting it. */
  bounds: [number, number, number, number];
  /** The rendered ids, until the bench has counted which of them intersect the view. */
  ids?: string[];
  /** Segments whose geometry intersects the view, and how many of those were rendered. */
  inView?: number;
  renderedInView?: number;
}

/** What one page load gave; null where the page did not get there within the cap. */
export interface PageSample {
  loadToIdleMs: number | null;
  firstViewBytes: number | null;
  heapBytes: number | null;
  frameMs: number | null;
  clickMs: number | null;
  /** Mean time of one pan (200 px, to idle) over {@link PAN_STEPS} pans from the click view. */
  panMs: number | null;
  /** Per zoom of {@link MeasureOptions.shareZooms}, what the map drew (MapLibre pages). */
  drawn?: DrawnAtZoom[];
  error?: string;
}

/** The pans: this many, each this many CSS pixels east, each waiting for the map to idle. */
export const PAN_STEPS = 10;
export const PAN_PX = 200;

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
  /** Zooms at which to count the segments drawn, centred on the click view (none: skip). */
  shareZooms?: readonly number[];
}

/** What "drawn" means on a MapLibre page: these sources loaded and, if named, this layer added. */
export interface ReadyWhen {
  sources: readonly string[];
  layer?: string;
}

/** The pipes: the pipes sublayer exists and its source is loaded. */
export const PIPES_READY: ReadyWhen = { sources: ['pipes'], layer: 'pipes-line' };

/** The product's default view (and the embed's): its three default layers' sources loaded. */
export const DEFAULT_READY: ReadyWhen = { sources: ['districts', 'structure', 'parks'] };

/**
 * The script installed before any page script that sets `window.benchIdleAt` at the first
 * `idle` at which `ready` holds; the same for every MapLibre page. `__name`: tsx compiles these
 * functions with esbuild's keepNames, whose helper does not exist in the page. A page whose
 * pipes are not a MapLibre source (deck.gl) says when they are drawn with
 * `window.benchReady()`; a page may also set `window.benchIdleAt` itself (Leaflet, which has no
 * idle event).
 */
export function idleHook(ready: ReadyWhen = PIPES_READY): string {
  return `
globalThis.__name = globalThis.__name || ((f) => f);
(() => {
  const started = Date.now();
  const timer = setInterval(() => {
    const map = (window.planMap && window.planMap.map) || window.benchMap;
    if (!map) { if (window.benchLeaflet || Date.now() - started > 600000) clearInterval(timer); return; }
    clearInterval(timer);
    const sources = ${JSON.stringify(ready.sources)};
    const layer = ${JSON.stringify(ready.layer ?? null)};
    const drawn = () => window.benchReady ? window.benchReady()
      : (!layer || map.getLayer(layer)) && sources.every((s) => map.getSource(s) && map.isSourceLoaded(s));
    const check = () => {
      if (window.benchIdleAt === undefined && drawn()) {
        window.benchIdleAt = performance.now();
        map.off('idle', check);
      }
    };
    map.on('idle', check);
  }, 5);
})();`;
}

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
 * Arms the click probe: from the mousedown (event time) to the first frame whose pixels at the
 * clicked segment show the selected colour; sampled once per animation frame from the drawing
 * buffer. The segment is found where it is drawn in that frame (MapLibre: `project` of its
 * position), not at the clicked pixel: the product moves a selection out from under its
 * inspector, and the highlight then shows beside it.
 */
function armClick(
  leaflet: boolean,
  color: string,
  [x, y]: [number, number],
  [lng, lat]: [number, number],
) {
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
    const map = leaflet ? null : ((window.planMap && window.planMap.map) || window.benchMap);
    const shows = () => {
      let cx = Math.round((${x} - rect.left) * scale), cy = Math.round((${y} - rect.top) * scale);
      if (map) {
        const p = map.project([${lng}, ${lat}]);
        cx = Math.round(p.x * scale);
        cy = Math.round(p.y * scale);
      }
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

/**
 * {@link PAN_STEPS} pans of {@link PAN_PX} px east, each one a jump (no animation, the same on
 * every page and in care mode) followed by the wait for the map to be idle again (MapLibre:
 * `idle`, capped; Leaflet: `moveend`, whose handler redraws the canvas, then a frame). Resolves
 * with the mean per pan in ms.
 */
function runPans(leaflet: boolean, capMs: number) {
  return `(async () => {
    const leaflet = ${leaflet};
    const map = leaflet ? window.benchLeaflet.map : ((window.planMap && window.planMap.map) || window.benchMap);
    const started = performance.now();
    for (let i = 0; i < ${PAN_STEPS}; i++) {
      await new Promise((done) => {
        if (leaflet) {
          map.once('moveend', () => requestAnimationFrame(() => done()));
          map.panBy([${PAN_PX}, 0], { animate: false });
          return;
        }
        const timer = setTimeout(done, ${capMs});
        map.once('idle', () => { clearTimeout(timer); done(); });
        map.panBy([${PAN_PX}, 0], { duration: 0 });
        map.triggerRepaint();
      });
    }
    return (performance.now() - started) / ${PAN_STEPS};
  })()`;
}

/**
 * At each zoom, centred on `center`: jump, wait for idle (capped), and count the distinct
 * segment ids rendered by the layers of the `pipes` source; null on a page without them.
 */
function countDrawn(center: [number, number], zooms: readonly number[], capMs: number) {
  return `(async () => {
    const map = (window.planMap && window.planMap.map) || window.benchMap;
    if (!map || !map.getSource('pipes')) return null;
    const out = [];
    for (const zoom of ${JSON.stringify(zooms)}) {
      await new Promise((done) => {
        const timer = setTimeout(done, ${capMs});
        map.once('idle', () => { clearTimeout(timer); done(); });
        map.jumpTo({ center: ${JSON.stringify(center)}, zoom });
        map.triggerRepaint();
      });
      const layers = map.getStyle().layers.filter((l) => l.source === 'pipes').map((l) => l.id);
      const ids = new Set();
      for (const f of map.queryRenderedFeatures({ layers })) ids.add(f.properties.id ?? f.id);
      const b = map.getBounds();
      out.push({ zoom, rendered: ids.size, ids: [...ids].map(String), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] });
    }
    return out;
  })()`;
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
    panMs: null,
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(idleHook());
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
    await page.evaluate(armClick(leaflet, options.selectedColor, at, options.clickView.center));
    await page.mouse.click(at[0], at[1]);
    sample.clickMs = (await page.evaluate('window.benchClick')) as number | null;
    if (sample.clickMs === null) sample.error = 'click: the highlight did not show within 15 s';
    sample.panMs = (await page.evaluate(runPans(leaflet, capMs))) as number;
    if (!leaflet && options.shareZooms?.length) {
      const drawn = (await page.evaluate(
        countDrawn(options.clickView.center, options.shareZooms, capMs),
      )) as DrawnAtZoom[] | null;
      if (drawn) sample.drawn = drawn;
    }
  } catch (error) {
    sample.error = (error as Error).message.split('\n')[0];
  } finally {
    await context.close();
  }
  return sample;
}
