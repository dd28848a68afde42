import { fileURLToPath } from 'node:url';
import area from '@turf/area';
import { polygon } from '@turf/helpers';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { describe, expect, it } from 'vitest';
import { deriveStructure, dropSlivers, SLIVER_AREA_M2 } from './derive-structure.ts';
import {
  expectJsonFixture,
  fixtureCases,
  readJson,
} from '../../src/geo/__fixtures__/expect-json-fixture.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/derive-structure', import.meta.url));
const CASES = fixtureCases(OP_DIR);
/** Shared input: squares A|B side by side, F|E with a notch and an islet, L with a lake. */
const DISTRICTS = readJson<FeatureCollection>(
  fileURLToPath(new URL('../../src/geo/__fixtures__/square-districts.geojson', import.meta.url)),
);

const derive = (name: string) =>
  deriveStructure(readJson(`${OP_DIR}/in/${name}.geojson`), DISTRICTS);
const onlyFeature = (collection: FeatureCollection) => {
  expect(collection.features).toHaveLength(1);
  return collection.features[0]! as Feature;
};
const districtArea = (id: string) => area(DISTRICTS.features.find((d) => d.id === id)!);

/** Elements as the structure file has them: geometry null until derived. */
const elementsOf = (...features: Feature<Geometry | null>[]) =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection;

/** A square of `side` degrees with its south-west corner at `[x, y]`, counter-clockwise. */
const square = (x: number, y: number, side: number): Position[] => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
  [x, y],
];

describe('deriveStructure', () => {
  it('unites two adjacent district squares into one polygon without the shared edge', () => {
    const core = onlyFeature(derive('union-of-adjacent-squares'));
    expect(core.id).toBe('core');
    expect(core.geometry.type).toBe('Polygon');
    expect((core.geometry as Polygon).coordinates).toHaveLength(1);
    expect(area(core)).toBeCloseTo(districtArea('A') + districtArea('B'), -2);
    // the recipe is build input, not a property users should see
    expect(core.properties).toEqual({ id: 'core', name: '一核' });
  });

  it('places a cluster at its district’s seat point', () => {
    const cluster = onlyFeature(derive('seat-point'));
    expect(cluster).toEqual({
      type: 'Feature',
      id: 'cluster-a',
      properties: { id: 'cluster-a', name: '组团' },
      geometry: { type: 'Point', coordinates: [106.61, 26.51] },
    });
  });

  it('passes an element with its own geometry through untouched', () => {
    const input = readJson<FeatureCollection>(`${OP_DIR}/in/own-geometry-passes-through.geojson`);
    expect(derive('own-geometry-passes-through').features).toEqual(input.features);
  });

  it('drops the hairline hole and the islet a union of neighbours leaves, below SLIVER_AREA_M2', () => {
    const north = onlyFeature(derive('slivers-and-sliver-holes-dropped'));
    expect(north.geometry).toMatchObject({ type: 'Polygon' });
    expect((north.geometry as Polygon).coordinates).toHaveLength(1);
  });

  it('keeps a real lake as a hole, and takes a single district as its own union', () => {
    const lake = onlyFeature(derive('real-lake-kept-single-district'));
    const rings = (lake.geometry as Polygon).coordinates;
    expect(lake.geometry.type).toBe('Polygon');
    expect(rings).toHaveLength(2);
    expect(area(polygon([rings[1]!]))).toBeGreaterThan(SLIVER_AREA_M2);
  });

  it('stops on an unknown district id, naming the element and the district', () => {
    const elements = elementsOf({
      type: 'Feature',
      id: 'centre-north',
      properties: { derive: { union: ['A', '520199'] } },
      geometry: null,
    });
    expect(() => deriveStructure(elements, DISTRICTS)).toThrow(
      'structure element centre-north: district 520199 not found',
    );
    const seat = { ...elements.features[0]!, properties: { derive: { seatOf: 'X' } } };
    expect(() => deriveStructure({ ...elements, features: [seat] }, DISTRICTS)).toThrow(
      'structure element centre-north: district X not found',
    );
  });

  it('stops when a seat is asked of a district that has none', () => {
    const noSeat: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ ...DISTRICTS.features[0]!, properties: { id: 'A' } }],
    };
    const elements = elementsOf({
      type: 'Feature',
      id: 'c',
      properties: { derive: { seatOf: 'A' } },
      geometry: null,
    });
    expect(() => deriveStructure(elements, noSeat)).toThrow(
      'structure element c: district A has no seat',
    );
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    it.each(CASES)('$name', ({ in: file, out }) => {
      expectJsonFixture(deriveStructure(readJson(file), DISTRICTS), out);
    });
  });
});

describe('dropSlivers', () => {
  // At 26.5°N a 0.005° square is ~0.27 km² and a 0.01° square ~1.1 km², either side of 0.5 km².
  const small = square(106.8, 26.5, 0.005);
  const large = square(106.7, 26.5, 0.01);

  it('has its threshold between the two test squares', () => {
    expect(area(polygon([small]))).toBeLessThan(SLIVER_AREA_M2);
    expect(area(polygon([large]))).toBeGreaterThan(SLIVER_AREA_M2);
  });

  it('drops a part below SLIVER_AREA_M2 and returns the one part left as a Polygon', () => {
    const parts: MultiPolygon = { type: 'MultiPolygon', coordinates: [[large], [small]] };
    expect(dropSlivers(parts)).toEqual({ type: 'Polygon', coordinates: [large] });
  });

  it('keeps a MultiPolygon when more than one real part is left', () => {
    const far = square(106.9, 26.5, 0.01);
    const parts: MultiPolygon = { type: 'MultiPolygon', coordinates: [[large], [small], [far]] };
    expect(dropSlivers(parts)).toEqual({ type: 'MultiPolygon', coordinates: [[large], [far]] });
  });

  it('fills a hole below SLIVER_AREA_M2 and keeps one above it', () => {
    const outer = square(106.6, 26.4, 0.05);
    const tinyHole = square(106.61, 26.41, 0.002).reverse();
    const lake = square(106.63, 26.42, 0.01).reverse();
    expect(dropSlivers({ type: 'Polygon', coordinates: [outer, tinyHole, lake] })).toEqual({
      type: 'Polygon',
      coordinates: [outer, lake],
    });
  });
});
