import { describe, expect, it } from 'vitest';
import { catalogue } from '../plan/catalogue.ts';
import { LayerLinkSchema } from '../plan/catalogue-schema.ts';
import { parcelCollection } from './__fixtures__/import-cases.ts';
import { importedPlanLinks } from './imported-plan-links.ts';
import type { ImportedLayer } from './imported-layer-record.ts';

describe('importedPlanLinks: an imported feature linked to the plan lights up with it', () => {
  const measure = catalogue.measures[0]!;
  const indicator = catalogue.indicators[0]!;
  const layer: ImportedLayer = {
    id: 'abc',
    name: '规划地块',
    fileName: 'parcels.zip',
    frame: 'EPSG:4545',
    importedAt: '2025-11-28T08:00:00.000Z',
    featureCount: 3,
    collection: parcelCollection('EPSG:4326'),
    links: {
      P1: { measures: [measure.id, 'gone-9'], indicators: [indicator.id] },
      P2: { measures: [measure.id], indicators: [] },
    },
  };

  it('gives one link per measure and indicator, valid as links.json records, on layer imported-<id>', () => {
    const result = importedPlanLinks([layer], catalogue);
    expect(result).toEqual([
      expect.objectContaining({
        measure: measure.id,
        layer: 'imported-abc',
        ids: ['P1', 'P2'],
        excerpt: measure.title,
      }),
      expect.objectContaining({
        indicator: indicator.id,
        layer: 'imported-abc',
        ids: ['P1'],
        excerpt: indicator.sentence,
      }),
    ]);
    for (const link of result) expect(LayerLinkSchema.safeParse(link).success).toBe(true);
  });

  it('drops ids the plan no longer has', () => {
    expect(importedPlanLinks([layer], catalogue).some((l) => l.measure === 'gone-9')).toBe(false);
  });
});
