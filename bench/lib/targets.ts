/**
 * The targets of issue #16, read from one results file: each with the measured ratio and its
 * spread, and whether it is met. A target whose measurement is missing says so rather than
 * passing; the judgement uses the median ratio (or the worst share), as the issue states them.
 */
import type { BenchResults, SizeResult } from './results.ts';
import { pairedRatios, spreadOf, type Metric, type Spread } from './report.ts';

/** One target: what, the limit, what was measured, and the verdict. */
export interface TargetRow {
  target: string;
  limit: string;
  measured: string;
  met: boolean | null;
}

const x = (v: number) => `${v.toFixed(2)}×`;
const spreadText = (s: Spread) =>
  s.median === null ? '—' : `${x(s.median)} (${x(s.min!)}–${x(s.max!)}, n=${s.n})`;

function ratioRow(
  target: string,
  size: SizeResult | undefined,
  page: string,
  peer: string,
  metric: Metric,
  limit: number,
): TargetRow {
  const product = size?.samples[page];
  const other = size?.samples[peer];
  if (!product || !other)
    return { target, limit: `≤ ${x(limit)}`, measured: 'not measured', met: null };
  const s = spreadOf(pairedRatios(product, other, metric));
  return {
    target,
    limit: `≤ ${x(limit)}`,
    measured: spreadText(s),
    met: s.median === null ? null : s.median <= limit,
  };
}

/** The smallest share drawn at z13 and above, over the product's rounds. */
function shareRow(size: SizeResult | undefined, n: string): TargetRow {
  const target = `${n}: segments in view drawn, z13 and above`;
  const shares = size?.shares?.['product']?.filter((z) => z.zoom >= 13) ?? [];
  if (!shares.length) return { target, limit: '100 %', measured: 'not measured', met: null };
  const worst = Math.min(...shares.map((z) => z.share.min ?? 0));
  const all = shares.map((z) => `z${z.zoom} ${((z.share.median ?? 0) * 100).toFixed(1)} %`);
  return { target, limit: '100 %', measured: all.join(', '), met: worst >= 1 };
}

function bundleRow(results: BenchResults, entry: string, limit: number): TargetRow {
  const target = `${entry === 'main' ? 'app' : 'embed'} initial JS (gzip) ÷ bare MapLibre page`;
  const b = results.bundles.find((e) => e.build === 'product' && e.entry === entry);
  const peer = results.bundles.find((e) => e.build === 'peer' && e.entry === 'maplibre-geojson');
  if (!b || !peer) return { target, limit: `≤ ${x(limit)}`, measured: 'not measured', met: null };
  const r = b.gzip / peer.gzip;
  return {
    target,
    limit: `≤ ${x(limit)}`,
    measured: `${x(r)} (${(b.gzip / 1024).toFixed(1)} KB ÷ ${(peer.gzip / 1024).toFixed(1)} KB)`,
    met: r <= limit,
  };
}

function phoneRow(results: BenchResults, peer: string, limit: number, note: string): TargetRow {
  const target = `phone-class: embed default view, load to idle ÷ ${peer}${note}`;
  const p = results.phone;
  const a = p?.samples['product-embed'];
  const b = p?.samples[peer];
  if (!a || !b) return { target, limit: `≤ ${x(limit)}`, measured: 'not measured', met: null };
  const ratios = a.map((s, i) => {
    const o = b[i]?.loadToIdleMs;
    return s.loadToIdleMs != null && o != null && o > 0 ? s.loadToIdleMs / o : null;
  });
  const s = spreadOf(ratios);
  return {
    target,
    limit: `≤ ${x(limit)}`,
    measured: spreadText(s),
    met: s.median === null ? null : s.median <= limit,
  };
}

