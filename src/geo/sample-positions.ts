import type { FeatureCollection, Position } from 'geojson';

// Deeper nesting than a MultiPolygon's is not GeoJSON; stopping there keeps a hostile file
// of nested arrays from overflowing the stack before validation has looked at it.
const MAX_DEPTH = 6;

/** Calls `visit` on every position-like array (first two members finite numbers) in a value. */
function walkPositions(value: unknown, visit: (p: Position) => void, depth = 0): void {
  if (!Array.isArray(value) || depth > MAX_DEPTH) return;
  if (typeof value[0] === 'number') {
    if (Number.isFinite(value[0]) && Number.isFinite(value[1])) visit(value as Position);
    return;
  }
  for (const item of value) walkPositions(item, visit, depth + 1);
}

/** Calls `visit` on each finite position of a (possibly invalid) geometry, tolerating garbage. */
export function eachPosition(geometry: unknown, visit: (p: Position) => void): void {
  if (!geometry || typeof geometry !== 'object') return;
  const g = geometry as { coordinates?: unknown; geometries?: unknown };
  if (Array.isArray(g.geometries)) {
    for (const child of g.geometries) eachPosition(child, visit);
    return;
  }
  walkPositions(g.coordinates, visit);
}

/**
 * At most `max` positions spread evenly over a collection (every k-th vertex), for frame
 * detection before the data is validated: invalid positions are skipped, not reported.
 */
export function samplePositions(collection: FeatureCollection, max = 2000): Position[] {
  let total = 0;
  for (const feature of collection.features) eachPosition(feature?.geometry, () => total++);
  const stride = Math.max(1, Math.ceil(total / max));
  const sample: Position[] = [];
  let i = 0;
  for (const feature of collection.features) {
    eachPosition(feature?.geometry, (p) => {
      if (i++ % stride === 0 && sample.length < max) sample.push([p[0]!, p[1]!]);
    });
  }
  return sample;
}
