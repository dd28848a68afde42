import { describe, expect, it } from 'vitest';
import { validateFeatureProperties } from '../data/validate-feature-properties.ts';
import { generateWaterWorks } from './generate-water-works.ts';
import { SAMPLE_WATER_WORKS_FIRST_YEAR, SAMPLE_YEARS } from './sample-years.ts';
import { DISTRICTS, expectRealPlaces } from './__fixtures__/sample-inputs.ts';
import { waterWorksContract } from '../../src/layers/water-works/contract.ts';

const generate = (seed: number, count: number) =>
  generateWaterWorks({ seed, count, districts: DISTRICTS });

describe('generateWaterWorks', () => {
  const works = generate(1, 40);
  const props = works.features.map((f) => f.properties);

  it('gives the same works from the same seed and count, byte for byte, others from another', () => {
    expect(JSON.stringify(generate(1, 40))).toBe(JSON.stringify(works));
    expect(JSON.stringify(generate(2, 40))).not.toBe(JSON.stringify(works));
  });

  it('makes exactly the count asked for, numbered W00001…, every district one before any two', () => {
    for (const count of [1, 2, 40]) expect(generate(3, count).features).toHaveLength(count);
    expect(works.features[0]!.id).toBe('W00001');
    expect(new Set(generate(1, 2).features.map((f) => f.properties.district))).toEqual(
      new Set(['520102', '520121']),
    );
    expect(generate(1, 10).features).toEqual(works.features.slice(0, 10));
  });

  it('writes works that pass the water-works contract, inside their district, marked sample', () => {
    expect(validateFeatureProperties(works, waterWorksContract, 'generated')).toEqual([]);
    expectRealPlaces(works);
    for (const p of props) {
      expect(p.provenance).toBe('sample');
      expect(p.name).toMatch(/^样例水厂 \d+$/);
    }
  });

  it('gives capacities in 万立方米/日 by district size, years that fit the status', () => {
    const { asOf, last } = SAMPLE_YEARS;
    for (const p of props) {
      const city = p.district === '520102';
      expect(p.capacity).toBeGreaterThanOrEqual(city ? 3 : 0.5);
      expect(p.capacity).toBeLessThanOrEqual(city ? 30 : 6);
      if (p.status === 'in-service') {
        expect(p.year).toBeGreaterThanOrEqual(SAMPLE_WATER_WORKS_FIRST_YEAR);
        expect(p.year).toBeLessThanOrEqual(asOf);
      } else {
        expect(p.year).toBeGreaterThan(asOf);
        expect(p.year).toBeLessThanOrEqual(last);
      }
    }
    expect(new Set(props.map((p) => p.status)).size).toBe(3);
  });
});
