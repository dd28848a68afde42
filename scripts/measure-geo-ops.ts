/**
 * Times the spatial operations that have scale targets, on this machine:
 *   npx tsx scripts/measure-geo-ops.ts
 * coverage cells for 10^4 stations at 3 km (target ≤ 0.5 s), district assignment of 10^5
 * points (target ≤ 0.5 s), and, for reference, the outline and pipe-renewal figures.
 * Each figure is the median of five runs after one warm-up run (h3-js compiles its wasm).
 */
import { resolve } from 'node:path';
import { buildDatasets } from './data/build-datasets.ts';
import { assignDistrict, createDistrictIndex } from '../src/geo/assign-district.ts';
import { computeCoverageCells } from '../src/geo/compute-coverage-cells.ts';
import { computePipeRenewal, pipeLengthsKm } from '../src/layers/pipes/compute-pipe-renewal.ts';
import { coverageCellsToGeojson } from '../src/geo/coverage-cells-to-geojson.ts';
import { generateChargingStations } from './samples/generate-charging-stations.ts';
import { generatePipeNetwork } from './samples/generate-pipe-network.ts';
import { seededRandom } from './samples/seeded-random.ts';

const { datasets, tables } = buildDatasets(resolve('geodata'), {
  only: ['districts', 'townships'],
});
const districts = datasets.find((d) => d.meta.id === 'districts')!.collection;
const townships = tables.find((t) => t.meta.id === 'townships')!.rows;

/** Median wall time (ms) of `runs` calls after one warm-up call; returns the last result too. */
function time<T>(label: string, run: () => T, runs = 5): T {
  let result = run();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: ${ms[Math.floor(runs / 2)]!.toFixed(1)} ms (median of ${runs})`);
  return result;
}

const stations = generateChargingStations({ seed: 1, count: 10_000, districts, townships });
for (const distanceKm of [1, 3, 5]) {
  const coverage = time(`coverage cells, 10^4 stations, ${distanceKm} km`, () =>
    computeCoverageCells(stations, { distanceKm }),
  );
  console.log(`  → ${coverage.cells.length} cells at resolution ${coverage.resolution}`);
  if (distanceKm === 3)
    time(
      '  outline of those cells (cellsToMultiPolygon)',
      () => coverageCellsToGeojson(coverage),
      3,
    );
}

// Worst case for grouping: stations spread evenly, so nearly every one has its own cell.
const spread = seededRandom(8);
const evenStations = Array.from({ length: 10_000 }, () => [
  spread.between(106.1, 107.3),
  spread.between(26.1, 27.4),
]);
const even = time('coverage cells, 10^4 stations spread evenly, 3 km', () =>
  computeCoverageCells(evenStations, { distanceKm: 3 }),
);
console.log(`  → ${even.cells.length} cells at resolution ${even.resolution}`);

const random = seededRandom(7);
const points = Array.from({ length: 100_000 }, () => [
  random.between(106.1, 107.3),
  random.between(26.1, 27.4),
]);
const assigned = time('district assignment, 10^5 points (index built each run)', () =>
  assignDistrict(points, districts),
);
console.log(`  → ${assigned.filter((d) => d !== null).length} points inside a district`);
const index = createDistrictIndex(districts);
time('district assignment, 10^5 points (index reused)', () => assignDistrict(points, index));

const pipes = generatePipeNetwork({ seed: 1, count: 100_000, districts });
const lengths = time('pipe lengths, 10^5 segments (@turf/length)', () => pipeLengthsKm(pipes), 3);
time('pipe renewal figures, 10^5 segments, lengths reused', () =>
  computePipeRenewal(pipes, { year: 2027, fromYear: 2025 }, lengths),
);
