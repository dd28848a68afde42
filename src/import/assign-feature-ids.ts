import type { Feature } from 'geojson';
import { featureIdOf } from '../geo/validate-geojson.ts';

/**
 * Gives every feature a unique string id, as both `id` and `properties.id` (the map promotes
 * `properties.id`, links and URLs name features by it). Ids the data already has are kept
 * when they are present and unique; otherwise all features are numbered `f1`, `f2`, … (as
 * for a shapefile, which has no ids) and an original `properties.id` is kept as `source_id`.
 * Returns copies; the input is not mutated.
 */
export function assignFeatureIds(features: Feature[]): {
  features: Feature[];
  renumbered: boolean;
} {
  const ids = features.map(featureIdOf);
  const unique = ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
  if (unique) {
    return {
      renumbered: false,
      features: features.map((f, i) => ({
        ...f,
        id: ids[i]!,
        properties: { ...f.properties, id: ids[i]! },
      })),
    };
  }
  return {
    renumbered: ids.some((id) => id !== undefined),
    features: features.map((f, i) => {
      const { id: original, ...rest } = f.properties ?? {};
      const id = `f${i + 1}`;
      return {
        ...f,
        id,
        properties: { ...rest, ...(original !== undefined ? { source_id: original } : {}), id },
      };
    }),
  };
}
