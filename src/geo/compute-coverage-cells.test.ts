import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellToLatLng, latLngToCell, polygonToCells } from 'h3-js';
import distance from '@turf/distance';
import type { FeatureCollection, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  computeCoverageCells,
  coverageResolutionFor,
  type CoverageOptions,
} from './compute-coverage-cells.ts';
import { coverageCellsToGeojson } from './coverage-cells-to-geojson.ts';
import { seededRandom } from '../../scripts/samples/seeded-random.ts';
import { expectJsonFixture, readJson } from './__fixtures__/expect-json-fixture.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/compute-coverage-cells', import.meta.url));
type Case = FeatureCollection<Point> & { options: CoverageOptions };
const load = (name: string) => readJson<Case>(`${OP_DIR}/in/${name}.geojson`);

/** Every cell of a box around the stations whose centre is within the distance: the slow way. */
function bruteForce(stations: Position[], distanceKm: number, resolution: number): string[] {
  const margin = distanceKm / 100 + 0.02; // degrees, comfortably more than the distance
  const [xs, ys] = [stations.map((p) => p[0]!), stations.map((p) => p[1]!)];
  const [w, s, e, n] = [
    Math.min(...xs) - margin,
    Math.min(...ys) - margin,
    Math.max(...xs) + margin,
    Math.max(...ys) + margin,
  ];
  const box = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  return polygonToCells(box, resolution, true)
    .filter((cell) => {
      const [lat, lon] = cellToLatLng(cell);
      return stations.some((p) => distance(p, [lon, lat], { units: 'kilometers' }) <= distanceKm);
    })
    .sort();
}

describe('computeCoverageCells', () => {
  it('chooses cells whose edge is at most a quarter of the service distance', () => {
    expect([1, 3, 5, 10].map(coverageResolutionFor)).toEqual([9, 8, 8, 7]);
  });

  it.each([1, 3, 5])(
    'finds exactly the cells within %s km of a station (against brute force)',
    (km) => {
      const random = seededRandom(km);
      const stations = Array.from({ length: 25 }, () => [
        random.between(106.6, 106.9),
        random.between(26.4, 26.7),
      ]);
      const result = computeCoverageCells(stations, { distanceKm: km });
      expect(result.cells).toEqual(bruteForce(stations, km, result.resolution));
    },
  );

  it('covers about π·d² around a lone station, its own cell included', () => {
    const result = computeCoverageCells([[106.7, 26.58]], { distanceKm: 3 });
    const { features } = coverageCellsToGeojson(result);
    expect(features[0]!.properties.areaKm2 / (Math.PI * 9)).toBeCloseTo(1, 1);
    expect(result.cells).toContain(latLngToCell(26.58, 106.7, result.resolution));
  });

  it('gives the same cells whatever the order of the stations', () => {
    const stations = load('two-stations-3km-overlapping');
    const reversed = { ...stations, features: [...stations.features].reverse() };
    expect(computeCoverageCells(reversed, stations.options)).toEqual(
      computeCoverageCells(stations, stations.options),
    );
  });

  it('draws nothing when there is no station', () => {
    const result = computeCoverageCells([], { distanceKm: 5 });
    expect(result).toEqual({ distanceKm: 5, resolution: 8, cells: [] });
    expect(coverageCellsToGeojson(result).features).toEqual([]);
  });

  it('outlines overlapping discs as one polygon, not one hexagon per cell', () => {
    const case2 = load('two-stations-3km-overlapping');
    const outline = coverageCellsToGeojson(computeCoverageCells(case2, case2.options));
    expect(outline.features).toHaveLength(1);
    expect(outline.features[0]!.geometry.coordinates).toHaveLength(1);
    const ring = outline.features[0]!.geometry.coordinates[0]![0]!;
    expect(ring[0]).toEqual(ring.at(-1)); // closed, [lon, lat]
    expect(ring[0]![0]).toBeGreaterThan(106);
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    const names = readdirSync(`${OP_DIR}/in`).map((f) => basename(f, '.geojson'));
    it.each(names)('%s', (name) => {
      const stations = load(name);
      const coverage = computeCoverageCells(stations, stations.options);
      const outline = coverageCellsToGeojson(coverage);
      expectJsonFixture({ ...outline, cells: coverage.cells }, `${OP_DIR}/out/${name}.geojson`);
    });
  });
});
