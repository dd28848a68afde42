/**
 * Initial JavaScript of the product's entries (planner app, embed) and of the peer pages,
 * gzip and brotli, each from its build's bundle-report.json, and each entry's ratio to the
 * bare MapLibre page. Counted as `scripts/measure-bundles.ts` counts: entry plus static imports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { initialChunks } from './measure-bundles.ts';
import { type ChunkReport } from './vite-bundle-report.ts';

/** One entry's initial JavaScript. */
export interface EntrySize {
  build: 'product' | 'peer';
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
  /** Whether any deck.gl module is in it. */
  deckGl: boolean;
  /** gzip and brotli against the bare MapLibre + GeoJSON page. */
  vsBareMapLibre?: { gzip: number; brotli: number };
}

function sizeEntry(dir: string, build: EntrySize['build'], entry: string): EntrySize {
  const { chunks } = JSON.parse(readFileSync(join(dir, 'bundle-report.json'), 'utf8')) as {
    chunks: ChunkReport[];
  };
  const initial = initialChunks(chunks, entry);
  let [raw, gzip, brotli] = [0, 0, 0];
  for (const chunk of initial) {
    const bytes = readFileSync(join(dir, chunk.fileName));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  const deckGl = initial.some((c) => c.modules.some((m) => m.includes('@deck.gl/')));
  return { build, entry, files: initial.map((c) => c.fileName), raw, gzip, brotli, deckGl };
}

/** Sizes every entry of the product build and the peer build. */
export function bundleSizes(productDir: string, peersDir: string): EntrySize[] {
  const rows = [
    ...['main', 'embed'].map((e) => sizeEntry(productDir, 'product', e)),
    ...['maplibre-geojson', 'maplibre-tiles', 'leaflet', 'deckgl-geojson'].map((e) =>
      sizeEntry(peersDir, 'peer', e),
    ),
  ];
  const bare = rows.find((r) => r.entry === 'maplibre-geojson')!;
  for (const r of rows)
    r.vsBareMapLibre = { gzip: r.gzip / bare.gzip, brotli: r.brotli / bare.brotli };
  return rows;
}

/** The sizes as a Markdown table. */
export function bundleTable(rows: readonly EntrySize[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    '| entry | raw | gzip | brotli | ÷ bare MapLibre (gzip / brotli) | deck.gl |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.build} ${r.entry} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.vsBareMapLibre!.gzip.toFixed(2)}× / ${r.vsBareMapLibre!.brotli.toFixed(2)}× | ${r.deckGl ? 'yes' : 'no'} |`,
    ),
  ].join('\n');
}
