import { describe, it, expect } from 'vitest';
import { catalogue } from './catalogue.ts';
import { links } from './links.ts';
import { featuresForPlanItem } from './features-for-plan-item.ts';
import { type PlanLink } from './plan-schema.ts';

describe('featuresForPlanItem', () => {
  it('lights up the core, the three centres and the clusters for measure 三(一)', () => {
    const selection = featuresForPlanItem({ type: 'measure', id: '3-1' }, catalogue, links);
    const structure = selection.find((s) => s.layer === 'structure');
    expect(structure?.ids.sort()).toEqual(
      [
        'core',
        'centre-south',
        'centre-east',
        'centre-north',
        'cluster-kaiyang',
        'cluster-xifeng',
        'cluster-xiuwen',
      ].sort(),
    );
    expect(selection.find((s) => s.layer === 'districts')?.ids.sort()).toEqual(
      ['520102', '520103', '520113', '520115'].sort(),
    );
  });

  it('lights up the 一市三县 for the target on their share of the economy', () => {
    expect(
      featuresForPlanItem({ type: 'indicator', id: 'county-economy-share' }, catalogue, links),
    ).toEqual([{ layer: 'districts', ids: ['520181', '520121', '520122', '520123'] }]);
  });

  it("includes the features of a measure's indicators, merged without duplicates", () => {
    // measure 2-1 has no layer record of its own in this fixture; its indicator brings the districts
    const fixture: PlanLink[] = [
      { measure: '2-1', cityWide: true, reason: 'r', excerpt: 'e' },
      {
        indicator: 'county-economy-share',
        layer: 'districts',
        ids: ['520181', '520121'],
        excerpt: 'e',
      },
      {
        indicator: 'county-economy-share',
        layer: 'districts',
        ids: ['520121', '520122'],
        excerpt: 'e',
      },
    ];
    expect(featuresForPlanItem({ type: 'measure', id: '2-1' }, catalogue, fixture)).toEqual([
      { layer: 'districts', ids: ['520181', '520121', '520122'] },
    ]);
  });

  it('highlights nothing for a city-wide measure', () => {
    expect(featuresForPlanItem({ type: 'measure', id: '1-1' }, catalogue, links)).toEqual([]);
  });
});

describe('a measure about a whole layer', () => {
  it('highlights the layer as a whole, without listing its features', () => {
    const catalogueLite = { ...catalogue, indicators: [] };
    const found = featuresForPlanItem({ type: 'measure', id: '4-2' }, catalogueLite, [
      { measure: '4-2', layer: 'pipes', excerpt: '完善城市地下管网建设' },
    ]);
    expect(found).toEqual([{ layer: 'pipes', ids: [], all: true }]);
  });
});
