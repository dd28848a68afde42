import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { PipeSegmentProperties } from '../../src/layers/pipes/contract.ts';
import type { PipeMaterial, PipeStatus, PipeType } from '../../src/layers/pipes/values.ts';
import { SAMPLE_PLAN_PERIOD } from './sample-years.ts';
import { createDistrictIndex, type DistrictIndex } from '../../src/geo/assign-district.ts';
import {
  localToLonLat,
  sampleDistrictsOf,
  splitCount,
  type SampleDistrict,
} from './sample-districts.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import { streetEdges, type StreetEdge } from './street-grid.ts';

/** Options of {@link generatePipeNetwork}; defaults in {@link PIPE_NETWORK_DEFAULTS}. */
export interface PipeNetworkOptions {
  /** Same seed (and count, and districts), same network, byte for byte. */
  seed: number;
  /** Exactly this many segments: a few hundred for tests, 10^6 for benchmarks. */
  count: number;
  /** Built districts in WGS84 with `properties.seat`; only Guiyang's ten are used. */
  districts: FeatureCollection;
  /** Street blocks are this long at sample sizes (m); shorter for large counts (see below). */
  blockM?: readonly [number, number];
  /** Up to this many segments the blocks keep their length; beyond, they shrink as 1/√count. */
  fullBlockCount?: number;
  /** Share of grid edges with no street (and no pipe), so the grid does not look ruled. */
  streetGap?: number;
  /** Every n-th grid line is a main road: larger pipes, utility tunnels. */
  mainRoadEvery?: number;
}

/** Defaults of {@link PipeNetworkOptions}. */
export const PIPE_NETWORK_DEFAULTS = {
  blockM: [100, 400] as const,
  fullBlockCount: 30_000,
  streetGap: 0.15,
  mainRoadEvery: 5,
};

/** Which pipes a street carries, by road class: chance of each type. */
const TYPE_CHANCE: Record<'main' | 'branch', readonly (readonly [PipeType, number])[]> = {
  main: [
    ['给水', 0.9],
    ['排水-污水', 0.8],
    ['排水-雨水', 0.8],
    ['燃气', 0.6],
    ['综合管廊', 0.25],
  ],
  branch: [
    ['给水', 0.6],
    ['排水-污水', 0.4],
    ['排水-雨水', 0.3],
    ['燃气', 0.3],
  ],
};

/** Pipes of one street lie side by side (m, to the left of the street's direction). */
const OFFSET_M: Record<PipeType, number> = {
  给水: -7,
  '排水-污水': -3,
  综合管廊: 0,
  '排水-雨水': 3,
  燃气: 7,
};

/** Nominal diameters (mm) to pick from; for 综合管廊 the tunnel's inner width. */
const DIAMETERS: Record<PipeType, Record<'main' | 'branch', readonly number[]>> = {
  给水: { main: [400, 600, 800, 1000], branch: [100, 150, 200, 300] },
  '排水-污水': { main: [600, 800, 1000, 1200], branch: [300, 400, 500] },
  '排水-雨水': { main: [1000, 1200, 1500, 2000], branch: [400, 500, 600, 800] },
  燃气: { main: [250, 300, 400], branch: [100, 150, 200] },
  综合管廊: { main: [2600, 3200, 3800, 4500], branch: [2600] },
};

/** Status shares: gas is renewed faster, as 老旧燃气管道更新改造 asks. */
const STATUS_WEIGHTS: Record<'gas' | 'other', readonly (readonly [PipeStatus, number])[]> = {
  gas: [
    ['现状', 0.5],
    ['已改造', 0.28],
    ['改造中', 0.1],
    ['规划', 0.12],
  ],
  other: [
    ['现状', 0.62],
    ['已改造', 0.18],
    ['改造中', 0.08],
    ['规划', 0.12],
  ],
};

/** The oldest construction year of a sample pipe still in service. */
const OLDEST_YEAR = 1985;

function materialOf(type: PipeType, status: PipeStatus, year: number, r: SeededRandom) {
  const old = status === '现状';
  const choose = (w: readonly (readonly [PipeMaterial, number])[]) => r.weighted(w);
  switch (type) {
    case '给水':
      return old && year < 2000
        ? choose([
            ['灰口铸铁', 0.4],
            ['球墨铸铁', 0.4],
            ['钢', 0.2],
          ])
        : choose([
            ['球墨铸铁', 0.6],
            ['PE', 0.25],
            ['钢', 0.15],
          ]);
    case '燃气':
      return old && year < 2005
        ? choose([
            ['灰口铸铁', 0.5],
            ['钢', 0.5],
          ])
        : choose([
            ['PE', 0.7],
            ['钢', 0.3],
          ]);
    case '综合管廊':
      return '钢筋混凝土';
    default:
      return choose([
        ['钢筋混凝土', 0.6],
        ['HDPE', 0.3],
        ['球墨铸铁', 0.1],
      ]);
  }
}

