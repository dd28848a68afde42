import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';

/** Where a ring crosses itself: ring index (0 = outer), segments and the point. */
export interface SelfIntersection {
  /** Polygon index within a MultiPolygon (0 for a Polygon). */
  polygon: number;
  ring: number;
  segments: [number, number];
  at: Position;
}

const orient = (a: Position, b: Position, c: Position) =>
  (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);

/** The point where segments p1p2 and p3p4 cross (each passes to the other's other side). */
function cross(p1: Position, p2: Position, p3: Position, p4: Position): Position | undefined {
  const d1 = orient(p3, p4, p1);
  const d2 = orient(p3, p4, p2);
  const d3 = orient(p1, p2, p3);
  const d4 = orient(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [p1[0]! + t * (p2[0]! - p1[0]!), p1[1]! + t * (p2[1]! - p1[1]!)];
  }
  return undefined;
}

/**
 * The first place where a closed ring crosses itself (a bow tie), between segments that are
 * not neighbours. Touching without crossing — a spike, a vertex on another edge, repeated
 * vertices — is not reported: boundary data quantised to 1/1024° is full of it and it draws
 * and measures correctly. A flatbush index of the segments keeps big rings fast, where
 * @turf/kinks compares every pair (O(n²)) and also counts every touch.
 */
export function findRingSelfIntersection(
  ring: Position[],
): { segments: [number, number]; at: Position } | undefined {
  const pts = ring.filter(
    (p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1],
  );
  const n = pts.length - 1; // segments
  if (n < 3) return undefined;
  const adjacent = (i: number, j: number) => j - i === 1 || (i === 0 && j === n - 1);
  const test = (i: number, j: number) =>
    adjacent(i, j) ? undefined : cross(pts[i]!, pts[i + 1]!, pts[j]!, pts[j + 1]!);
  if (n <= 64) {
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const at = test(i, j);
        if (at) return { segments: [i, j], at };
      }
    return undefined;
  }
  const index = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const [a, b] = [pts[i]!, pts[i + 1]!];
    index.add(
      Math.min(a[0]!, b[0]!),
      Math.min(a[1]!, b[1]!),
      Math.max(a[0]!, b[0]!),
      Math.max(a[1]!, b[1]!),
    );
  }
  index.finish();
  for (let i = 0; i < n; i++) {
    const [a, b] = [pts[i]!, pts[i + 1]!];
    const hits = index
      .search(
        Math.min(a[0]!, b[0]!),
        Math.min(a[1]!, b[1]!),
        Math.max(a[0]!, b[0]!),
        Math.max(a[1]!, b[1]!),
      )
      .filter((j) => j > i)
      .sort((x, y) => x - y);
    for (const j of hits) {
      const at = test(i, j);
      if (at) return { segments: [i, j], at };
    }
  }
  return undefined;
}

/** The first self-intersecting ring of a Polygon or MultiPolygon, or undefined for others. */
export function findSelfIntersection(geometry: Geometry | null): SelfIntersection | undefined {
  const polygons =
    geometry?.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry?.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p]!;
    for (let r = 0; r < rings.length; r++) {
      const found = findRingSelfIntersection(rings[r]!);
      if (found) return { polygon: p, ring: r, ...found };
    }
  }
  return undefined;
}
