import { describe, expect, it } from 'vitest';
import { validateFeatureProperties } from '../data/validate-feature-properties.ts';
import { generateFloodPoints } from './generate-flood-points.ts';
import { SAMPLE_YEARS } from './sample-years.ts';
import { DISTRICTS, expectRealPlaces, tally, TOWNSHIPS } from './__fixtures__/sample-inputs.ts';
import { floodPointContract } from '../../src/layers/flood-points/contract.ts';

const generate = (seed: number, count: number) =>
  generateFloodPoints({ seed, count, districts: DISTRICTS, townships: TOWNSHIPS });

describe('generateFloodPoints', () => {
  const points = generate(1, 200);
  const props = points.features.map((f) => f.properties);

  it('gives the same points from the same seed and count, byte for byte, others from another', () => {
    expect(JSON.stringify(generate(1, 200))).toBe(JSON.stringify(points));
    expect(JSON.stringify(generate(2, 200))).not.toBe(JSON.stringify(points));
  });

  it('makes exactly the count asked for, numbered F00001…, and more only adds at the end', () => {
    for (const count of [1, 7, 200]) expect(generate(3, count).features).toHaveLength(count);
    expect(points.features[0]!.id).toBe('F00001');
    expect(generate(1, 30).features).toEqual(points.features.slice(0, 30));
  });

  it('writes points that pass the flood-point contract, each marked sample', () => {
    expect(validateFeatureProperties(points, floodPointContract, 'generated')).toEqual([]);
    for (const p of props) {
      expect(p.provenance).toBe('sample');
      expect(p.name).toMatch(/^样例易涝积水点 \d+$/);
    }
  });

  it('puts each point in a real 街道 or 镇 of its district, inside the district polygon', () => {
    expectRealPlaces(points);
    const rural = new Set(TOWNSHIPS.filter((t) => t.kind === '乡').map((t) => t.code));
    expect(props.filter((p) => rural.has(p.townshipCode))).toEqual([]);
  });

  it('dates eliminations first…asOf and leaves the others without a year', () => {
    const { first, asOf } = SAMPLE_YEARS;
    for (const p of props) {
      if (p.status !== 'eliminated') expect(p.yearEliminated).toBeNull();
      else {
        expect(p.yearEliminated).toBeGreaterThanOrEqual(first);
        expect(p.yearEliminated).toBeLessThanOrEqual(asOf);
      }
    }
    const statuses = tally(props.map((p) => p.status));
    expect(statuses.get('eliminated')!).toBeGreaterThan(70);
    expect(statuses.get('remaining')!).toBeGreaterThan(20);
    expect(statuses.get('in-progress')!).toBeGreaterThan(20);
  });
});
