import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Feature } from 'geojson';

/**
 * Reads a tile the way MapLibre's workers do (@mapbox/vector-tile), back to GeoJSON in WGS84:
 * what a map drawing this tile would have.
 */
export function decodeTile(data: Uint8Array, z: number, x: number, y: number): Feature[] {
  const tile = new VectorTile(new PbfReader(data));
  return Object.values(tile.layers).flatMap((layer) =>
    Array.from({ length: layer.length }, (_, i) => layer.feature(i).toGeoJSON(x, y, z)),
  );
}

/** The layer names and raw properties of a tile. */
export function tileLayers(data: Uint8Array) {
  return new VectorTile(new PbfReader(data)).layers;
}
