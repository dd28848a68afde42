import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { DatasetMeta } from './dataset-schemas.ts';
import { buildTiles, writePmtiles, writeTileArchive, type TileOptions } from '../build-tiles.ts';
import type { CutSummary } from '../tiles/cut-tiles.ts';
import type { BuiltTiles } from '../../src/model/manifest.ts';

/**
 * From this many features a dataset is also built into vector tiles, and the map draws the
 * tiles instead of the GeoJSON. Measured (`npm run bench`, bench/results/latest.md): a bare
 * MapLibre page reached idle in 0.69× the time from tiles than from GeoJSON at 10^4 segments,
 * and the GeoJSON of 10^4 segments is 2.9 MB to download and parse on a phone. Below it the
 * GeoJSON stays the map's source, which keeps the feature list, search and exports working
 * from the whole collection in the browser.
 */
export const TILE_MIN_FEATURES = 10_000;

/**
 * The zooms of a dataset's tiles. From the app's lowest zoom (5), or the layer would vanish
 * there; to 14, or deeper for dense data (at 10^6 generated segments a z14 tile holds ~10 000
 * of them, ~470 KB: z15 quarters that). From z13 every feature is in the tiles, whatever they
 * weigh: a planner at street level must see every pipe. Below z13 a tile keeps at most ~200 KB
 * (largest pipes first) and the manifest says how many features each zoom holds.
 */
export const TILE_OPTIONS = {
  minZoom: 5,
  maxZoom: 14,
  maxZoomLimit: 16,
  completeFromZoom: 13,
  maxTileBytes: 200 * 1024,
} as const satisfies TileOptions;

/** What the build writes beside a large dataset, and the manifest fields that point at it. */
export interface DatasetTiles {
  archive: Uint8Array;
  tiles: BuiltTiles;
}

const optionsFor = (meta: Pick<DatasetMeta, 'id' | 'featureSchema'>): TileOptions => ({
  layer: meta.id,
  ...TILE_OPTIONS,
  // Pipes: the widest stay in a full low-zoom tile (the build sets featureSchema from the contract).
  ...(meta.featureSchema === 'pipe-segment' ? { rankProperty: 'diameterMm' } : {}),
});

const manifestEntry = (id: string, made: CutSummary): BuiltTiles => ({
  url: `data/${id}.pmtiles`,
  format: 'pmtiles',
  sourceLayer: made.layer,
  minzoom: made.minZoom,
  maxzoom: made.maxZoom,
  tileCount: made.tileCount,
  largestTileBytes: made.largest.bytes,
  featuresByZoom: made.featuresByZoom,
});

/**
 * Cuts a large dataset into `<outDir>/<id>.pmtiles`, tile by tile (the data build), and returns
 * the manifest's `tiles` entry; or returns null, writing nothing, when the GeoJSON is small
 * enough to draw.
 */
export function writeDatasetTiles(
  meta: Pick<DatasetMeta, 'id' | 'featureSchema'>,
  collection: FeatureCollection,
  outDir: string,
  minFeatures = TILE_MIN_FEATURES,
): BuiltTiles | null {
  if (collection.features.length < minFeatures) return null;
  const made = writeTileArchive(collection, join(outDir, `${meta.id}.pmtiles`), optionsFor(meta));
  return manifestEntry(meta.id, made);
}

/**
 * The same archive and entry in memory (small layers: tests and the e2e stories, which may
 * shrink the tile size limit so a few thousand features are thinned as 10^5 would be).
 */
export function datasetTiles(
  meta: Pick<DatasetMeta, 'id' | 'featureSchema'>,
  collection: FeatureCollection,
  minFeatures = TILE_MIN_FEATURES,
  overrides: Partial<TileOptions> = {},
): DatasetTiles | null {
  if (collection.features.length < minFeatures) return null;
  const set = buildTiles(collection, { ...optionsFor(meta), ...overrides });
  return { archive: writePmtiles(set), tiles: manifestEntry(meta.id, set) };
}
