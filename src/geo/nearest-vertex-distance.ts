import Flatbush from 'flatbush';
import type { FeatureCollection, Position } from 'geojson';
import { eachPosition } from './sample-positions.ts';

// Per-vertex distances are capped so that vertices far from any boundary (a parcel in the
// middle of a district) weigh the same for every candidate instead of drowning the signal.
const CAP_METRES = 2000;
const METRES_PER_DEGREE = 111_195;

/** The vertices of a collection in a flatbush index, for nearest-vertex queries. */
export interface VertexIndex {
  index: Flatbush;
  xs: Float64Array;
  ys: Float64Array;
  /** Longitude scale (cos of the mean latitude), so index distances are isotropic. */
  k: number;
}
const cache = new WeakMap<FeatureCollection, VertexIndex | null>();

/** Indexes the vertices of a (WGS84) collection, once per collection; null when it has none. */
export function nearestVertexIndex(collection: FeatureCollection): VertexIndex | null {
  if (cache.has(collection)) return cache.get(collection)!;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const feature of collection.features) {
    eachPosition(feature.geometry, (p) => {
      xs.push(p[0]!);
      ys.push(p[1]!);
    });
  }
  let built: VertexIndex | null = null;
  if (xs.length > 0) {
    const meanLat = ys.reduce((s, y) => s + y, 0) / ys.length;
    const k = Math.cos((meanLat * Math.PI) / 180);
    const index = new Flatbush(xs.length);
    for (let i = 0; i < xs.length; i++) index.add(xs[i]! * k, ys[i]!);
    index.finish();
    built = { index, xs: Float64Array.from(xs), ys: Float64Array.from(ys), k };
  }
  cache.set(collection, built);
  return built;
}

/**
 * The mean distance (m) from each position to its nearest indexed vertex, each capped at
 * 2 km. Equirectangular metres: plenty to compare candidates a few hundred metres apart.
 */
export function meanNearestDistance(vertices: VertexIndex, positions: Position[]): number {
  const capDegrees = CAP_METRES / METRES_PER_DEGREE;
  let sum = 0;
  for (const p of positions) {
    const [hit] = vertices.index.neighbors(p[0]! * vertices.k, p[1]!, 1, capDegrees);
    if (hit === undefined) {
      sum += CAP_METRES;
      continue;
    }
    const dx = (vertices.xs[hit]! - p[0]!) * vertices.k;
    const dy = vertices.ys[hit]! - p[1]!;
    sum += Math.min(CAP_METRES, Math.hypot(dx, dy) * METRES_PER_DEGREE);
  }
  return positions.length ? sum / positions.length : CAP_METRES;
}
