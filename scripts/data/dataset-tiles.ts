import type { FeatureCollection } from 'geojson';
import type { DatasetMeta } from './dataset-schemas.ts';
import { buildTiles, writePmtiles } from '../build-tiles.ts';
import { type BuiltTiles } from '../../src/model/manifest.ts';

/**
 * From this many features a dataset is also built into vector tiles, and the map draws the
 * tiles instead of the GeoJSON. Measured (`npm run bench`, bench/results/latest.md): a bare
 * MapLibre page reached idle in 0.69× the time from tiles than from GeoJSON at 10^4 segments,
 * and the GeoJSON of 10^4 segments is 2.9 MB to download and parse on a phone. Below it the
 * GeoJSON stays the map's source, which keeps the feature list, search and exports working
 * from the whole collection in the browser.
 */
export const TILE_MIN_FEATURES = 10_000;

/** The app's lowest zoom (5): tiles must reach down to it, or the layer would vanish there. */
const TILE_ZOOMS = { minZoom: 5, maxZoom: 14 } as const;

/** What the build writes beside a large dataset, and the manifest fields that point at it. */
export interface DatasetTiles {
  archive: Uint8Array;
  tiles: BuiltTiles;
}

/**
 * Cuts a large dataset into a PMTiles archive (every tile ≤ ~200 KB, the smallest pipes
 * thinned first at low zooms), or returns null when the GeoJSON is small enough to draw.
 */
export function datasetTiles(
  meta: Pick<DatasetMeta, 'id' | 'featureSchema'>,
  collection: FeatureCollection,
  minFeatures = TILE_MIN_FEATURES,
): DatasetTiles | null {
  if (collection.features.length < minFeatures) return null;
  const set = buildTiles(collection, {
    layer: meta.id,
    ...TILE_ZOOMS,
    ...(meta.featureSchema === 'pipe-segment' ? { rankProperty: 'diameterMm' } : {}),
  });
  return {
    archive: writePmtiles(set),
    tiles: {
      url: `data/${meta.id}.pmtiles`,
      format: 'pmtiles',
      sourceLayer: set.layer,
      minzoom: set.minZoom,
      maxzoom: set.maxZoom,
      tileCount: set.tiles.length,
      largestTileBytes: set.largest.bytes,
    },
  };
}
