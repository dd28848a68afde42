import type { ExpressionSpecification } from 'maplibre-gl';

// Small MapLibre expressions every layer module uses, so no style builder spells them again.

/** `['get', property]`. */
export const get = (property: string): ExpressionSpecification => ['get', property];

/** True for polygon features. */
export const isArea: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];
/** True for line features. */
export const isLine: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['LineString', 'MultiLineString'],
  true,
  false,
];
/** True for point features. */
export const isPoint: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Point', 'MultiPoint'],
  true,
  false,
];
/** True for features whose own provenance is schematic. */
export const isSchematic: ExpressionSpecification = ['==', ['get', 'provenance'], 'schematic'];

/**
 * A `match` on a property giving one value per listed value, and `fallback` for anything else
 * (a city's replacement file with an unknown value still draws).
 */
export function matchBy<T extends string>(
  property: string,
  values: readonly T[],
  value: (v: T) => string | number,
  fallback: string | number,
): ExpressionSpecification {
  // a spread has no tuple type, so TypeScript cannot see this is a well-formed `match`
  return [
    'match',
    ['get', property],
    ...values.flatMap((v) => [v, value(v)]),
    fallback,
  ] as unknown as ExpressionSpecification;
}
