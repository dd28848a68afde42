import type { Feature, FeatureCollection, Geometry } from 'geojson';

// MapLibre cannot take every property name a file may carry. Its worker transfer
// (util/web_worker_transfer.ts) reads `input.constructor` and calls `input.hasOwnProperty(key)`
// on every object it sends, and reserves `$name`; its tile encoder (@maplibre/vt-pbf) keeps
// property names in a plain `{}` cache, where `toString`, `valueOf` or `__proto__` find
// Object.prototype's members instead of an index. A feature with a property `constructor`
// therefore throws "can't serialize object of unregistered class undefined", one with
// `hasOwnProperty` throws "e.hasOwnProperty is not a function", and the whole source stays
// empty. The map gets a copy whose risky names are prefixed; stored and exported data keep
// the original names (the UI reads those, never the map's). The same copy keeps values the
// tile encoder cannot write (whole numbers from 2^63 on) and very long strings away from it.

/** Prefix of a property name renamed for MapLibre; names already starting with it get it too. */
export const MAP_NAME_PREFIX = 'prop:';

// Object.prototype's members (as of ES2024) and MapLibre's own reserved key.
const RISKY_NAMES = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
  '$name',
]);
/** Nesting kept as objects for the map; deeper values travel as JSON text (MapLibre's tiles
 * turn nested values into JSON text anyway, and its transfer recurses without a limit). */
const MAX_NESTING = 8;
/** Longer strings are cut for the map: no style reads them, and each click on the map
 * decodes the properties of the features under it on the main thread. */
export const MAX_MAP_STRING = 4096;

/** The name MapLibre is given for a property name. */
export function mapPropertyName(name: string): string {
  return RISKY_NAMES.has(name) || name.startsWith(MAP_NAME_PREFIX)
    ? `${MAP_NAME_PREFIX}${name}`
    : name;
}

/** The original property name of a name in the map's copy. */
export function originalPropertyName(mapName: string): string {
  return mapName.startsWith(MAP_NAME_PREFIX) ? mapName.slice(MAP_NAME_PREFIX.length) : mapName;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
/**
 * Numbers the tile encoder takes: it writes any whole number as a varint, and throws "Given
 * varint doesn't fit into 10 bytes" from 2^63 on (1e20 in an attribute emptied the layer).
 * Larger whole numbers are past double precision as integers anyway; the map gets them as text.
 */
const encodable = (value: number) =>
  !Number.isInteger(value) || Math.abs(value) <= Number.MAX_SAFE_INTEGER;
const isPlainData = (value: unknown) =>
  value === null ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value) && encodable(value));

/** Whether a value can go to MapLibre as it is (and how: see {@link safeValue}). */
function valueIsSafe(value: unknown, depth: number): boolean {
  if (isPlainData(value) || value === undefined) return true;
  if (typeof value === 'string') return value.length <= MAX_MAP_STRING;
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_NESTING) return false;
  if (Array.isArray(value)) return value.every((v) => valueIsSafe(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (mapPropertyName(key) !== key) return false;
    if (!valueIsSafe((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A copy MapLibre takes: renamed keys, plain objects, bounded nesting and string length. */
function safeValue(value: unknown, depth: number): unknown {
  if (isPlainData(value) || value === undefined) return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    return value.length <= MAX_MAP_STRING ? value : `${value.slice(0, MAX_MAP_STRING)}…`;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'object' || value === null) return String(value);
  if (depth >= MAX_NESTING) return safeValue(jsonText(value), depth);
  if (Array.isArray(value)) return value.map((v) => safeValue(v, depth + 1));
  // Object.entries sees own keys only: "__proto__" from JSON.parse is one of them.
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [mapPropertyName(k), safeValue(v, depth + 1)]),
  );
}

/** A geometry with only its GeoJSON members (foreign members could hold risky names too). */
function plainGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'GeometryCollection') {
    return { type: 'GeometryCollection', geometries: geometry.geometries.map(plainGeometry) };
  }
  return { type: geometry.type, coordinates: geometry.coordinates } as Geometry;
}

const FEATURE_MEMBERS = new Set(['type', 'id', 'geometry', 'properties']);
const GEOMETRY_MEMBERS = new Set(['type', 'coordinates', 'geometries']);

function geometryIsPlain(geometry: Geometry | null): boolean {
  if (geometry === null) return true;
  if (Object.keys(geometry).some((k) => !GEOMETRY_MEMBERS.has(k))) return false;
  return geometry.type !== 'GeometryCollection' || geometry.geometries.every(geometryIsPlain);
}

function featureIsSafe(feature: Feature): boolean {
  if (Object.keys(feature).some((k) => !FEATURE_MEMBERS.has(k))) return false;
  if (!geometryIsPlain(feature.geometry)) return false;
  const id = feature.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return false;
  const p = feature.properties;
  if (p === null || p === undefined) return true;
  if (!isPlainObject(p)) return false;
  for (const key in p) {
    if (mapPropertyName(key) !== key || !valueIsSafe(p[key], 1)) return false;
  }
  return true;
}

/**
 * The collection as MapLibre may be given it: the same object when every feature is safe
 * (the usual case costs one pass over the keys), else a copy in which the features that need
 * it have their risky property names prefixed with {@link MAP_NAME_PREFIX}, nested values
 * bounded, strings over {@link MAX_MAP_STRING} cut and foreign members dropped. Feature ids,
 * geometry and every feature are kept; the input is not changed.
 */
export function mapSafeCollection(collection: FeatureCollection): FeatureCollection {
  let copy: Feature[] | undefined;
  const { features } = collection;
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!;
    // Not a feature at all: left to the validators, passed on as it came.
    if (feature === null || typeof feature !== 'object' || featureIsSafe(feature)) {
      copy?.push(feature);
      continue;
    }
    copy ??= features.slice(0, i);
    const { id, geometry, properties } = feature;
    copy.push({
      type: 'Feature',
      ...(typeof id === 'string' || typeof id === 'number' ? { id } : {}),
      geometry: geometry && plainGeometry(geometry),
      properties: isPlainObject(properties)
        ? (safeValue(properties, 0) as Feature['properties'])
        : null,
    });
  }
  return copy ? { type: 'FeatureCollection', features: copy } : collection;
}
