import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assignDistrict, createDistrictIndex } from './assign-district.ts';
import { seededRandom } from '../../scripts/samples/seeded-random.ts';
import { expectJsonFixture, readJson } from './__fixtures__/expect-json-fixture.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/assign-district', import.meta.url));
interface Case {
  districts: FeatureCollection;
  points: FeatureCollection<Point>;
}
/** Squares side by side, a notched square with an islet, a square with a lake (derive-structure). */
const SHAPES = readJson<FeatureCollection<Polygon | MultiPolygon>>(
  fileURLToPath(new URL('./__fixtures__/square-districts.geojson', import.meta.url)),
);

describe('assignDistrict', () => {
  it('finds the district of each point: lakes are holes, islands and exclaves count', () => {
    const { districts, points } = readJson<Case>(`${OP_DIR}/in/lake-island-exclave-triangle.json`);
    const codes = assignDistrict(points, districts);
    const byPoint = Object.fromEntries(points.features.map((f, i) => [f.id, codes[i]]));
    expect(byPoint).toEqual({
      'in-mainland': '520102',
      'in-lake': null,
      'on-island': '520103',
      'in-exclave': '520103',
      between: null,
      'ray-through-vertex': '520102',
      'triangle-apex-level': '520111',
      'beside-triangle': null,
      'far-away': null,
    });
  });

  it('agrees with turf’s point-in-polygon on 5 000 random points', () => {
    const random = seededRandom(11);
    const points = Array.from({ length: 5000 }, () => [
      random.between(106.59, 106.74),
      random.between(26.49, 26.56),
    ]);
    const expected = points.map((p) => {
      const hit = SHAPES.features.find((d) => booleanPointInPolygon(p, d as Feature<Polygon>));
      return hit ? String(hit.id) : null;
    });
    expect(assignDistrict(points, createDistrictIndex(SHAPES))).toEqual(expected);
  });

  it('answers null for every point when there is no district', () => {
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    expect(assignDistrict([[106.7, 26.5]], empty)).toEqual([null]);
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    const names = readdirSync(`${OP_DIR}/in`).map((f) => basename(f, '.json'));
    it.each(names)('%s', (name) => {
      const { districts, points } = readJson<Case>(`${OP_DIR}/in/${name}.json`);
      expectJsonFixture(assignDistrict(points, districts), `${OP_DIR}/out/${name}.json`);
    });
  });
});
