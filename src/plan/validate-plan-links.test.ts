import { describe, it, expect } from 'vitest';
import brokenRaw from './__fixtures__/broken-links.json';
import { featureIndex } from './__fixtures__/plan-fixtures.ts';
import { catalogue } from './catalogue.ts';
import { links } from './links.ts';
import { PlanLinksSchema } from './catalogue-schema.ts';
import { validatePlanLinks } from './validate-plan-links.ts';

describe('validatePlanLinks', () => {
  it('finds nothing wrong with the shipped plan links against the layers’ feature ids', () => {
    expect(validatePlanLinks(catalogue, links, featureIndex)).toEqual([]);
  });

  it('places every measure and every indicator at least once', () => {
    const placed = new Set(links.map((l) => l.measure ?? l.indicator));
    for (const m of catalogue.measures) expect(placed.has(m.id), m.id).toBe(true);
    for (const i of catalogue.indicators) expect(placed.has(i.id), i.id).toBe(true);
  });

  describe('on a broken links file', () => {
    // the fixture is well-formed JSON of the right shape: what is wrong is what it points at
    const broken = PlanLinksSchema.parse(brokenRaw);
    const errors = validatePlanLinks(catalogue, broken, featureIndex);

    it('names a feature id the layer does not have', () => {
      expect(errors).toContainEqual({
        rule: 'link-dangling-feature',
        message: 'layer "districts" has no feature "520199"',
        where: 'links.json[0]',
      });
    });

    it('names a measure the plan does not have', () => {
      expect(errors).toContainEqual(
        expect.objectContaining({ rule: 'link-unknown-measure', where: 'links.json[1]' }),
      );
    });

    it('names a layer that does not exist', () => {
      expect(errors).toContainEqual(
        expect.objectContaining({ rule: 'link-unknown-layer', where: 'links.json[2]' }),
      );
    });

    it('names an excerpt that is not quoted verbatim', () => {
      expect(errors).toContainEqual(
        expect.objectContaining({ rule: 'link-excerpt-not-found', where: 'links.json[3]' }),
      );
    });

    it('names a measure and an indicator that no record places', () => {
      expect(errors).toContainEqual({
        rule: 'measure-without-link',
        message: 'measure 2-4 has no link record',
        where: 'catalogue.json measure 2-4',
      });
      expect(errors).toContainEqual(
        expect.objectContaining({
          rule: 'indicator-without-link',
          where: 'catalogue.json indicator pipe-network-km',
        }),
      );
      // placed measures are not reported, even when their record is otherwise broken
      expect(
        errors.filter((e) => e.rule === 'measure-without-link').map((e) => e.where),
      ).not.toContain('catalogue.json measure 3-1');
    });
  });
});
