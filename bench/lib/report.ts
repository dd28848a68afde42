/**
 * Statistics and the Markdown table of `npm run bench`: medians, spreads (min–max) and the
 * product/peer ratio taken round by round, so a machine that drifts between rounds still
 * compares like with like.
 */
import type { PageSample } from './measure-page.ts';

/** Median, minimum and maximum of some numbers (null when there are none). */
export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

/** The metrics measured on every page. */
export const METRICS = [
  'loadToIdleMs',
  'frameMs',
  'clickMs',
  'heapBytes',
  'firstViewBytes',
  'panMs',
] as const satisfies readonly (keyof PageSample)[];

/** A metric's name. */
export type Metric = (typeof METRICS)[number];

/** Median, min and max of the finite values. */
export function spreadOf(values: readonly (number | null)[]): Spread {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  xs.sort((a, b) => a - b);
  if (xs.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { median, min: xs[0]!, max: xs.at(-1)!, n: xs.length };
}

/** Product/peer ratios of one metric, round by round (rounds where either failed drop out). */
export function pairedRatios(product: PageSample[], peer: PageSample[], metric: Metric) {
  return product.map((p, i) => {
    const a = p[metric];
    const b = peer[i]?.[metric];
    return a != null && b != null && b > 0 ? a / b : null;
  });
}

const UNITS: Record<Metric, [string, (v: number) => string]> = {
  loadToIdleMs: ['load to idle', (v) => `${(v / 1000).toFixed(2)} s`],
  frameMs: ['frame cost', (v) => `${v.toFixed(1)} ms`],
  clickMs: ['click → highlight', (v) => `${v.toFixed(0)} ms`],
  heapBytes: ['JS heap (main thread)', (v) => `${(v / 2 ** 20).toFixed(1)} MB`],
  firstViewBytes: ['bytes, first view', (v) => `${(v / 2 ** 20).toFixed(2)} MB`],
  panMs: ['pan 200 px to idle (mean of 10)', (v) => `${v.toFixed(0)} ms`],
};

const fmt = (s: Spread, f: (v: number) => string) =>
  s.median === null ? '—' : `${f(s.median)} (${f(s.min!)}–${f(s.max!)})`;
const fmtRatio = (s: Spread) =>
  s.median === null
    ? '—'
    : `**${s.median.toFixed(2)}×** (${s.min!.toFixed(2)}–${s.max!.toFixed(2)}, n=${s.n})`;
const NOT_RUN = 'not run';

/**
 * One size's browser results as a Markdown table: metric, each page, each product/peer ratio.
 * `pages` are the columns (the product first); a page without samples shows "not run" and has
 * no ratio column (nor has any page when the product did not run).
 */
export function sizeTable(
  pages: readonly string[],
  samples: Record<string, PageSample[]>,
  metrics: readonly Metric[] = METRICS,
): string {
  const [product, ...peers] = pages;
  const ran = (p: string) => (samples[p]?.length ?? 0) > 0;
  const compared = ran(product!) ? peers.filter(ran) : [];
  const header = [
    'metric',
    ...pages.map((p) => `${p} median (min–max)`),
    ...compared.map((p) => `product / ${p}`),
  ];
  const rows = metrics.map((metric) => {
    const [label, f] = UNITS[metric];
    return [
      label,
      ...pages.map((p) => (ran(p) ? fmt(spreadOf(samples[p]!.map((s) => s[metric])), f) : NOT_RUN)),
      ...compared.map((p) =>
        fmtRatio(spreadOf(pairedRatios(samples[product!]!, samples[p]!, metric))),
      ),
    ];
  });
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ...failures(pages, samples),
  ].join('\n');
}

/** The distinct errors of each page, as list items after a blank line (none: nothing). */
function failures(pages: readonly string[], samples: Record<string, PageSample[]>): string[] {
  const failed = pages.flatMap((p) =>
    [...new Set((samples[p] ?? []).flatMap((s) => (s.error ? [s.error] : [])))].map(
      (e) => `${p}: ${e}`,
    ),
  );
  return failed.length ? ['', ...failed.map((f) => `- ${f}`)] : [];
}

/** Two pages compared round by round: `a / b`, <1 = `a` faster or smaller. */
export type PagePair = readonly [a: string, b: string];

/** Paired ratios of every metric for each pair of pages that both ran. */
export function pairSpreads(pairs: readonly PagePair[], samples: Record<string, PageSample[]>) {
  return Object.fromEntries(
    pairs
      .filter(([a, b]) => samples[a]?.length && samples[b]?.length)
      .map(([a, b]) => [
        `${a} / ${b}`,
        Object.fromEntries(
          METRICS.map((m) => [m, spreadOf(pairedRatios(samples[a]!, samples[b]!, m))]),
        ) as Record<Metric, Spread>,
      ]),
  );
}

