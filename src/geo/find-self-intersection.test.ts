import kinks from '@turf/kinks';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findRingSelfIntersection, findSelfIntersection } from './find-self-intersection.ts';

const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const BOW_TIE = [
  [0, 0],
  [1, 1],
  [1, 0],
  [0, 1],
  [0, 0],
];
const SQUARE = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];
/** A ring of n vertices on a circle; with `twist` two of its vertices are swapped (a crossing). */
const circle = (n: number, twist = false): Position[] => {
  const ring = Array.from({ length: n }, (_, i) => [
    Math.cos((2 * Math.PI * i) / n),
    Math.sin((2 * Math.PI * i) / n),
  ]);
  if (twist) [ring[10], ring[n - 10]] = [ring[n - 10]!, ring[10]!];
  return [...ring, ring[0]!];
};

describe('findSelfIntersection: a planner imports rings that cross themselves', () => {
  it('finds the crossing of a bow tie, where @turf/kinks finds it too', () => {
    const found = findSelfIntersection(polygon(BOW_TIE));
    expect(found).toMatchObject({ polygon: 0, ring: 0, segments: [0, 2], at: [0.5, 0.5] });
    expect(kinks(polygon(BOW_TIE)).features).toHaveLength(1);
  });

  it('finds nothing in a square, as @turf/kinks', () => {
    expect(findSelfIntersection(polygon(SQUARE))).toBeUndefined();
    expect(kinks(polygon(SQUARE)).features).toHaveLength(0);
  });

  it('agrees with @turf/kinks on big rings (the flatbush path), with and without a crossing', () => {
    expect(findRingSelfIntersection(circle(500))).toBeUndefined();
    expect(kinks(polygon(circle(500))).features).toHaveLength(0);
    expect(findRingSelfIntersection(circle(500, true))).toBeDefined();
    expect(kinks(polygon(circle(500, true))).features.length).toBeGreaterThan(0);
  });

  it('ignores repeated vertices and spikes that touch without crossing (quantised boundaries)', () => {
    const repeated = [
      [0, 0],
      [1, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const spike = [
      [0, 0],
      [1, 0],
      [1, 0.5],
      [2, 0.5],
      [1, 0.5],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(findRingSelfIntersection(repeated)).toBeUndefined();
    expect(findRingSelfIntersection(spike)).toBeUndefined();
  });

  it('names the polygon and ring of a multi-polygon, holes included', () => {
    const found = findSelfIntersection({
      type: 'MultiPolygon',
      coordinates: [
        [SQUARE],
        [SQUARE.map(([x, y]) => [x! * 4, y! * 4]), BOW_TIE.map(([x, y]) => [x! + 1, y! + 1])],
      ],
    });
    expect(found).toMatchObject({ polygon: 1, ring: 1 });
  });

  it('checks 100 000 vertices without comparing every pair', () => {
    // Speed lives in the benchmarks; this bound only catches a quadratic check (10^10 pairs
    // would take minutes), with room for a loaded machine.
    const start = performance.now();
    expect(findRingSelfIntersection(circle(100_000))).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('returns undefined for lines, points and null geometry', () => {
    expect(findSelfIntersection({ type: 'LineString', coordinates: BOW_TIE })).toBeUndefined();
    expect(findSelfIntersection(null)).toBeUndefined();
  });
});
