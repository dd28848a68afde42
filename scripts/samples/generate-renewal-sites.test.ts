import { describe, expect, it } from 'vitest';
import { validateFeatureProperties } from '../data/validate-feature-properties.ts';
import { generateRenewalSites } from './generate-renewal-sites.ts';
import { SAMPLE_YEARS } from './sample-years.ts';
import { DISTRICTS, expectRealPlaces, tally, TOWNSHIPS } from './__fixtures__/sample-inputs.ts';
import { renewalSiteContract } from '../../src/layers/renewal-sites/contract.ts';

const generate = (seed: number, count: number) =>
  generateRenewalSites({ seed, count, districts: DISTRICTS, townships: TOWNSHIPS });

describe('generateRenewalSites', () => {
  const sites = generate(1, 300);
  const props = sites.features.map((f) => f.properties);

  it('gives the same sites from the same seed and count, byte for byte, others from another', () => {
    expect(JSON.stringify(generate(1, 300))).toBe(JSON.stringify(sites));
    expect(JSON.stringify(generate(2, 300))).not.toBe(JSON.stringify(sites));
  });

  it('makes exactly the count asked for, numbered R00001…, and more only adds at the end', () => {
    for (const count of [1, 7, 300]) expect(generate(3, count).features).toHaveLength(count);
    expect(sites.features.map((f) => f.id).slice(0, 2)).toEqual(['R00001', 'R00002']);
    expect(generate(1, 50).features).toEqual(sites.features.slice(0, 50));
  });

  it('writes sites that pass the renewal-site contract, each marked sample', () => {
    expect(validateFeatureProperties(sites, renewalSiteContract, 'generated')).toEqual([]);
    expect(new Set(props.map((p) => p.provenance))).toEqual(new Set(['sample']));
  });

  it('puts each site in a real township of its district, inside the district polygon', () => {
    expectRealPlaces(sites);
  });

  it('names sites as plain samples, numbered per kind', () => {
    expect(props.find((p) => p.kind === 'old-neighbourhood')!.name).toBe('样例老旧小区 1');
    for (const p of props) expect(p.name).toMatch(/^样例(老旧小区|城中村|社区嵌入式服务设施) \d+$/);
  });

  it('makes mostly old neighbourhoods, each with households, urban villages only in 南明 here', () => {
    const kinds = tally(props.map((p) => p.kind));
    expect(kinds.get('old-neighbourhood')!).toBeGreaterThan(150);
    expect(kinds.get('urban-village')!).toBeGreaterThan(10);
    expect(kinds.get('embedded-services')!).toBeGreaterThan(10);
    for (const p of props.filter((p) => p.kind === 'old-neighbourhood'))
      expect(p.households).toBeGreaterThanOrEqual(60);
    // 开阳 is a county, not the central city: no urban village there
    expect(props.filter((p) => p.kind === 'urban-village' && p.district !== '520102')).toEqual([]);
    // community services are urban: 街道 only
    const streets = new Set(TOWNSHIPS.filter((t) => t.kind === '街道').map((t) => t.code));
    for (const p of props.filter((p) => p.kind === 'embedded-services'))
      expect(streets.has(p.townshipCode)).toBe(true);
  });

  it('dates sites in the sample years, status as of the end of asOf', () => {
    const { first, last, asOf } = SAMPLE_YEARS;
    for (const p of props) {
      expect(p.year).toBeGreaterThanOrEqual(first);
      expect(p.year).toBeLessThanOrEqual(last);
      if (p.status === 'done') expect(p.year).toBeLessThanOrEqual(asOf);
      else expect(p.year).toBeGreaterThanOrEqual(asOf);
      if (p.status === 'planned') expect(p.year).toBeGreaterThan(asOf);
    }
    expect(tally(props.map((p) => p.status)).size).toBe(3);
  });

  it('takes another span of years as an option', () => {
    const years = { first: 2010, last: 2015, asOf: 2012 };
    const other = generateRenewalSites({
      seed: 1,
      count: 100,
      districts: DISTRICTS,
      townships: TOWNSHIPS,
      years,
    });
    for (const { properties: p } of other.features) {
      expect(p.year).toBeGreaterThanOrEqual(2010);
      expect(p.year).toBeLessThanOrEqual(2015);
    }
    expect(() =>
      generateRenewalSites({
        seed: 1,
        count: 1,
        districts: DISTRICTS,
        townships: TOWNSHIPS,
        years: { first: 2020, last: 2019, asOf: 2020 },
      }),
    ).toThrow(/first ≤ asOf < last/);
  });
});