/**
 * The pairs as a Markdown table (one column per pair that ran), and a line naming each metric
 * on which the first page of a pair was slower or bigger (median ratio above 1).
 */
export function pairTable(pairs: readonly PagePair[], samples: Record<string, PageSample[]>) {
  const spreads = pairSpreads(pairs, samples);
  const names = Object.keys(spreads);
  if (names.length === 0) return '';
  const rows = METRICS.map((m) => [UNITS[m][0], ...names.map((n) => fmtRatio(spreads[n]![m]))]);
  const worse = names.flatMap((n) => {
    const over = METRICS.filter((m) => (spreads[n]![m].median ?? 0) > 1).map(
      (m) => `${UNITS[m][0]} ${spreads[n]![m].median!.toFixed(2)}×`,
    );
    const [a, b] = n.split(' / ');
    return over.length ? [`- ${a} slower or bigger than ${b} on: ${over.join(', ')}`] : [];
  });
  return [
    `| metric | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ...(worse.length ? ['', ...worse] : []),
  ].join('\n');
}

/** Share drawn at one zoom on one page: rendered ÷ in view, per round, and the counts. */
export interface ShareAtZoom {
  zoom: number;
  /** Segments whose geometry intersects the view (the same for every round). */
  inView: number | null;
  rendered: Spread;
  share: Spread;
}

/** A share as a percentage with its spread over rounds (one round: just the value). */
const fmtShare = (s: Spread) =>
  s.median === null
    ? '—'
    : s.min === s.max
      ? `${(s.median * 100).toFixed(1)} %`
      : `${(s.median * 100).toFixed(1)} % (${(s.min! * 100).toFixed(1)}–${(s.max! * 100).toFixed(1)})`;

/**
 * The share of the segments in view that each page drew, per zoom, as a Markdown table: one
 * row per zoom, one column per page ("share (drawn of in view)").
 */
export function shareTable(shares: Record<string, ShareAtZoom[]>): string {
  const pages = Object.keys(shares);
  if (pages.length === 0) return '';
  const zooms = [...new Set(pages.flatMap((p) => shares[p]!.map((z) => z.zoom)))].sort(
    (a, b) => a - b,
  );
  const cell = (page: string, zoom: number) => {
    const z = shares[page]!.find((s) => s.zoom === zoom);
    if (!z || z.share.median === null) return '—';
    return `${fmtShare(z.share)}: ${Math.round(z.rendered.median!).toLocaleString('en')} of ${z.inView!.toLocaleString('en')}`;
  };
  return [
    `| zoom | ${pages.map((p) => `${p}: drawn of in view`).join(' | ')} |`,
    `|---|${pages.map(() => '---').join('|')}|`,
    ...zooms.map((z) => `| z${z} | ${pages.map((p) => cell(p, z)).join(' | ')} |`),
  ].join('\n');
}

/** Bytes of one view from both servers, per round (null: did not reach idle). */
export interface ServedView {
  url: string;
  node: (number | null)[];
  nginx: (number | null)[];
}

/** The servers' bytes as a Markdown table: per view, each server's median and node ÷ nginx. */
export function servedTable(views: Record<string, ServedView>): string {
  const mb = (v: number) => `${(v / 2 ** 20).toFixed(2)} MB`;
  const rows = Object.entries(views).map(([name, v]) => {
    const ratios = v.node.map((n, i) => {
      const g = v.nginx[i];
      return n != null && g != null && g > 0 ? n / g : null;
    });
    return `| ${name} | ${fmt(spreadOf(v.node), mb)} | ${fmt(spreadOf(v.nginx), mb)} | ${fmtRatio(spreadOf(ratios))} |`;
  });
  return [
    '| first view | npm start (scripts/serve.ts) | nginx (deploy/nginx.conf) | npm start / nginx |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The phone-class metrics. */
export const PHONE_METRICS = ['loadToIdleMs', 'firstViewBytes', 'heapBytes'] as const;

/** The phone-class run as a Markdown table: metric × page, and product ÷ each peer. */
export function phoneTable(
  pages: readonly string[],
  samples: Record<string, Pick<PageSample, (typeof PHONE_METRICS)[number] | 'error'>[]>,
): string {
  return sizeTable(
    pages,
    Object.fromEntries(
      Object.entries(samples).map(([p, list]) => [
        p,
        list.map((s) => ({ frameMs: null, clickMs: null, panMs: null, ...s })),
      ]),
    ),
    PHONE_METRICS,
  );
}
