import { describe, expect, it } from 'vitest';
import { propertyProblems, without } from '../__fixtures__/property-problems.ts';
import { housingProjectContract } from './contract.ts';

const PROJECT = {
  name: '某保障性租赁住房项目',
  kind: '保障性租赁住房',
  units: 420,
  status: 'under-way',
  year: 2025,
  district: '520115',
  townshipCode: '520115007',
  townshipName: '金阳街道',
};
const problems = (properties: Record<string, unknown>) =>
  propertyProblems(housingProjectContract, properties);

describe('the housing-project contract', () => {
  it('accepts a city’s project, with its own extra properties', () => {
    expect(problems({ ...PROJECT, 建设单位: '某公司' })).toEqual([]);
  });

  it.each([
    [without(PROJECT, 'units'), 'units is missing'],
    [{ ...PROJECT, units: 12.5 }, 'units 12.5 is not an integer'],
    [{ ...PROJECT, status: '在建' }, 'status "在建" is not one of planned, under-way, done'],
    [
      { ...PROJECT, kind: '廉租房' },
      'kind "廉租房" is not one of 公租房, 保障性租赁住房, 配售型保障性住房',
    ],
    [{ ...PROJECT, year: 1800 }, 'year 1800 is below the minimum 1900'],
    [
      { ...PROJECT, townshipCode: '5201150' },
      'townshipCode "5201150" is not in the expected format',
    ],
    [
      { ...PROJECT, townshipCode: '520102016' },
      'townshipCode "520102016" does not start with the district code',
    ],
  ])('refuses %j: %s', (properties, says) => {
    const found = problems(properties);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`property-invalid: ${says}`);
  });
});
