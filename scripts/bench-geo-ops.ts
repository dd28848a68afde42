/**
 * The data-side half of `npm run bench`: the product's spatial operations against the naive
 * way of doing the same thing, on the same seeded inputs, with a check that both agree.
 *   npx tsx scripts/bench-geo-ops.ts   (prints JSON; `scripts/bench.ts` calls benchGeoOps)
 */
import { resolve } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { cellToLatLng, polygonToCells } from 'h3-js';
import proj4 from 'proj4';
import { buildDatasets } from './data/build-datasets.ts';
import { assignDistrict } from '../src/geo/assign-district.ts';
import { computeCoverageCells } from '../src/geo/compute-coverage-cells.ts';
import { generateChargingStations } from './samples/generate-charging-stations.ts';
import { seededRandom } from './samples/seeded-random.ts';
import { transformFromWgs84, transformToWgs84 } from '../src/geo/transform-position.ts';

/** One comparison: the product's time and the naive one (ms; median where runs > 1). */
export interface GeoOpResult {
  name: string;
  size: number;
  productMs: number;
  productRuns: number[];
  naiveMs: number | null;
  naiveRuns: number[];
  /** naive / product: how many times faster the product is. */
  speedup: number | null;
  /** Whether both gave the same answer. */
  agree: boolean | null;
  target?: string;
  note?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Times `run` `runs` times after one warm-up call; returns the runs and the last result. */
function timeRuns<T>(run: () => T, runs: number, warmup = true): { ms: number[]; result: T } {
  let result = warmup ? run() : (undefined as T);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = run();
    ms.push(performance.now() - started);
  }
  return { ms, result };
}

const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Naive coverage: every cell of the stations' box, tested against every station in turn. */
function naiveCoverage(positions: readonly Position[], distanceKm: number, resolution: number) {
  const pad = distanceKm / 100 + 0.05; // ≥ the distance in degrees at Guiyang's latitude
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  const [w, e] = [Math.min(...lons) - pad, Math.max(...lons) + pad];
  const [s, n] = [Math.min(...lats) - pad, Math.max(...lats) + pad];
  const box = [
    [
      [s, w],
      [s, e],
      [n, e],
      [n, w],
      [s, w],
    ],
  ];
  const limit = Math.sin(distanceKm / EARTH_KM / 2) ** 2;
  const covered: string[] = [];
  for (const cell of polygonToCells(box, resolution)) {
    const [lat, lon] = cellToLatLng(cell).map((v) => v * RAD) as [number, number];
    for (const p of positions) {
      const [plat, plon] = [p[1]! * RAD, p[0]! * RAD];
      const a = Math.sin((plat - lat) / 2) ** 2;
      const b = Math.cos(lat) * Math.cos(plat) * Math.sin((plon - lon) / 2) ** 2;
      if (a + b <= limit) {
        covered.push(cell);
        break;
      }
    }
  }
  return covered.sort();
}

/** Naive assignment: turf's point-in-polygon against every district, first match wins. */
function naiveAssign(points: readonly Position[], districts: FeatureCollection) {
  const polygons = districts.features as Feature<Polygon | MultiPolygon>[];
  return points.map((p) => {
    const hit = polygons.find((d) => booleanPointInPolygon(p, d));
    return hit ? String(hit.properties?.id ?? hit.id) : null;
  });
}

// The EPSG:4545 definition, as src/geo/transform-position.ts holds it (not exported there).
const EPSG_4545 =
  '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

/** Runs every data-side comparison; `naiveCapStations` skips naive coverage above it. */
export function benchGeoOps(options: { runs?: number; naiveCapStations?: number } = {}) {
  const runs = options.runs ?? 5;
  const naiveCap = options.naiveCapStations ?? 10_000;
  const { datasets, tables } = buildDatasets(resolve('geodata'), {
    only: ['districts', 'townships'],
  });
  const districts = datasets.find((d) => d.meta.id === 'districts')!.collection;
  const townships = tables.find((t) => t.meta.id === 'townships')!.rows;
  const results: GeoOpResult[] = [];
  const result = (r: Omit<GeoOpResult, 'productMs' | 'naiveMs' | 'speedup'>): GeoOpResult => {
    const productMs = median(r.productRuns);
    const naiveMs = r.naiveRuns.length > 0 ? median(r.naiveRuns) : null;
    return { ...r, productMs, naiveMs, speedup: naiveMs === null ? null : naiveMs / productMs };
  };

  for (const size of [1_000, 10_000, 100_000]) {
    const stations = generateChargingStations({ seed: 1, count: size, districts, townships });
    const positions = stations.features.map((f) => f.geometry.coordinates);
    const fast = timeRuns(() => computeCoverageCells(positions, { distanceKm: 3 }), runs);
    const naive =
      size <= naiveCap
        ? timeRuns(() => naiveCoverage(positions, 3, fast.result.resolution), 1, false)
        : null;
    results.push(
      result({
        name: 'coverage cells, 3 km (vs distance from every cell to every station)',
        size,
        productRuns: fast.ms,
        naiveRuns: naive?.ms ?? [],
        agree: naive ? naive.result.join() === fast.result.cells.join() : null,
        ...(size === 10_000 ? { target: '≤ 500 ms' } : {}),
        ...(naive ? {} : { note: `naive not run above ${naiveCap} stations (quadratic)` }),
      }),
    );
  }

  const random = seededRandom(7);
  const points = Array.from({ length: 100_000 }, () => [
    random.between(106.1, 107.3),
    random.between(26.1, 27.4),
  ]);
  const fastAssign = timeRuns(() => assignDistrict(points, districts), runs);
  const naiveAssigned = timeRuns(() => naiveAssign(points, districts), 1, false);
  const differ = fastAssign.result.filter((d, i) => d !== naiveAssigned.result[i]).length;
  results.push(
    result({
      name: 'district assignment, index built each run (vs turf point-in-polygon per district)',
      size: points.length,
      productRuns: fastAssign.ms,
      naiveRuns: naiveAssigned.ms,
      // Points exactly on a shared border may go either way; count them rather than hide them.
      agree: differ === 0,
      target: '≤ 500 ms',
      ...(differ > 0 ? { note: `${differ} points assigned differently` } : {}),
    }),
  );

  const projected = points.map(transformFromWgs84('EPSG:4545'));
  const fastProject = timeRuns(() => projected.map(transformToWgs84('EPSG:4545')), runs);
  const naiveProject = timeRuns(
    () => projected.map((p) => proj4(EPSG_4545, 'EPSG:4326', [p[0]!, p[1]!])),
    3,
  );
  const worst = Math.max(
    ...fastProject.result.map((p, i) =>
      Math.max(
        Math.abs(p[0]! - naiveProject.result[i]![0]!),
        Math.abs(p[1]! - naiveProject.result[i]![1]!),
      ),
    ),
  );
  results.push(
    result({
      name: 'reprojection EPSG:4545 → WGS84 (vs proj4 per point, converter not cached)',
      size: projected.length,
      productRuns: fastProject.ms,
      naiveRuns: naiveProject.ms,
      agree: worst < 1e-6,
      note: `product ${Math.round(projected.length / (median(fastProject.ms) / 1000)).toLocaleString('en')} points/s, naive ${Math.round(projected.length / (median(naiveProject.ms) / 1000)).toLocaleString('en')} points/s`,
    }),
  );
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(benchGeoOps(), null, 2));
}
