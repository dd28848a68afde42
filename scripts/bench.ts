/**
 * `npm run bench`: the product (also in care mode) against bare peers (MapLibre + GeoJSON,
 * Leaflet canvas, MapLibre + static PMTiles, MapLibre + deck.gl) on the same seeded pipe
 * network, viewport, style and camera path; the share of the segments in view each draws per
 * zoom; first-view bytes from `npm start` against nginx; the embed on a phone-class browser
 * against bare MapLibre and Leaflet; initial JavaScript per entry; the data-side operations
 * against naive ones. Each size's data comes from the product's own data build. Writes
 * bench/results/latest.json and latest.md.
 *   npm run bench -- --sizes 1000,10000 --pairs 5 [--cap 120] [--frames 40] [--skip-geo]
 *     [--pages product,maplibre-geojson,…] [--skip-above leaflet:100000] [--merge] [--out DIR]
 *     [--share-zooms 10,12,13,14] [--skip-servers] [--skip-phone] [--report-only]
 * --pages: the pages measured (default: all but the deck.gl GeoJsonLayer and LineLayer variants,
 *   deckgl-geojsonlayer and deckgl-linelayer).
 * --skip-above page:N[,page:N]: that page is not measured at sizes above N.
 * --share-zooms: zooms at which the product and the tile peer count the segments they draw.
 * --skip-servers: no npm start / nginx comparison; --skip-phone: no phone-class run.
 * --merge: keep the sizes of the previous latest.json in --out that this run does not measure
 *   (and its data-side figures with --skip-geo, its phone run with --skip-phone), e.g. 10^5
 *   and 10^6 in a run of fewer rounds:
 *     npm run bench -- --sizes 1000,10000 --pairs 5
 *     npm run bench -- --sizes 100000,1000000 --pairs 2 --skip-above leaflet:100000 --skip-geo --merge
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
} from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { countShares, sharesOf } from '../bench/lib/share-drawn.ts';
import { measurePage, type CameraStep, type PageSample } from '../bench/lib/measure-page.ts';
import { phoneRun, type PhoneResult } from '../bench/lib/measure-phone.ts';
import { buildSizeData, DataBuildError } from '../bench/lib/product-data.ts';
import {
  METRICS,
  pairSpreads,
  pairedRatios,
  spreadOf,
  type PagePair,
} from '../bench/lib/report.ts';
import {
  mergeSizes,
  resultsMarkdown,
  type BenchResults,
  type Environment,
  type SizeResult,
} from '../bench/lib/results.ts';
import { measureServed } from '../bench/lib/served-bytes.ts';
import { startStaticServer } from '../bench/lib/static-server.ts';
import { targetsSection } from '../bench/lib/targets.ts';
import { precompressDir } from './serve/precompress-dir.ts';
import { benchGeoOps } from './bench-geo-ops.ts';
import { bundleSizes, bundleTable } from './bench-bundles.ts';

/** Every page the bench knows: its URL for a view `lng,lat,zoom`. */
const PAGE_URLS: Record<string, (origin: string, view: string) => string> = {
  product: (o, v) => `${o}/app/?layers=districts,pipes&view=${v}`,
  // 关怀模式: large text, high contrast, no motion.
  'product-care': (o, v) => `${o}/app/?layers=districts,pipes&view=${v}&care=1`,
  'maplibre-geojson': (o, v) => `${o}/peers/maplibre-geojson/?view=${v}`,
  leaflet: (o, v) => `${o}/peers/leaflet/?view=${v}`,
  'maplibre-tiles': (o, v) => `${o}/peers/maplibre-tiles/?view=${v}`,
  'deckgl-geojson': (o, v) => `${o}/peers/deckgl-geojson/?view=${v}`,
  // The same deck.gl page drawing with GeoJsonLayer instead of PathLayer; on request only.
  'deckgl-geojsonlayer': (o, v) => `${o}/peers/deckgl-geojson/?layer=geojson&view=${v}`,
  // … and with LineLayer for the existing pipes (one instance per two-point segment).
  'deckgl-linelayer': (o, v) => `${o}/peers/deckgl-geojson/?layer=line&view=${v}`,
};
/** The pages measured by default, and the columns of every size's table. */
const DEFAULT_PAGES = [
  'product',
  'product-care',
  'maplibre-geojson',
  'leaflet',
  'maplibre-tiles',
  'deckgl-geojson',
];
/** Pages compared with each other, round by round, where both ran. */
const PAIRS: PagePair[] = [
  ['product-care', 'maplibre-tiles'],
  ['product-care', 'maplibre-geojson'],
  ['maplibre-tiles', 'maplibre-geojson'],
  ['deckgl-geojson', 'maplibre-geojson'],
  ['deckgl-geojsonlayer', 'deckgl-geojson'],
  ['deckgl-linelayer', 'deckgl-geojson'],
  ['deckgl-linelayer', 'maplibre-geojson'],
];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000,1000000' },
    pairs: { type: 'string', default: '5' },
    cap: { type: 'string', default: '120' },
    frames: { type: 'string', default: '40' },
    pages: { type: 'string', default: DEFAULT_PAGES.join(',') },
    'skip-above': { type: 'string', default: '' },
    'skip-geo': { type: 'boolean', default: false },
    'share-zooms': { type: 'string', default: '10,12,13,14' },
    'skip-servers': { type: 'boolean', default: false },
    'skip-phone': { type: 'boolean', default: false },
    merge: { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results' },
  },
});
const fail = (message: string): never => {
  console.error(`bench: ${message}`);
  process.exit(2);
};
const sizes = values.sizes!.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail('--sizes: positive integers');
const pairs = Number(values.pairs);
const capMs = Number(values.cap) * 1000;
const K = Number(values.frames);
const pages = values.pages!.split(',').filter(Boolean);
for (const p of pages)
  if (!PAGE_URLS[p]) fail(`--pages: no page "${p}" (${Object.keys(PAGE_URLS)})`);
