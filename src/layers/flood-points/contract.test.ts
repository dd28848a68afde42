import { describe, expect, it } from 'vitest';
import { propertyProblems, without } from '../__fixtures__/property-problems.ts';
import { floodPointContract } from './contract.ts';

const POINT = {
  name: '某路口',
  status: 'eliminated',
  yearEliminated: 2023,
  district: '520103',
  townshipCode: '520103001',
  townshipName: '某街道',
};
const problems = (properties: Record<string, unknown>) =>
  propertyProblems(floodPointContract, properties);

describe('the flood-point contract', () => {
  it('accepts an eliminated point with its year, and an open one with null', () => {
    expect(problems(POINT)).toEqual([]);
    expect(problems({ ...POINT, status: 'remaining', yearEliminated: null })).toEqual([]);
  });

  it.each([
    [without(POINT, 'yearEliminated'), 'yearEliminated is missing'],
    [{ ...POINT, yearEliminated: null }, 'yearEliminated null is required for an eliminated point'],
    [
      { ...POINT, status: 'in-progress' },
      'yearEliminated 2023 must be null unless the point is eliminated',
    ],
    [
      { ...POINT, status: 'fixed' },
      'status "fixed" is not one of remaining, in-progress, eliminated',
    ],
    [{ ...POINT, yearEliminated: 2023.5 }, 'yearEliminated 2023.5 is not an integer'],
  ])('refuses %j: %s', (properties, says) => {
    const found = problems(properties);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`property-invalid: ${says}`);
  });
});
