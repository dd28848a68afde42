import { describe, expect, it } from 'vitest';
import { propertyProblems, without } from '../__fixtures__/property-problems.ts';
import { renewalSiteContract } from './contract.ts';

const SITE = {
  name: '某小区',
  kind: 'old-neighbourhood',
  status: 'done',
  year: 2024,
  district: '520102',
  townshipCode: '520102016',
  townshipName: '新华路街道',
  households: 320,
};
const problems = (properties: Record<string, unknown>) =>
  propertyProblems(renewalSiteContract, properties);

describe('the renewal-site contract', () => {
  it('accepts a city’s site, with its own extra properties', () => {
    expect(problems({ ...SITE, 项目编号: 'GY-2024-001' })).toEqual([]);
    expect(problems({ ...without(SITE, 'households'), kind: 'urban-village' })).toEqual([]);
  });

  it.each([
    [without(SITE, 'status'), 'status is missing'],
    [{ ...SITE, status: 'finished' }, 'status "finished" is not one of planned, under-way, done'],
    [{ ...SITE, kind: '棚户区' }, 'kind "棚户区" is not one of urban-village, old-neighbourhood'],
    [{ ...SITE, year: 2060 }, 'year 2060 is above the maximum 2050'],
    [without(SITE, 'households'), 'households is missing'],
    [{ ...SITE, households: 0 }, 'households 0 is below the minimum 1'],
    [{ ...SITE, district: '520402' }, 'district "520402" is not one of 520102'],
    [
      { ...SITE, townshipCode: '520103001' },
      'townshipCode "520103001" does not start with the district code',
    ],
    [without(SITE, 'name'), 'name is missing'],
  ])('refuses %j: %s', (properties, says) => {
    const found = problems(properties);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`property-invalid: ${says}`);
  });

  it('requires a point', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [106.7, 26.5],
        [106.71, 26.51],
      ],
    };
    expect(propertyProblems(renewalSiteContract, SITE, line)).toEqual([
      'geometry-type: geometry is LineString; a renewal-site must be a Point',
    ]);
  });
});