const skipAbove = new Map(
  values['skip-above']!.split(',')
    .filter(Boolean)
    .map((rule) => {
      const [page = '', n = ''] = rule.split(':');
      if (!PAGE_URLS[page] || !(Number(n) > 0)) fail(`--skip-above: "${rule}" is not page:size`);
      return [page, Number(n)] as const;
    }),
);
const shareZooms = values['share-zooms']!.split(',').filter(Boolean).map(Number);
if (shareZooms.some((z) => !(z >= 0 && z <= 22))) fail('--share-zooms: zooms 0–22');
/** The pages whose drawn share is counted: the product and the tile peer. */
const SHARE_PAGES = ['product', 'maplibre-tiles'];
const outDir = values.out!;
const previous: BenchResults | null =
  values.merge && existsSync(join(outDir, 'latest.json'))
    ? JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8'))
    : null;

const markdown = (results: BenchResults) =>
  resultsMarkdown(
    results,
    bundleTable(results.bundles),
    DEFAULT_PAGES,
    PAIRS,
    targetsSection(results),
  );
if (values['report-only']) {
  // latest.md again from latest.json (a new report format, no new measurement).
  const saved = JSON.parse(readFileSync(join(outDir, 'latest.json'), 'utf8')) as BenchResults;
  writeFileSync(join(outDir, 'latest.md'), markdown(saved));
  console.log(`wrote ${join(outDir, 'latest.md')} from latest.json`);
  process.exit(0);
}

const work = resolve('dist-bench');
const app = join(work, 'app');
const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
  return r.stdout.toString();
};
const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

// The product is the normal build, copied, with its data rebuilt per size into the copy.
if (!existsSync('dist/index.html') || !existsSync('dist/bundle-report.json')) {
  log('no build in dist/: npm run build');
  run('npm', ['run', 'build']);
}
rmSync(app, { recursive: true, force: true });
// Timestamps kept: the Node server sends a .br/.gz only if it is not older than its file.
cpSync('dist', app, {
  recursive: true,
  preserveTimestamps: true,
  filter: (src) => !src.endsWith('.map'),
});
log('building the peer pages (bench/vite.config.ts)');
run('npx', ['vite', 'build', '-c', 'bench/vite.config.ts']);
// As `npm run build` does, for the product; the peers need only the .gz the bench server sends.
await precompressDir(app);
await precompressDir(join(work, 'peers'), ['gzip']);
const bundles = bundleSizes(app, join(work, 'peers'));

/** The camera fitting a box in a 1280×800 viewport with 24 px padding (MapLibre zoom). */
function fitView([w, s, e, n]: number[]): CameraStep {
  const y = (lat: number) => 0.5 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / (2 * Math.PI);
  const [x0, x1, y0, y1] = [(w! + 180) / 360, (e! + 180) / 360, y(n!), y(s!)];
  const zoom = Math.log2(Math.min((1280 - 48) / ((x1 - x0) * 512), (800 - 48) / ((y1 - y0) * 512)));
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * ((y0 + y1) / 2)))) * 180) / Math.PI;
  return { center: [(x0 + x1) * 180 - 180, lat], zoom };
}

/** The midpoint of the file's first segment: the known segment the click aims at. */
function firstSegmentMidpoint(file: string): [number, number] {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(4096);
  readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const [a, b] = JSON.parse(/"coordinates":(\[\[[^\]]+\],\[[^\]]+\]\])/.exec(head.toString())![1]!);
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** The pages measured at a size, and why each other default page is not. */
function pagesAt(size: number) {
  const notRun: Record<string, string> = {};
  for (const p of DEFAULT_PAGES) if (!pages.includes(p)) notRun[p] = 'not in --pages';
  const measured = pages.filter((p) => {
    const limit = skipAbove.get(p);
    if (limit !== undefined && size > limit) notRun[p] = `--skip-above ${p}:${limit}`;
    return notRun[p] === undefined;
  });
  return { measured, notRun };
}

