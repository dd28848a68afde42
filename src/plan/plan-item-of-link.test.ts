import { describe, it, expect } from 'vitest';
import { planItemOfLink } from './plan-item-of-link.ts';

describe('planItemOfLink', () => {
  it('reads a measure record as a measure', () => {
    expect(planItemOfLink({ measure: '3-1', cityWide: true, reason: 'r', excerpt: 'e' })).toEqual({
      type: 'measure',
      id: '3-1',
    });
  });

  it('reads an indicator record as an indicator', () => {
    expect(
      planItemOfLink({
        indicator: 'urbanization-rate',
        layer: 'districts',
        ids: ['520102'],
        excerpt: 'e',
      }),
    ).toEqual({ type: 'indicator', id: 'urbanization-rate' });
  });
});
