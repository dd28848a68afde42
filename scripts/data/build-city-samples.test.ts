import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { assignDistrict } from '../../src/geo/assign-district.ts';
import { formatDataIssue, type DataRule } from '../../src/geo/validate-geojson.ts';
import type { IndicatorTarget } from '../../src/layers/figure-parts.ts';
import type { HousingProjectProperties } from '../../src/layers/housing-projects/contract.ts';
import { computeHousingProgress } from '../../src/layers/housing-projects/figures.ts';
import type { PublicServiceProperties } from '../../src/layers/public-services/contract.ts';
import { findServiceGaps } from '../../src/layers/public-services/figures.ts';
import type { WaterWorksProperties } from '../../src/layers/water-works/contract.ts';
import { computeWaterCapacity } from '../../src/layers/water-works/figures.ts';
import { buildDatasets } from './build-datasets.ts';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CITY_SAMPLES = [
  'renewal-sites',
  'housing-projects',
  'public-services',
  'water-works',
  'flood-points',
] as const;

interface Expected {
  feature: string;
  rule: DataRule;
  says: string;
}

/**
 * Each folder holds a city file replacing one sample layer: feature 1 is valid, 2 lacks a
 * property, 3 has an unknown value, 4 has a broken coordinate and (where the layer names
 * townships) 5 names a township that is not in the list.
 */
const BAD_FILES: Record<(typeof CITY_SAMPLES)[number], Expected[]> = {
  'renewal-sites': [
    { feature: 'R4', rule: 'coord-not-number', says: 'Point[0] is ["106.712",26.571]' },
    { feature: 'R2', rule: 'property-invalid', says: 'year is missing' },
    { feature: 'R3', rule: 'property-invalid', says: 'status "finished" is not one of planned' },
    {
      feature: 'R5',
      rule: 'property-invalid',
      says: 'townshipCode "520102999" is not in the township list',
    },
  ],
  'housing-projects': [
    { feature: 'H4', rule: 'coord-not-number', says: 'Point[0] is ["106.712",26.571]' },
    { feature: 'H2', rule: 'property-invalid', says: 'units is missing' },
    { feature: 'H3', rule: 'property-invalid', says: 'status "在建" is not one of planned' },
    {
      feature: 'H5',
      rule: 'property-invalid',
      says: 'townshipCode "520102999" is not in the township list',
    },
  ],
  'public-services': [
    { feature: 'S4', rule: 'coord-not-number', says: 'Point[0] is ["106.712",26.571]' },
    { feature: 'S2', rule: 'property-invalid', says: 'townshipName is missing' },
    {
      feature: 'S3',
      rule: 'property-invalid',
      says: 'kind "university" is not one of kindergarten',
    },
    {
      feature: 'S5',
      rule: 'property-invalid',
      says: 'townshipCode "520102999" is not in the township list',
    },
  ],
  'water-works': [
    { feature: 'W4', rule: 'coord-not-number', says: 'Point[0] is ["106.712",26.571]' },
    { feature: 'W2', rule: 'property-invalid', says: 'capacity is missing' },
    { feature: 'W3', rule: 'property-invalid', says: 'status "running" is not one of in-service' },
  ],
  'flood-points': [
    { feature: 'F4', rule: 'coord-not-number', says: 'Point[0] is ["106.712",26.571]' },
    { feature: 'F2', rule: 'property-invalid', says: 'yearEliminated is missing' },
    { feature: 'F3', rule: 'property-invalid', says: 'status "fixed" is not one of remaining' },
    {
      feature: 'F5',
      rule: 'property-invalid',
      says: 'townshipCode "520102999" is not in the township list',
    },
  ],
};

describe('a city file that breaks a sample layer’s contract stops the build', () => {
  it.each(CITY_SAMPLES)('%s: file › feature › rule for each bad feature', (id) => {
    const dir = join(FIXTURES, `city-${id}-bad`);
    const { datasets, issues } = buildDatasets(dir);
    const file = join(dir, `${id}.geojson`);
    expect(issues.map((i) => [i.file, i.feature, i.rule])).toEqual(
      BAD_FILES[id].map((e) => [file, e.feature, e.rule]),
    );
    issues.forEach((issue, i) => expect(issue.message).toContain(BAD_FILES[id][i]!.says));
    expect(datasets.map((d) => d.meta.id)).not.toContain(id);
  });

  it('prints each problem as file › feature › rule: message', () => {
    const dir = join(FIXTURES, 'city-water-works-bad');
    const printed = buildDatasets(dir).issues.map(formatDataIssue);
    expect(printed[1]).toBe(
      `${dir}/water-works.geojson › feature W2 › property-invalid: capacity is missing`,
    );
  });
});

