import {
  addProtocol,
  type LayerSpecification,
  type Map as MapLibreMap,
  type VectorSourceSpecification,
} from 'maplibre-gl';
import type { Feature } from 'geojson';
import { type BuiltTiles } from '../layers/dataset-meta.ts';

let registered: Promise<void> | undefined;

/**
 * The MapLibre source of a dataset the build cut into a PMTiles archive. The archive is read
 * by HTTP byte ranges from the page's own origin; the reader is loaded on first use, so pages
 * without a tiled layer never download it.
 */
export async function tileSourceOf(tiles: BuiltTiles): Promise<VectorSourceSpecification> {
  registered ??= import('pmtiles').then(({ Protocol }) => {
    addProtocol('pmtiles', new Protocol().tile);
  });
  await registered;
  return {
    type: 'vector',
    url: `pmtiles://${new URL(tiles.url, document.baseURI).href}`,
    // Feature ids are strings ("P000123"), kept as a property: MVT ids must be integers.
    promoteId: { [tiles.sourceLayer]: 'id' },
  };
}

/**
 * Reads one feature of a tiled source from the tiles loaded so far (the piece in one tile:
 * its properties are whole, its geometry may be clipped), or undefined if none has it yet.
 */
export function tiledFeature(
  map: MapLibreMap,
  source: string,
  tiles: BuiltTiles,
  id: string,
): Feature | undefined {
  const [hit] = map.querySourceFeatures(source, {
    sourceLayer: tiles.sourceLayer,
    filter: ['==', ['get', 'id'], id],
  });
  return hit && { type: 'Feature', id, properties: hit.properties, geometry: hit.geometry };
}

/**
 * A layer's style specs for its tiled source: each reads the archive's tile layer, and the
 * sublayers of other sources (label points, built from the whole collection) are left out.
 */
export function specsForTiles(
  specs: readonly LayerSpecification[],
  source: string,
  tiles: BuiltTiles,
): LayerSpecification[] {
  return specs
    .filter((spec) => 'source' in spec && spec.source === source)
    .map((spec) => ({ ...spec, 'source-layer': tiles.sourceLayer }) as LayerSpecification);
}
