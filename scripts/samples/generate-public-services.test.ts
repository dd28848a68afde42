import { describe, expect, it } from 'vitest';
import { validateFeatureProperties } from '../data/validate-feature-properties.ts';
import { categoryOf } from '../../src/layers/public-services/values.ts';
import { generatePublicServices } from './generate-public-services.ts';
import { DISTRICTS, expectRealPlaces, tally, TOWNSHIPS } from './__fixtures__/sample-inputs.ts';
import { publicServiceContract } from '../../src/layers/public-services/contract.ts';

const generate = (seed: number, count: number, shares = {}) =>
  generatePublicServices({ seed, count, districts: DISTRICTS, townships: TOWNSHIPS, ...shares });

describe('generatePublicServices', () => {
  const facilities = generate(1, 300);
  const props = facilities.features.map((f) => f.properties);

  it('gives the same facilities from the same seed and count, byte for byte, others from another', () => {
    expect(JSON.stringify(generate(1, 300))).toBe(JSON.stringify(facilities));
    expect(JSON.stringify(generate(2, 300))).not.toBe(JSON.stringify(facilities));
  });

  it('makes exactly the count asked for, numbered S00001…, and more only adds at the end', () => {
    for (const count of [1, 7, 300]) expect(generate(3, count).features).toHaveLength(count);
    expect(facilities.features[0]!.id).toBe('S00001');
    expect(generate(1, 60).features).toEqual(facilities.features.slice(0, 60));
  });

  it('writes facilities that pass the public-service contract, each marked sample', () => {
    expect(validateFeatureProperties(facilities, publicServiceContract, 'generated')).toEqual([]);
    expect(new Set(props.map((p) => p.provenance))).toEqual(new Set(['sample']));
  });

  it('puts each facility in a real township of its district, inside the district polygon', () => {
    expectRealPlaces(facilities);
  });

  it('gives schools public/private, hospitals and 卫生院 beds, and health centres the right township kind', () => {
    const kindOf = new Map(TOWNSHIPS.map((t) => [t.code, t.kind]));
    for (const p of props) {
      if (categoryOf(p.kind) === 'school') expect(typeof p.public).toBe('boolean');
      if (p.kind === 'hospital' || p.kind === 'township-health-centre')
        expect(p.beds).toBeGreaterThan(0);
      if (p.kind === 'township-health-centre') expect(kindOf.get(p.townshipCode)).not.toBe('街道');
      if (p.kind === 'community-health-centre' || p.kind === 'hospital')
        expect(kindOf.get(p.townshipCode)).toBe('街道');
      expect(p.name).toMatch(/^样例\S+ \d+$/);
    }
    expect(tally(props.map((p) => p.kind)).size).toBe(9);
  });

  it('gives every township a school and a health centre, except those left without on purpose', () => {
    const served = (category: string, list = props) =>
      new Set(list.filter((p) => categoryOf(p.kind) === category).map((p) => p.townshipCode));
    // defaults: 4 % and 8 % of 9 townships round to none and one
    expect([served('school').size, served('medical').size]).toEqual([9, 8]);
    const full = generate(1, 300, { noSchoolShare: 0, noMedicalShare: 0 }).features;
    const all = full.map((f) => f.properties);
    expect([served('school', all).size, served('medical', all).size]).toEqual([9, 9]);
    const gappy = generate(1, 300, { noSchoolShare: 2 / 9, noMedicalShare: 1 / 3 });
    const list = gappy.features.map((f) => f.properties);
    expect(served('school', list).size).toBe(7);
    expect(served('medical', list).size).toBe(6);
  });
});