/** Status and a year that fits it (see PIPE_STATUSES), then diameter and material. */
function pipeAttributes(type: PipeType, main: boolean, r: SeededRandom) {
  const status = r.weighted(STATUS_WEIGHTS[type === '燃气' ? 'gas' : 'other']);
  const year =
    status === '现状'
      ? r.int(OLDEST_YEAR, SAMPLE_PLAN_PERIOD.start - 1)
      : status === '已改造'
        ? r.int(SAMPLE_PLAN_PERIOD.start, SAMPLE_PLAN_PERIOD.end)
        : r.int(SAMPLE_PLAN_PERIOD.start + 1, SAMPLE_PLAN_PERIOD.end);
  const sizes = DIAMETERS[type][main ? 'main' : 'branch'];
  const diameterMm = sizes[r.int(0, sizes.length - 1)]!;
  return { status, year, diameterMm, material: materialOf(type, status, year, r) };
}

/** The pipe types laid along one street: each by chance, at least a water main. */
function typesOnStreet(main: boolean, r: SeededRandom): PipeType[] {
  const types = TYPE_CHANCE[main ? 'main' : 'branch']
    .filter(([, p]) => r.chance(p))
    .map(([t]) => t);
  return types.length > 0 ? types : ['给水'];
}

function segmentGeometry(district: SampleDistrict, edge: StreetEdge, type: PipeType): Position[] {
  const [ax, ay] = edge.a;
  const [bx, by] = edge.b;
  const length = Math.hypot(bx - ax, by - ay);
  const [nx, ny] = [-(by - ay) / length, (bx - ax) / length];
  const off = OFFSET_M[type];
  return [
    localToLonLat(district.seat, ax + nx * off, ay + ny * off),
    localToLonLat(district.seat, bx + nx * off, by + ny * off),
  ];
}

/**
 * Pipe segments one by one, for writing 10^6 of them without holding them all. Each district
 * gets its share of `count` and grows a street grid outward from its seat (see street-grid.ts);
 * a district whose polygon is full passes the rest of its share on to the next.
 */
export function* pipeSegments(
  options: PipeNetworkOptions,
): Generator<Feature<LineString, PipeSegmentProperties>> {
  const { seed, count } = options;
  const settings = { ...PIPE_NETWORK_DEFAULTS, ...options };
  const districts = sampleDistrictsOf(options.districts);
  const index: DistrictIndex = createDistrictIndex(options.districts);
  const quotas = splitCount(
    count,
    districts.map((d) => d.weight),
  );
  const scale = Math.min(1, Math.sqrt(settings.fullBlockCount / Math.max(count, 1)));
  let made = 0;
  let carry = 0;
  for (const [i, district] of districts.entries()) {
    const quota = quotas[i]! + carry;
    let madeHere = 0;
    // Streams named by district code: a district's town does not depend on the others.
    const attributes = seededRandom(seed, 2 * Number(district.code) + 1);
    const edges = streetEdges({
      district,
      index,
      random: seededRandom(seed, 2 * Number(district.code)),
      blockM: [settings.blockM[0] * scale, settings.blockM[1] * scale],
      streetGap: settings.streetGap,
      mainRoadEvery: settings.mainRoadEvery,
    });
    for (const edge of edges) {
      if (madeHere >= quota) break;
      for (const type of typesOnStreet(edge.main, attributes)) {
        if (madeHere >= quota) break;
        const coordinates = segmentGeometry(district, edge, type);
        // A street on the border may have a pipe a few metres across it: leave that one out.
        const [[x0, y0], [x1, y1]] = coordinates as [Position, Position];
        if (index.districtAt((x0! + x1!) / 2, (y0! + y1!) / 2) !== district.code) continue;
        made++;
        madeHere++;
        const id = `P${String(made).padStart(6, '0')}`;
        yield {
          type: 'Feature',
          id,
          properties: {
            id,
            type,
            ...pipeAttributes(type, edge.main, attributes),
            district: district.code,
          },
          geometry: { type: 'LineString', coordinates },
        };
      }
    }
    carry = quota - madeHere;
  }
  if (carry > 0)
    throw new Error(`pipe-network: the districts hold only ${made} of ${count} segments`);
}

/**
 * A plausible sample pipe network for Guiyang's built-up areas: exactly `count` segments along
 * street-like grids around the district seats, each with type, status, year, diameter, material
 * and district. Deterministic: pure-rand streams seeded from `seed`, never Math.random.
 */
export function generatePipeNetwork(
  options: PipeNetworkOptions,
): FeatureCollection<LineString, PipeSegmentProperties> {
  return { type: 'FeatureCollection', features: [...pipeSegments(options)] };
}
