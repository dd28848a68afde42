import { describe, expect, it } from 'vitest';
import { validateFeatureProperties } from '../data/validate-feature-properties.ts';
import { generateHousingProjects } from './generate-housing-projects.ts';
import { SAMPLE_YEARS } from './sample-years.ts';
import { DISTRICTS, expectRealPlaces, tally, TOWNSHIPS } from './__fixtures__/sample-inputs.ts';
import { housingProjectContract } from '../../src/layers/housing-projects/contract.ts';

const generate = (seed: number, count: number) =>
  generateHousingProjects({ seed, count, districts: DISTRICTS, townships: TOWNSHIPS });

describe('generateHousingProjects', () => {
  const projects = generate(1, 300);
  const props = projects.features.map((f) => f.properties);

  it('gives the same projects from the same seed and count, byte for byte, others from another', () => {
    expect(JSON.stringify(generate(1, 300))).toBe(JSON.stringify(projects));
    expect(JSON.stringify(generate(2, 300))).not.toBe(JSON.stringify(projects));
  });

  it('makes exactly the count asked for, numbered H00001…, and more only adds at the end', () => {
    for (const count of [1, 7, 300]) expect(generate(3, count).features).toHaveLength(count);
    expect(projects.features[0]!.id).toBe('H00001');
    expect(generate(1, 40).features).toEqual(projects.features.slice(0, 40));
  });

  it('writes projects that pass the housing-project contract, each marked sample', () => {
    expect(validateFeatureProperties(projects, housingProjectContract, 'generated')).toEqual([]);
    expect(new Set(props.map((p) => p.provenance))).toEqual(new Set(['sample']));
  });

  it('puts each project in a real 街道 or 镇 of its district, inside the district polygon', () => {
    expectRealPlaces(projects);
    const rural = new Set(TOWNSHIPS.filter((t) => t.kind === '乡').map((t) => t.code));
    expect(props.filter((p) => rural.has(p.townshipCode))).toEqual([]);
  });

  it('uses the national kinds, each only from the year its scheme began', () => {
    expect([...tally(props.map((p) => p.kind)).keys()].sort()).toEqual(
      ['保障性租赁住房', '公租房', '配售型保障性住房'].sort(),
    );
    for (const p of props) {
      if (p.kind === '保障性租赁住房') expect(p.year).toBeGreaterThanOrEqual(2021);
      if (p.kind === '配售型保障性住房') expect(p.year).toBeGreaterThanOrEqual(2024);
      expect(p.name).toMatch(new RegExp(`^样例${p.kind}项目 \\d+$`));
    }
  });

  it('raises units in the sample years: planned ones after asOf, the others by then', () => {
    const { first, last, asOf } = SAMPLE_YEARS;
    for (const p of props) {
      expect(p.year).toBeGreaterThanOrEqual(first);
      expect(p.year).toBeLessThanOrEqual(last);
      expect(p.status === 'planned').toBe(p.year > asOf);
      expect(p.units).toBeGreaterThanOrEqual(50);
      expect(p.units).toBeLessThanOrEqual(1200);
    }
  });
});