const server = await startStaticServer(work);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const version = browser.version();
const perSize: SizeResult[] = [];
let phone: PhoneResult | undefined = previous?.phone && values.merge ? previous.phone : undefined;
try {
  for (const size of sizes) {
    const { measured, notRun } = pagesAt(size);
    const common = {
      size,
      measuredAt: new Date().toISOString(),
      pairs,
      framesPerPath: K,
      capSeconds: capMs / 1000,
      chromium: version,
      pages: measured,
      notRun,
    };
    log(`data for ${size} segments: the product's data build`);
    let built: ReturnType<typeof buildSizeData>;
    try {
      built = buildSizeData(size, work, app);
    } catch (error) {
      if (!(error instanceof DataBuildError)) throw error;
      console.error(error.message);
      perSize.push({ ...common, pages: [], samples: {}, error: error.message });
      continue;
    }
    const { geojson, data } = built;
    log(
      `built in ${(data.dataBuildMs / 1000).toFixed(1)} s; product draws from ${data.productDrawsFrom}; ` +
        `tile peer: ${data.peerTiles.tiles} tiles from ${data.peerTiles.from}`,
    );
    await precompressDir(join(app, 'data'));
    const view = fitView(data.bbox);
    const target = firstSegmentMidpoint(geojson);
    const path = Array.from({ length: K }, (_, i): CameraStep => {
      const t = i / (K - 1);
      return {
        center: [
          view.center[0] + t * (target[0] - view.center[0]),
          view.center[1] + t * (target[1] - view.center[1]),
        ],
        zoom: view.zoom + 3 * t,
      };
    });
    const v = `${view.center[0].toFixed(5)},${view.center[1].toFixed(5)},${view.zoom.toFixed(3)}`;
    const samples = Object.fromEntries(measured.map((p) => [p, [] as PageSample[]]));
    for (let round = 0; round < pairs; round++) {
      // A B C D, then D C B A: drift of the machine falls on both sides alike.
      const order = round % 2 === 0 ? [...measured] : [...measured].reverse();
      for (const page of order) {
        const sample = await measurePage(browser, {
          url: PAGE_URLS[page]!(server.origin, v),
          leaflet: page === 'leaflet',
          path,
          clickView: { center: target, zoom: 14 },
          selectedColor: '#e08a00',
          capMs,
          ...(SHARE_PAGES.includes(page) ? { shareZooms } : {}),
        });
        samples[page]!.push(sample);
        // The rendered ids are for counting, not for the log.
        const shown = JSON.stringify(sample, (key, value: unknown) =>
          key === 'ids' ? (value as string[]).length : value,
        );
        log(`${size} round ${round + 1}/${pairs} ${page}: ${shown}`);
      }
    }
    countShares(geojson, samples, join(work, 'share-queries.json'));
    const served = values['skip-servers']
      ? { servedNote: '--skip-servers' }
      : await measureServed(browser, { root: app, view: v, rounds: pairs, capMs, log });
    perSize.push({
      ...common,
      data,
      view,
      clickTarget: target,
      samples,
      shares: sharesOf(samples),
      ...served,
      summary: Object.fromEntries(
        measured.map((p) => [
          p,
          Object.fromEntries(METRICS.map((m) => [m, spreadOf(samples[p]!.map((s) => s[m]))])),
        ]),
      ),
      ratios: samples.product
        ? Object.fromEntries(
            measured
              .filter((p) => p !== 'product')
              .map((peer) => [
                peer,
                Object.fromEntries(
                  METRICS.map((m) => [
                    m,
                    spreadOf(pairedRatios(samples.product!, samples[peer]!, m)),
                  ]),
                ),
              ]),
          )
        : {},
      comparisons: pairSpreads(PAIRS, samples),
    });
  }
  if (!values['skip-phone']) {
    log('phone-class run: the embed against bare MapLibre and Leaflet');
    phone = await phoneRun(browser, { origin: server.origin, rounds: pairs, capMs, log });
  }
} finally {
  await browser.close();
  await server.close();
}

const keepGeo = values['skip-geo'] && (previous?.geo.length ?? 0) > 0;
if (!values['skip-geo']) log('data-side operations');
const geo = values['skip-geo'] ? (previous?.geo ?? []) : benchGeoOps();
const environment: Environment = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: version,
  webgl: 'SwiftShader (software), headless',
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  viewport: '1280x800',
  framesPerPath: K,
  pairs,
  capSeconds: capMs / 1000,
};
const results: BenchResults = {
  environment,
  bundles,
  sizes: values.merge ? mergeSizes(perSize, previous) : perSize,
  geo,
  ...(keepGeo ? { geoMeasuredAt: previous!.geoMeasuredAt ?? previous!.environment.date } : {}),
  ...(phone ? { phone } : {}),
};
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 1)}\n`);
writeFileSync(join(outDir, 'latest.md'), markdown(results));
log(`wrote ${join(outDir, 'latest.md')}`);
