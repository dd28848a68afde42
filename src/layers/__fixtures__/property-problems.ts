import type { FeatureCollection, Geometry } from 'geojson';
import { validateFeatureProperties } from '../../../scripts/data/validate-feature-properties.ts';
import type { FeatureContract } from '../layer-module.ts';

/**
 * The messages the data build gives for one feature with these properties (and a point in
 * 南明区 unless another geometry is given), as `validateFeatureProperties` words them.
 */
export function propertyProblems(
  contract: FeatureContract,
  properties: Record<string, unknown>,
  geometry: Geometry = { type: 'Point', coordinates: [106.71, 26.57] },
): string[] {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'X1', properties, geometry }],
  };
  return validateFeatureProperties(collection, contract, 'city.geojson').map(
    (i) => `${i.rule}: ${i.message}`,
  );
}

/** A copy of `base` without `key`. */
export function without(base: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...base };
  delete copy[key];
  return copy;
}
