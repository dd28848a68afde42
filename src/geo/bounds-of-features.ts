import bbox from '@turf/bbox';
import type { Feature, FeatureCollection } from 'geojson';

/** A bounding box `[west, south, east, north]` in degrees. */
export type Bounds = [number, number, number, number];

/**
 * The bounding box of some features picked by id from several collections (e.g. the places
 * of a measure across layers), or undefined when none of them has a geometry.
 */
export function boundsOfFeatures(
  picks: readonly { collection: FeatureCollection | undefined; ids: readonly string[] }[],
): Bounds | undefined {
  const features: Feature[] = [];
  for (const { collection, ids } of picks) {
    const wanted = new Set(ids);
    for (const feature of collection?.features ?? []) {
      if (feature.geometry && wanted.has(String(feature.id ?? feature.properties?.id)))
        features.push(feature);
    }
  }
  if (features.length === 0) return undefined;
  return bbox({ type: 'FeatureCollection', features }) as Bounds;
}
