/**
 * The results file of `npm run bench` (latest.json) and the Markdown written from it
 * (latest.md). Each size carries its own date, rounds, pages and data, so sizes measured in
 * separate runs (`--merge`) sit in one table, each saying where it came from.
 */
import type { EntrySize } from '../../scripts/bench-bundles.ts';
import type { GeoOpResult } from '../../scripts/bench-geo-ops.ts';
import type { CameraStep, PageSample } from './measure-page.ts';
import { PHONE, type PhoneResult } from './measure-phone.ts';
import type { PeerTiles, SizeData } from './product-data.ts';
import {
  pairTable,
  phoneTable,
  servedTable,
  shareTable,
  sizeTable,
  type PagePair,
  type ServedView,
  type ShareAtZoom,
} from './report.ts';

/** The machine and browser of one run. */
export interface Environment {
  date: string;
  node: string;
  chromium: string;
  webgl: string;
  cpus: number;
  cpuModel?: string;
  memoryGB: number;
  viewport: string;
  framesPerPath: number;
  pairs: number;
  capSeconds: number;
}

/** One size's browser results, complete in itself. */
export interface SizeResult {
  size: number;
  measuredAt: string;
  pairs: number;
  framesPerPath: number;
  capSeconds: number;
  chromium?: string;
  /** The pages measured, and why the others were not. */
  pages: string[];
  notRun: Record<string, string>;
  /** What the data build made (before the bench ran the data build: the tiles only). */
  data?: SizeData | EarlyData;
  view?: CameraStep;
  clickTarget?: [number, number];
  samples: Record<string, PageSample[]>;
  /** Set when the size could not be measured (e.g. the data build failed). */
  error?: string;
  /** Per page, the share of the segments in view it drew at each zoom measured. */
  shares?: Record<string, ShareAtZoom[]>;
  /** First-view bytes from `npm start` and from nginx, per view; or why they were not measured. */
  served?: Record<string, ServedView>;
  servedNote?: string;
  [derived: string]: unknown;
}

/** The data of a size measured before the bench ran the product's data build. */
interface EarlyData {
  productDrawsFrom: 'geojson';
  peerTiles: PeerTiles;
}

/** The whole of latest.json. */
export interface BenchResults {
  environment: Environment;
  bundles: EntrySize[];
  sizes: SizeResult[];
  geo: GeoOpResult[];
  /** When the data-side operations were measured, if not in this run (`--skip-geo --merge`). */
  geoMeasuredAt?: string;
  phone?: PhoneResult;
}

/**
 * A size entry as this version writes it. Entries of the first results format (one date and
 * round count for the whole file, tiles always cut by build-tiles.ts, the product always on
 * GeoJSON) take those from the file's environment.
 */
export function normaliseSize(
  entry: SizeResult & { tiles?: Record<string, never> },
  env: Environment,
): SizeResult {
  if (entry.measuredAt) return entry;
  const { tiles, ...rest } = entry as SizeResult & {
    tiles?: {
      tiles: number;
      archiveBytes: number;
      thinnedTiles: number;
      largestTile: { bytes: number };
    };
  };
  return {
    ...rest,
    measuredAt: env.date,
    pairs: env.pairs,
    framesPerPath: env.framesPerPath,
    capSeconds: env.capSeconds,
    chromium: env.chromium,
    pages: Object.keys(entry.samples),
    notRun: {},
    ...(tiles && {
      data: {
        productDrawsFrom: 'geojson',
        peerTiles: {
          from: 'scripts/build-tiles.ts',
          tiles: tiles.tiles,
          minzoom: 8,
          maxzoom: 14,
          largestTileBytes: tiles.largestTile.bytes,
          thinnedTiles: tiles.thinnedTiles,
          archiveBytes: tiles.archiveBytes,
        },
      },
    }),
  };
}