describe('the build generates the city samples from a seed', () => {
  const first = buildDatasets(join(FIXTURES, 'generated-city-samples'));
  const dataset = (id: string) => first.datasets.find((d) => d.meta.id === id)!;

  it('builds them after the districts and the township table, with no issues', () => {
    expect(first.issues).toEqual([]);
    expect(first.datasets.map((d) => d.meta.id).sort()).toEqual(
      ['districts', ...CITY_SAMPLES].sort(),
    );
  });

  it('makes exactly the count each metadata asks for, every feature marked sample', () => {
    const counts = { 'renewal-sites': 40, 'housing-projects': 30, 'public-services': 50 };
    for (const [id, count] of Object.entries({ ...counts, 'water-works': 6, 'flood-points': 20 })) {
      expect(dataset(id).meta).toMatchObject({ featureCount: count, provenance: 'sample' });
      for (const f of dataset(id).collection.features)
        expect(f.properties?.provenance).toBe('sample');
    }
  });

  it('gives the same files on every build', () => {
    const second = buildDatasets(join(FIXTURES, 'generated-city-samples'));
    for (const id of CITY_SAMPLES) {
      const again = second.datasets.find((d) => d.meta.id === id)!;
      expect(JSON.stringify(again.collection)).toBe(JSON.stringify(dataset(id).collection));
    }
  });
});

describe('the city samples of the real geodata/ folder', { timeout: 60_000 }, () => {
  const { datasets, tables, issues } = buildDatasets(join(ROOT, 'geodata'), {
    only: [...CITY_SAMPLES],
  });
  const dataset = (id: string) => datasets.find((d) => d.meta.id === id)!;
  const townships = tables.find((t) => t.meta.id === 'townships')!.rows;
  const meta = (id: string) =>
    JSON.parse(readFileSync(join(ROOT, 'geodata', `${id}.meta.json`), 'utf8'));
  const indicator = (id: string) =>
    JSON.parse(readFileSync(join(ROOT, 'geodata/plan/catalogue.json'), 'utf8')).indicators.find(
      (i: IndicatorTarget) => i.id === id,
    ) as IndicatorTarget;

  it('builds all five as sample data, with the count, seed and 样例 their metadata state', () => {
    expect(issues).toEqual([]);
    for (const id of CITY_SAMPLES) {
      const { origin, version, source, title } = meta(id);
      expect(dataset(id).meta).toMatchObject({ provenance: 'sample', featureCount: origin.count });
      expect(version).toContain(`seed ${origin.seed}, ${origin.count} `);
      // the seed is for developers (version, README); citizens read that the data is invented
      expect(source.zh).toContain('样例数据');
      expect(source.en).toContain('Sample data');
      expect(title.zh).toContain('(样例)');
      expect(title.en).toContain('(sample)');
    }
  });

  it('puts every feature inside the real district it names, in a real township of it', () => {
    const districts = datasets.find((d) => d.meta.id === 'districts')!.collection;
    const byCode = new Map(townships.map((t) => [t.code, t]));
    for (const id of CITY_SAMPLES) {
      const collection = dataset(id).collection as FeatureCollection<Point>;
      expect(assignDistrict(collection, districts)).toEqual(
        collection.features.map((f) => f.properties?.district),
      );
      for (const { properties: p } of collection.features) {
        if (p?.townshipCode === undefined) continue;
        expect(byCode.get(p.townshipCode)).toMatchObject({
          name: p.townshipName,
          district: p.district,
        });
      }
    }
  });

  it('raises a plausible part of 16万套(间) by the last sample year, not the target itself', () => {
    const projects = dataset('housing-projects').collection as FeatureCollection<
      Point,
      HousingProjectProperties
    >;
    const source = { dataset: 'housing-projects', provenance: 'sample' as const };
    const progress = computeHousingProgress(projects, indicator('affordable-housing'), { source });
    const all = progress.byYear.at(-1)!.cumulativeWithPlanned / progress.target.inBaseUnit;
    expect(all).toBeGreaterThan(0.2);
    expect(all).toBeLessThan(0.7);
  });

  it('sums water works to an invented capacity, not the plan’s 229.5万立方米/日', () => {
    const works = dataset('water-works').collection as FeatureCollection<
      Point,
      WaterWorksProperties
    >;
    const source = { dataset: 'water-works', provenance: 'sample' as const };
    const capacity = computeWaterCapacity(works, indicator('water-supply-capacity'), { source });
    expect(capacity.inService).toBeGreaterThan(50);
    expect(capacity.inService + capacity.due).not.toBe(229.5);
  });

  it('leaves a few real townships without a school or a medical facility, so the lists have names', () => {
    const facilities = dataset('public-services').collection as FeatureCollection<
      Point,
      PublicServiceProperties
    >;
    const source = { dataset: 'public-services', provenance: 'sample' as const };
    const gaps = findServiceGaps(facilities, townships, { source });
    expect(gaps.total).toBe(146);
    expect(gaps.without.school.length).toBe(6); // round(146 × 4 %)
    expect(gaps.without.medical.length).toBe(12); // round(146 × 8 %)
  });
});
