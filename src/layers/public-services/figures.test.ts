import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { cellToLatLng } from 'h3-js';
import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { expectJsonFixture, readJson } from '../../geo/__fixtures__/expect-json-fixture.ts';
import type { PublicServiceProperties } from './contract.ts';
import {
  computeServiceCoverage,
  findServiceGaps,
  type ServiceCoverageOptions,
  type ServiceGapOptions,
} from './figures.ts';
import { type Township } from '../../model/township.ts';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
type Facilities = FeatureCollection<Point, PublicServiceProperties>;
const gaps = (name: string) => {
  const { facilities, townships, options } = readJson<{
    options: ServiceGapOptions;
    townships: Township[];
    facilities: Facilities;
  }>(`${FIXTURES}/find-service-gaps/in/${name}.json`);
  return findServiceGaps(facilities, townships, options);
};
const coverage = (name: string) => {
  const { facilities, options } = readJson<{
    options: ServiceCoverageOptions;
    facilities: Facilities;
  }>(`${FIXTURES}/compute-service-coverage/in/${name}.json`);
  return computeServiceCoverage(facilities, options);
};
const names = (op: string) => readdirSync(`${FIXTURES}/${op}/in`).map((f) => basename(f, '.json'));

describe('findServiceGaps', () => {
  it('names the townships with no school and those with no medical facility, by attribute', () => {
    const result = gaps('every-kind');
    expect(result.total).toBe(4);
    expect(result.without.school.map((t) => t.name)).toEqual(['丁镇']);
    expect(result.without.medical.map((t) => t.name)).toEqual(['西湖路街道', '己乡']);
    expect(result.byDistrict).toEqual([
      { district: '520102', total: 2, withoutSchool: 0, withoutMedical: 1 },
      { district: '520121', total: 2, withoutSchool: 1, withoutMedical: 1 },
    ]);
  });

  it('looks at the township kinds asked for only', () => {
    const result = gaps('towns-only');
    expect([result.kinds, result.total]).toEqual([['乡', '镇'], 2]);
    expect(result.without.medical.map((t) => t.name)).toEqual(['己乡']);
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    it.each(names('find-service-gaps'))('%s', (name) =>
      expectJsonFixture(gaps(name), `${FIXTURES}/find-service-gaps/out/${name}.json`),
    );
  });
});

describe('computeServiceCoverage', () => {
  it('covers the cells within the kind’s default distance of its facilities only', () => {
    const result = coverage('primary-school-1km');
    expect([result.kind, result.distanceKm, result.facilityCount]).toEqual([
      'primary-school',
      1,
      1,
    ]);
    expect(result.cells.length).toBeGreaterThan(10);
    for (const cell of result.cells) {
      const [lat, lon] = cellToLatLng(cell);
      expect(distance([106.71, 26.57], [lon, lat], { units: 'kilometers' })).toBeLessThanOrEqual(1);
    }
  });

  it('takes another distance when asked', () => {
    const result = coverage('health-centre-3km');
    expect([result.distanceKm, result.resolution]).toEqual([3, 8]);
    expect(result.source).toEqual({ dataset: 'public-services', provenance: 'sample' });
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    it.each(names('compute-service-coverage'))('%s', (name) =>
      expectJsonFixture(coverage(name), `${FIXTURES}/compute-service-coverage/out/${name}.json`),
    );
  });
});
