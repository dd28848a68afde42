/**
 * `npm run bench`: the product against bare peers (MapLibre + GeoJSON, Leaflet canvas,
 * MapLibre + static PMTiles) on the same seeded pipe network, viewport, style and camera path;
 * initial JavaScript per entry; the data-side operations against naive ones. Writes
 * bench/results/latest.json and latest.md.
 *   npm run bench -- --sizes 1000,10000 --pairs 5 [--cap 120] [--frames 40] [--skip-geo]
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
import { measurePage, type CameraStep, type PageSample } from '../bench/lib/measure-page.ts';
import { METRICS, pairedRatios, sizeTable, spreadOf } from '../bench/lib/report.ts';
import { precompress, startStaticServer } from '../bench/lib/static-server.ts';
import { benchGeoOps } from './bench-geo-ops.ts';
import { bundleSizes, bundleTable } from './bench-bundles.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000,1000000' },
    pairs: { type: 'string', default: '5' },
    cap: { type: 'string', default: '120' },
    frames: { type: 'string', default: '40' },
    'skip-geo': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const pairs = Number(values.pairs);
const capMs = Number(values.cap) * 1000;
const K = Number(values.frames);
const work = resolve('dist-bench');
const app = join(work, 'app');
const run = (cmd: string, args: string[], extra: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...extra },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
  return r.stdout.toString();
};
const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

// The product is the normal build, copied so its pipes file can be swapped per size.
if (!existsSync('dist/index.html') || !existsSync('dist/bundle-report.json')) {
  log('no build in dist/: npm run build');
  run('npm', ['run', 'build']);
}
rmSync(app, { recursive: true, force: true });
cpSync('dist', app, { recursive: true, filter: (src) => !src.endsWith('.map') });
log('building the peer pages (bench/vite.config.ts)');
run('npx', ['vite', 'build', '-c', 'bench/vite.config.ts']);
precompress(app);
precompress(join(work, 'peers'));
const bundles = bundleSizes('dist', join(work, 'peers'));

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

const PAGES = ['product', 'maplibre-geojson', 'leaflet', 'maplibre-tiles'] as const;
const server = await startStaticServer(work);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const version = browser.version();
const perSize: Record<string, unknown>[] = [];
const tables: string[] = [];
try {
  for (const size of sizes) {
    const data = join(work, 'data', `pipes-${size}.geojson`);
    mkdirSync(join(work, 'data'), { recursive: true });
    if (!existsSync(data)) {
      log(`generating ${size} segments (seed 1)`);
      run('npx', [
        'tsx',
        'scripts/generate-samples.ts',
        '--kind',
        'pipes',
        '--count',
        String(size),
        '--out',
        data,
      ]);
    }
    cpSync(data, join(app, 'data', 'pipes.geojson'));
    const manifestPath = join(app, 'data', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.datasets.pipes.featureCount = size;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    log(`tiles for ${size} segments`);
    const tiles = JSON.parse(
      run(
        'npx',
        [
          'tsx',
          'scripts/build-tiles.ts',
          '--in',
          data,
          '--out',
          join(app, 'data', 'pipes.pmtiles'),
        ],
        { NODE_OPTIONS: '--max-old-space-size=6144' },
      ),
    );
    precompress(join(app, 'data'));
    const view = fitView(tiles.bounds);
    const target = firstSegmentMidpoint(data);
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
    const urls: Record<(typeof PAGES)[number], string> = {
      product: `${server.origin}/app/?layers=districts,pipes&view=${v}`,
      'maplibre-geojson': `${server.origin}/peers/maplibre-geojson/?view=${v}`,
      leaflet: `${server.origin}/peers/leaflet/?view=${v}`,
      'maplibre-tiles': `${server.origin}/peers/maplibre-tiles/?view=${v}`,
    };
    const samples = Object.fromEntries(PAGES.map((p) => [p, [] as PageSample[]]));
    for (let round = 0; round < pairs; round++) {
      // A B C D, then D C B A: drift of the machine falls on both sides alike.
      const order = round % 2 === 0 ? [...PAGES] : [...PAGES].reverse();
      for (const page of order) {
        const sample = await measurePage(browser, {
          url: urls[page],
          leaflet: page === 'leaflet',
          path,
          clickView: { center: target, zoom: 14 },
          selectedColor: '#e08a00',
          capMs,
        });
        samples[page]!.push(sample);
        log(`${size} round ${round + 1}/${pairs} ${page}: ${JSON.stringify(sample)}`);
      }
    }
    const summary = Object.fromEntries(
      PAGES.map((p) => [
        p,
        Object.fromEntries(METRICS.map((m) => [m, spreadOf(samples[p]!.map((s) => s[m]))])),
      ]),
    );
    const ratios = Object.fromEntries(
      PAGES.slice(1).map((peer) => [
        peer,
        Object.fromEntries(
          METRICS.map((m) => [m, spreadOf(pairedRatios(samples.product!, samples[peer]!, m))]),
        ),
      ]),
    );
    // What tiles would give the product: the tile page against the GeoJSON page, paired.
    const tilesVsGeojson = Object.fromEntries(
      METRICS.map((m) => [
        m,
        spreadOf(pairedRatios(samples['maplibre-tiles']!, samples['maplibre-geojson']!, m)),
      ]),
    );
    perSize.push({
      size,
      view,
      clickTarget: target,
      tiles,
      samples,
      summary,
      ratios,
      tilesVsGeojson,
    });
    tables.push(
      `### ${size.toLocaleString('en')} segments (${pairs} rounds; tiles: ${tiles.tiles} tiles, largest ${(tiles.largestTile.bytes / 1024).toFixed(0)} KB at z${tiles.largestTile.z}, ${tiles.thinnedTiles} thinned)\n\n` +
        sizeTable(PAGES, samples) +
        `\n\nmaplibre-tiles / maplibre-geojson (load to idle): ${fmtSpread(tilesVsGeojson.loadToIdleMs!)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

function fmtSpread(s: { median: number | null; min: number | null; max: number | null }) {
  return s.median === null
    ? '—'
    : `${s.median.toFixed(2)}× (${s.min!.toFixed(2)}–${s.max!.toFixed(2)})`;
}

log('data-side operations');
const geo = values['skip-geo'] ? [] : benchGeoOps();
const environment = {
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
mkdirSync(values.out!, { recursive: true });
writeFileSync(
  join(values.out!, 'latest.json'),
  `${JSON.stringify({ environment, bundles, sizes: perSize, geo }, null, 1)}\n`,
);
const geoRows = geo.map(
  (g) =>
    `| ${g.name} | ${g.size.toLocaleString('en')} | ${g.productMs.toFixed(1)} ms | ${g.naiveMs === null ? '—' : `${g.naiveMs.toFixed(0)} ms`} | ${g.speedup === null ? '—' : `${g.speedup.toFixed(0)}×`} | ${g.agree ?? '—'} | ${g.target ?? ''} ${g.note ?? ''} |`,
);
const md = [
  '# Benchmark results (latest run)',
  '',
  `${environment.date}, Chromium ${version} (${environment.webgl}), ${environment.cpus} CPUs, Node ${process.version}. ` +
    'Medians with (min–max); ratios are product/peer taken round by round (<1 = product faster or smaller). ' +
    'See README § Benchmarks for what each figure means.',
  '',
  '## Initial JavaScript per entry',
  '',
  bundleTable(bundles),
  '',
  '## Pipe network in the browser',
  '',
  ...tables.flatMap((t) => [t, '']),
  '## Data-side operations (Node)',
  '',
  '| operation | size | product | naive | speed-up | same answer | target / note |',
  '|---|---|---|---|---|---|---|',
  ...geoRows,
  '',
].join('\n');
writeFileSync(join(values.out!, 'latest.md'), md);
log(`wrote ${join(values.out!, 'latest.md')}`);
