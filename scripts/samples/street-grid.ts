import type { DistrictIndex } from '../../src/geo/assign-district.ts';
import { localToLonLat, lonLatToLocal, type SampleDistrict } from './sample-districts.ts';
import type { SeededRandom } from './seeded-random.ts';

/** One street between two grid crossings, in metres east/north of the district seat. */
export interface StreetEdge {
  a: [number, number];
  b: [number, number];
  /** On a main road (every n-th grid line). */
  main: boolean;
  /** Distance from the seat, stretched by direction so the town is not a perfect disc. */
  reach: number;
}

/** What {@link streetEdges} needs; all lengths in metres. */
export interface StreetGridOptions {
  district: SampleDistrict;
  index: DistrictIndex;
  random: SeededRandom;
  blockM: readonly [number, number];
  streetGap: number;
  mainRoadEvery: number;
}

/** Grid-line offsets along one axis, drawn lazily outward from the seat in both directions. */
function lineAxis(random: SeededRandom, blockM: readonly [number, number]) {
  const positive = [0];
  const negative = [0];
  return (i: number): number => {
    const side = i >= 0 ? positive : negative;
    const sign = i >= 0 ? 1 : -1;
    while (side.length <= Math.abs(i)) {
      side.push(side[side.length - 1]! + sign * random.between(blockM[0], blockM[1]));
    }
    return side[Math.abs(i)]!;
  };
}

/** The grid crossings whose larger index magnitude is k, in a fixed order. */
function* ring(k: number): Generator<[number, number]> {
  if (k === 0) return yield [0, 0];
  for (let j = -k; j <= k; j++) {
    yield [-k, j];
    yield [k, j];
  }
  for (let i = -k + 1; i <= k - 1; i++) {
    yield [i, -k];
    yield [i, k];
  }
}

/** Town outline: reach is stretched by 0.66–1.34 depending on direction. */
const SHAPE_MIN = 0.66;

/** A min-heap of streets by reach (ties by arrival), so the walk stays O(n log n). */
function streetHeap() {
  const items: { edge: StreetEdge; seq: number }[] = [];
  const less = (x: number, y: number) => {
    const [a, b] = [items[x]!, items[y]!];
    return a.edge.reach < b.edge.reach || (a.edge.reach === b.edge.reach && a.seq < b.seq);
  };
  const swap = (x: number, y: number) => ([items[x], items[y]] = [items[y]!, items[x]!]);
  let seq = 0;
  return {
    get size() {
      return items.length;
    },
    peek: () => items[0]!.edge.reach,
    push(edge: StreetEdge) {
      items.push({ edge, seq: seq++ });
      for (let i = items.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1);
    },
    pop(): StreetEdge {
      const top = items[0]!.edge;
      const last = items.pop()!;
      if (items.length === 0) return top;
      items[0] = last;
      for (let i = 0, m = 0; ; i = m) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        if (l < items.length && less(l, m)) m = l;
        if (r < items.length && less(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
      }
      return top;
    },
  };
}

/**
 * The streets of a district's town, nearest first. A grid of irregular blocks, rotated by a
 * random angle, is walked ring by ring outward from the seat; streets whose midpoint lies in the
 * district are yielded in order of their (direction-stretched) distance, so any prefix is a
 * compact, irregular town around the seat, and a larger count grows the same town outward.
 * Ends when the rings have passed the district's bounding box.
 */
export function* streetEdges(options: StreetGridOptions): Generator<StreetEdge> {
  const { district, index, random, blockM, streetGap, mainRoadEvery } = options;
  const theta = random.between(0, Math.PI / 2);
  const [p1, p2] = [random.between(0, 2 * Math.PI), random.between(0, 2 * Math.PI)];
  const u = lineAxis(random, blockM);
  const v = lineAxis(random, blockM);
  const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
  const at = (i: number, j: number): [number, number] => {
    const [x, y] = [u(i), v(j)];
    return [x * cos - y * sin, x * sin + y * cos];
  };
  // The farthest corner of the district's box from the seat bounds the walk.
  const [west, south, east, north] = district.bbox;
  const corners = [
    [west, south],
    [west, north],
    [east, south],
    [east, north],
  ];
  const farthest = Math.max(...corners.map((c) => Math.hypot(...lonLatToLocal(district.seat, c))));
  const pending = streetHeap();
  for (let k = 0; ; k++) {
    for (const [i, j] of ring(k)) {
      for (const eastward of [true, false]) {
        if (random.chance(streetGap)) continue;
        const a = at(i, j);
        const b = eastward ? at(i + 1, j) : at(i, j + 1);
        const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        const [lon, lat] = localToLonLat(district.seat, mid[0], mid[1]) as [number, number];
        if (index.districtAt(lon, lat) !== district.code) continue;
        const angle = Math.atan2(mid[1], mid[0]);
        const shape = 1 + 0.22 * Math.sin(3 * angle + p1) + 0.12 * Math.sin(5 * angle + p2);
        const line = eastward ? j : i; // an eastward street lies on grid line v = j
        const main = line % mainRoadEvery === 0;
        pending.push({ a, b, main, reach: Math.hypot(mid[0], mid[1]) * shape });
      }
    }
    // Every later street has its midpoint at least `near` from the seat (see ring()).
    const near = Math.min(-u(-k), u(k), -v(-k), v(k));
    const done = near > farthest;
    const bound = done ? Infinity : near * SHAPE_MIN;
    while (pending.size > 0 && pending.peek() < bound) yield pending.pop();
    if (done) return;
  }
}
