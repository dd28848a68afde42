import { describe, expect, it } from 'vitest';
import { propertyProblems, without } from '../__fixtures__/property-problems.ts';
import { publicServiceContract } from './contract.ts';

const SCHOOL = {
  name: '某小学',
  kind: 'primary-school',
  district: '520121',
  townshipCode: '520121100',
  townshipName: '丁镇',
  public: true,
};
const CLINIC = {
  ...without(SCHOOL, 'public'),
  name: '某卫生院',
  kind: 'township-health-centre',
  beds: 40,
};
const problems = (properties: Record<string, unknown>) =>
  propertyProblems(publicServiceContract, properties);

describe('the public-service contract', () => {
  it('accepts a school and a health centre; a community centre may leave beds out', () => {
    expect(problems(SCHOOL)).toEqual([]);
    expect(problems(CLINIC)).toEqual([]);
    expect(problems({ ...without(CLINIC, 'beds'), kind: 'community-health-centre' })).toEqual([]);
  });

  it.each([
    [without(SCHOOL, 'public'), 'public is missing'],
    [{ ...SCHOOL, public: '公办' }, 'public "公办" is not a boolean'],
    [without(CLINIC, 'beds'), 'beds is missing'],
    [{ ...CLINIC, beds: null }, 'beds null is required for a hospital or township health centre'],
    [
      { ...SCHOOL, kind: 'university' },
      'kind "university" is not one of kindergarten, primary-school',
    ],
    [
      { ...SCHOOL, district: '520102' },
      'townshipCode "520121100" does not start with the district code',
    ],
  ])('refuses %j: %s', (properties, says) => {
    const found = problems(properties);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`property-invalid: ${says}`);
  });
});
