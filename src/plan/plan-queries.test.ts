import { describe, expect, it } from 'vitest';
import type { Bounds } from '../model/feature-ref.ts';
import { catalogue } from './catalogue.ts';
import { links } from './links.ts';
import { exportScopeOf, fitBoundsOf, highlightOf, layersOf, openItemOf } from './plan-queries.ts';
import type { PlanLink } from './plan-schema.ts';

// A planner's own link: measure 四(二) on a feature of an imported layer.
const importedLink: PlanLink = {
  measure: '4-2',
  layer: 'imported-abc',
  ids: ['f1'],
  excerpt: '完善城市地下管网建设',
};
const allLinks = [...links, importedLink];
const boxes: Record<string, Bounds> = {
  'imported-abc:f1': [106.7, 26.5, 106.71, 26.51],
};
// Extents as the app knows them: a feature's own box, or a whole layer's.
const extentOf = (layer: string, ids: readonly string[] | null): Bounds | undefined =>
  ids === null
    ? layer === 'pipes'
      ? [106.2, 26.3, 107.1, 27.2]
      : undefined
    : ids.map((id) => boxes[`${layer}:${id}`]).find((b) => b !== undefined);

describe('opening a plan item', () => {
  it('opens the indicator when a link names both, else the measure, else nothing', () => {
    expect(openItemOf({ measure: '3-1', indicator: 'urbanization-rate' })).toEqual({
      type: 'indicator',
      id: 'urbanization-rate',
    });
    expect(openItemOf({ measure: '3-1', indicator: null })).toEqual({ type: 'measure', id: '3-1' });
    expect(openItemOf({ measure: null, indicator: null })).toBeNull();
  });

  it('highlights, shows, fits and exports a feature the planner linked in an imported layer', () => {
    const item = { type: 'measure', id: '4-2' } as const;
    expect(highlightOf(item, catalogue, allLinks)).toContainEqual({
      layer: 'imported-abc',
      id: 'f1',
    });
    expect(layersOf(item, catalogue, allLinks)).toContain('imported-abc');
    // The view holds both the whole pipe network (a whole-layer link) and the imported feature.
    expect(fitBoundsOf(item, catalogue, allLinks, extentOf)).toEqual([106.2, 26.3, 107.1, 27.2]);
    expect(exportScopeOf(item, catalogue, allLinks)).toContainEqual({
      layer: 'imported-abc',
      ids: ['f1'],
    });
  });

  it('opens a measure about a whole layer on the whole city, never cutting part of it off', () => {
    const city: Bounds = [106.1, 26.1, 107.3, 27.4];
    const item = { type: 'measure', id: '4-2' } as const;
    expect(fitBoundsOf(item, catalogue, allLinks, extentOf, city)).toEqual(city);
  });

  it('fits to the imported feature alone when it is all the item concerns', () => {
    const onlyImported: PlanLink[] = [
      { measure: '1-5', layer: 'imported-abc', ids: ['f1'], excerpt: '加大保障性住房建设和供给' },
    ];
    const item = { type: 'measure', id: '1-5' } as const;
    const lite = { ...catalogue, indicators: [] };
    expect(fitBoundsOf(item, lite, onlyImported, extentOf)).toEqual(boxes['imported-abc:f1']);
  });

  it('has nothing to highlight, show, fit or export with no item open', () => {
    expect(highlightOf(null, catalogue, allLinks)).toEqual([]);
    expect(layersOf(null, catalogue, allLinks)).toEqual([]);
    expect(fitBoundsOf(null, catalogue, allLinks, extentOf)).toBeUndefined();
    expect(exportScopeOf(null, catalogue, allLinks)).toEqual([]);
  });
});
