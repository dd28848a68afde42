import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/plan/catalogue.ts';
import { links } from '../../src/plan/links.ts';
import { planShapeErrors } from './validate-built-plan-links.ts';

describe('the data build checks the plan files the app takes unchecked', () => {
  it('passes the shipped catalogue.json and links.json', () => {
    expect(planShapeErrors(catalogue, links)).toEqual([]);
  });

  it('names the file, the place and the rule of a broken record', () => {
    const [first, ...rest] = catalogue.measures;
    const measures = [{ ...first, title: '' }, ...rest];
    expect(
      planShapeErrors({ ...catalogue, measures }, [...links, { measure: '1-1', cityWide: true }]),
    ).toEqual([
      'geodata/plan/catalogue.json[measures.0.title] › plan-invalid: Too small: expected string to have >=1 characters',
      expect.stringMatching(/^geodata\/plan\/links\.json\[\d+(\.\w+)?\] › plan-invalid: /),
    ]);
  });
});
