import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Bounds } from '../model/feature-ref.ts';

/**
 * The bounding box of some features picked by id from several collections (e.g. the places
 * of a measure across layers), or undefined when none of them has a geometry.
 */
export function boundsOfFeatures(
  picks: readonly { collection: FeatureCollection | undefined; ids: readonly string[] | null }[],
): Bounds | undefined {
  // A plain coordinate walk rather than @turf/bbox: this runs in the public embed, whose
  // first load must carry no turf code (and the walk is all bbox does).
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([x = NaN, y = NaN]: Position) => {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  };
  const walk = (g: Geometry): void => {
    switch (g.type) {
      case 'GeometryCollection':
        return g.geometries.forEach(walk);
      case 'Point':
        return add(g.coordinates);
      case 'MultiPoint':
      case 'LineString':
        return g.coordinates.forEach(add);
      case 'MultiLineString':
      case 'Polygon':
        return g.coordinates.forEach((ring) => ring.forEach(add));
      case 'MultiPolygon':
        return g.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(add)));
    }
  };
  for (const { collection, ids } of picks) {
    // null: every feature of the collection
    const wanted = ids && new Set(ids);
    for (const feature of collection?.features ?? []) {
      const id = String(feature.id ?? feature.properties?.id);
      if (feature.geometry && (!wanted || wanted.has(id))) walk(feature.geometry);
    }
  }
  return box[0] === Infinity ? undefined : box;
}

/** The box holding all of these boxes, or undefined when there are none. */
export function unionOfBounds(boxes: readonly (Bounds | undefined)[]): Bounds | undefined {
  const present = boxes.filter((b): b is Bounds => b !== undefined);
  if (present.length === 0) return undefined;
  return [
    Math.min(...present.map((b) => b[0])),
    Math.min(...present.map((b) => b[1])),
    Math.max(...present.map((b) => b[2])),
    Math.max(...present.map((b) => b[3])),
  ];
}
