import type { FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { smoothSharedRings } from './smooth-shared-rings.ts';

const S = 1 / 1024; // the source's grid step, ~100 m
/** Two districts side by side, their shared border a staircase on the source's grid. */
function staircaseNeighbours(): FeatureCollection<Polygon> {
  const stairs: Position[] = [];
  for (let i = 0; i <= 6; i++) stairs.push([i * S, i * S], [(i + 1) * S, i * S]);
  const last = stairs[stairs.length - 1]!;
  const west: Position[] = [[0, 10 * S], ...stairs, [last[0]!, 10 * S], [0, 10 * S]];
  const east: Position[] = [
    [last[0]!, -5 * S],
    [last[0]!, last[1]!],
    ...[...stairs].reverse(),
    [0, -5 * S],
    [last[0]!, -5 * S],
  ];
  // West goes round clockwise over the stairs, east anticlockwise under them: they share them.
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'W',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [west] },
      },
      {
        type: 'Feature',
        id: 'E',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [east] },
      },
    ],
  };
}
const ring = (c: FeatureCollection, i: number) =>
  (c.features[i]!.geometry as Polygon).coordinates[0]!;
const M_PER_DEGREE = 111_320;

describe('boundaries drawn smoothly, without moving them more than the source’s accuracy', () => {
  const before = staircaseNeighbours();
  const after = smoothSharedRings(before);

  it('moves no vertex by more than the grid step (the source’s ~100 m accuracy)', () => {
    for (const i of [0, 1]) {
      ring(before, i).forEach((p, k) => {
        const q = ring(after, i)[k]!;
        const moved = Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!) * M_PER_DEGREE;
        expect(moved).toBeLessThan(S * M_PER_DEGREE);
      });
    }
  });

  it('keeps the border two districts share identical in both, so no gap opens', () => {
    const key = (p: Position) => `${p[0]!.toFixed(12)},${p[1]!.toFixed(12)}`;
    const west = new Set(ring(after, 0).map(key));
    const shared = ring(after, 1).filter((p) => west.has(key(p)));
    // Every vertex of the staircase (14 of them) is still in both rings.
    expect(shared.length).toBeGreaterThanOrEqual(14);
  });

  it('flattens the saw teeth: the corners of the staircase are no longer right angles', () => {
    const turn = (r: Position[], k: number) => {
      const [a, b, c] = [r[k - 1]!, r[k]!, r[k + 1]!];
      const u = [b[0]! - a[0]!, b[1]! - a[1]!];
      const v = [c[0]! - b[0]!, c[1]! - b[1]!];
      return Math.abs(Math.atan2(u[0]! * v[1]! - u[1]! * v[0]!, u[0]! * v[0]! + u[1]! * v[1]!));
    };
    // vertex 4 is a corner in the middle of the stairs: 90° before, well under it after
    expect(turn(ring(before, 0), 4)).toBeCloseTo(Math.PI / 2, 5);
    expect(turn(ring(after, 0), 4)).toBeLessThan(Math.PI / 4);
  });
});