/** This run's sizes, plus those of `previous` this run did not measure, by size. */
export function mergeSizes(current: SizeResult[], previous: BenchResults | null): SizeResult[] {
  const rerun = new Set(current.map((s) => s.size));
  const kept = (previous?.sizes ?? [])
    .filter((s) => !rerun.has(s.size))
    .map((s) => normaliseSize(s, previous!.environment));
  return [...kept, ...current].sort((a, b) => a.size - b.size);
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** The paragraph above a size's table: when, how, from which data, and what was not run. */
function sizeHeader(s: SizeResult): string {
  const parts = [
    `Measured ${when(s.measuredAt)}, ${s.pairs} round${s.pairs === 1 ? '' : 's'}, ${s.framesPerPath} frames per path.`,
  ];
  const d = s.data;
  if (d) {
    const rss =
      'dataBuildPeakRssBytes' in d && d.dataBuildPeakRssBytes
        ? `, peak ${(d.dataBuildPeakRssBytes / 2 ** 30).toFixed(2)} GB resident`
        : '';
    const build =
      'dataBuildMs' in d
        ? ` (data build ${(d.dataBuildMs / 1000).toFixed(1)} s${rss}, pipes.geojson ${mb(d.geojsonBytes)})`
        : ' (GeoJSON swapped in by the bench, before it ran the data build)';
    parts.push(
      `The product drew the pipes from **${d.productDrawsFrom === 'tiles' ? 'its PMTiles tiles' : 'GeoJSON'}**${build}.`,
    );
    const t = d.peerTiles;
    const zooms = t.minzoom === undefined ? '' : ` z${t.minzoom}–z${t.maxzoom}`;
    const thinned = t.thinnedTiles === undefined ? '' : `, ${t.thinnedTiles} thinned`;
    parts.push(
      `Tile peer: ${t.tiles} tiles${zooms}, largest ${kb(t.largestTileBytes)}${thinned}, archive ${mb(t.archiveBytes)}, from ${t.from}.`,
    );
    if (t.featuresByZoom?.length) {
      const share = (z: { kept: number; dropped: number }) =>
        `${((100 * z.kept) / Math.max(1, z.kept + z.dropped)).toFixed(1)} %`;
      parts.push(
        `Features the tiles hold whole, per zoom: ${t.featuresByZoom.map((z) => `z${z.zoom} ${share(z)}`).join(', ')}.`,
      );
    }
  }
  const skipped = Object.entries(s.notRun);
  if (skipped.length)
    parts.push(`Not run: ${skipped.map(([p, why]) => `${p} (${why})`).join(', ')}.`);
  return parts.join(' ');
}

/** The browser section for every size: header, the product against each page, the pairs. */
function sizeSections(
  sizes: readonly SizeResult[],
  columns: readonly string[],
  pairs: readonly PagePair[],
): string[] {
  return sizes.flatMap((s) => {
    const title = `### ${s.size.toLocaleString('en')} segments`;
    if (s.error)
      return [title, '', `Not measured (${when(s.measuredAt)}):`, '', '```', s.error, '```', ''];
    const extra = Object.keys(s.samples).filter((p) => !columns.includes(p));
    const paired = pairTable(pairs, s.samples);
    const shares = s.shares ? shareTable(s.shares) : '';
    return [
      title,
      '',
      sizeHeader(s),
      '',
      sizeTable([...columns, ...extra], s.samples),
      '',
      ...(paired
        ? ['Page against page, round by round (<1 = the first faster or smaller):', '', paired, '']
        : []),
      ...(shares
        ? [
            'Share of the segments in view that the map draws (1280×800, centred on the click ' +
              'target, at idle; segments whose geometry intersects the view = 100 %):',
            '',
            shares,
            '',
          ]
        : []),
      ...(s.served
        ? [
            'First view over the wire from the two servers of a deployment (the same build; ' +
              'encoded bytes until idle, a fresh browser context each):',
            '',
            servedTable(s.served),
            '',
          ]
        : s.servedNote
          ? [`First view from npm start and nginx: not measured (${s.servedNote}).`, '']
          : []),
    ];
  });
}

/** latest.md: environment, bundle table, each size's browser results, data-side operations. */
export function resultsMarkdown(
  results: BenchResults,
  bundleTable: string,
  columns: readonly string[],
  pairs: readonly PagePair[],
  /** Sections put before the tables (the targets and whether they are met). */
  prelude: readonly string[] = [],
): string {
  const env = results.environment;
  const geoRows = results.geo.map(
    (g) =>
      `| ${g.name} | ${g.size.toLocaleString('en')} | ${g.productMs.toFixed(1)} ms | ${g.naiveMs === null ? '—' : `${g.naiveMs.toFixed(0)} ms`} | ${g.speedup === null ? '—' : `${g.speedup.toFixed(0)}×`} | ${g.agree ?? '—'} | ${g.target ?? ''} ${g.note ?? ''} |`,
  );
  return [
    '# Benchmark results (latest run)',
    '',
    `${env.date}, Chromium ${env.chromium} (${env.webgl}), ${env.cpus} CPUs, Node ${env.node}. ` +
      'Medians with (min–max); ratios are product/peer taken round by round (<1 = product faster or smaller). ' +
      'Each size says when it was measured and in how many rounds: sizes can come from earlier runs (`--merge`). ' +
      'See README § Benchmarks for what each figure means.',
    '',
    ...prelude,
    '## Initial JavaScript per entry',
    '',
    bundleTable,
    '',
    '## Pipe network in the browser',
    '',
    ...sizeSections(results.sizes, columns, pairs),
    ...phoneSection(results.phone),
    '## Data-side operations (Node)',
    '',
    ...(results.geoMeasuredAt ? [`Measured ${when(results.geoMeasuredAt)}.`, ''] : []),
    ...(geoRows.length
      ? [
          '| operation | size | product | naive | speed-up | same answer | target / note |',
          '|---|---|---|---|---|---|---|',
          ...geoRows,
        ]
      : ['Not run (`--skip-geo`).']),
    '',
  ].join('\n');
}

/** The phone-class section: how it was run, the table, or why it was not. */
function phoneSection(phone: PhoneResult | undefined): string[] {
  if (!phone) return [];
  const title = "## Phone-class: the embed's default view";
  if (phone.error)
    return [title, '', `Not measured (${when(phone.measuredAt)}): ${phone.error}`, ''];
  const v = phone.view;
  return [
    title,
    '',
    `Measured ${when(phone.measuredAt)}, ${phone.pairs} round${phone.pairs === 1 ? '' : 's'}: ` +
      `${PHONE.viewport.width}×${PHONE.viewport.height} viewport (device pixel ratio 1), main thread ` +
      `slowed ${PHONE.cpuSlowdown}× (CDP Emulation.setCPUThrottlingRate; workers and GPU not slowed), ` +
      `${PHONE.latencyMs} ms latency, ${PHONE.downBitsPerSecond / 1e6} Mbit/s down, ` +
      `${PHONE.upBitsPerSecond / 1e6} Mbit/s up (CDP Network.emulateNetworkConditions). ` +
      '`embed.html` with no parameters (districts, structure, parks) to the first idle at which ' +
      'the three are drawn, against bare MapLibre and bare Leaflet pages drawing the same three ' +
      `files of the build${v ? ` in the embed's view (${v.center.map((c) => c.toFixed(4)).join(', ')}, z${v.zoom.toFixed(2)})` : ''}.`,
    '',
    phoneTable(phone.pages, phone.samples),
    '',
  ];
}