function servedRows(size: SizeResult | undefined, n: string): TargetRow[] {
  if (!size?.served)
    return [
      {
        target: `${n}: first view bytes, npm start ÷ nginx`,
        limit: '≤ 1.10×',
        measured: 'not measured',
        met: null,
      },
    ];
  return Object.entries(size.served).map(([view, v]) => {
    const s = spreadOf(
      v.node.map((b, i) => {
        const g = v.nginx[i];
        return b != null && g != null && g > 0 ? b / g : null;
      }),
    );
    return {
      target: `${n}: first view bytes (${view}), npm start ÷ nginx`,
      limit: '≤ 1.10×',
      measured: spreadText(s),
      met: s.median === null ? null : s.median <= 1.1,
    };
  });
}

function buildMemoryRow(size: SizeResult | undefined): TargetRow {
  const target = '10^6: data build peak resident memory';
  const d = size?.data;
  const rss = d && 'dataBuildPeakRssBytes' in d ? d.dataBuildPeakRssBytes : undefined;
  const ms = d && 'dataBuildMs' in d ? d.dataBuildMs : undefined;
  if (!rss) return { target, limit: '≤ 4 GB', measured: 'not measured', met: null };
  return {
    target,
    limit: '≤ 4 GB',
    measured: `${(rss / 2 ** 30).toFixed(2)} GB${ms ? `, ${(ms / 1000).toFixed(0)} s` : ''}`,
    met: rss <= 4 * 2 ** 30,
  };
}

/** Every target of issue #16, in the issue's order. */
export function targetRows(results: BenchResults): TargetRow[] {
  const size = (n: number) => results.sizes.find((s) => s.size === n && !s.error);
  const [s4, s5, s6] = [size(10_000), size(100_000), size(1_000_000)];
  return [
    ratioRow(
      '10^4: load to idle ÷ bare MapLibre + GeoJSON',
      s4,
      'product',
      'maplibre-geojson',
      'loadToIdleMs',
      0.9,
    ),
    ratioRow(
      '10^4: load to idle ÷ bare tile page',
      s4,
      'product',
      'maplibre-tiles',
      'loadToIdleMs',
      1.1,
    ),
    ratioRow('10^4: pan to idle ÷ bare MapLibre', s4, 'product', 'maplibre-geojson', 'panMs', 1.1),
    ratioRow(
      '10^4: pan to idle, 关怀模式, ÷ bare MapLibre',
      s4,
      'product-care',
      'maplibre-geojson',
      'panMs',
      1.1,
    ),
    ratioRow(
      '10^5: load to idle ÷ bare MapLibre + GeoJSON',
      s5,
      'product',
      'maplibre-geojson',
      'loadToIdleMs',
      0.5,
    ),
    ratioRow('10^5: load to idle ÷ bare Leaflet', s5, 'product', 'leaflet', 'loadToIdleMs', 0.8),
    ratioRow(
      '10^6: load to idle ÷ bare MapLibre + GeoJSON',
      s6,
      'product',
      'maplibre-geojson',
      'loadToIdleMs',
      0.5,
    ),
    shareRow(s5, '10^5'),
    shareRow(s6, '10^6'),
    bundleRow(results, 'embed', 1.1),
    bundleRow(results, 'main', 1.3),
    phoneRow(results, 'leaflet-embed', 1.0, ''),
    phoneRow(results, 'maplibre-embed', 0.7, ' (kept: 0.70× when filed)'),
    ...servedRows(s4, '10^4'),
    buildMemoryRow(s6),
  ];
}

/** The targets as a Markdown section for latest.md. */
export function targetsSection(results: BenchResults): string[] {
  const verdict = (m: boolean | null) => (m === null ? 'not measured' : m ? 'met' : '**missed**');
  return [
    '## Targets of issue #16',
    '',
    'Medians of the ratios taken round by round, with (min–max, rounds); shares are the ' +
      "product's median per zoom, judged on the smallest round. Causes of misses: README § Benchmarks.",
    '',
    '| target | limit | measured | verdict |',
    '|---|---|---|---|',
    ...targetRows(results).map(
      (r) => `| ${r.target} | ${r.limit} | ${r.measured} | ${verdict(r.met)} |`,
    ),
    '',
  ];
}
