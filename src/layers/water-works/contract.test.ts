import { describe, expect, it } from 'vitest';
import { propertyProblems, without } from '../__fixtures__/property-problems.ts';
import { waterWorksContract } from './contract.ts';

const WORKS = {
  name: '某水厂',
  capacity: 12.5,
  status: 'in-service',
  year: 1998,
  district: '520111',
};
const problems = (properties: Record<string, unknown>) =>
  propertyProblems(waterWorksContract, properties);

describe('the water-works contract', () => {
  it('accepts a city’s works without a township', () => {
    expect(problems(WORKS)).toEqual([]);
  });

  it.each([
    [without(WORKS, 'capacity'), 'capacity is missing'],
    [{ ...WORKS, capacity: 0 }, 'capacity 0 is below the minimum 0'],
    [{ ...WORKS, capacity: '12.5万吨' }, 'capacity "12.5万吨" is not a number'],
    [
      { ...WORKS, status: 'running' },
      'status "running" is not one of in-service, under-construction, planned',
    ],
    [without(WORKS, 'year'), 'year is missing'],
  ])('refuses %j: %s', (properties, says) => {
    const found = problems(properties);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`property-invalid: ${says}`);
  });
});
