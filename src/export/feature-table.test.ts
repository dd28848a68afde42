import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { districts } from '../layers/districts.ts';
import { type PlanLink } from '../plan/plan-schema.ts';
import { exportCollection, exportTable } from './feature-table.ts';

const collection: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: '520115',
      properties: { id: '520115', name: '观山湖区', tags: ['a'] },
      geometry: { type: 'Point', coordinates: [106.6, 26.6] },
    },
    {
      type: 'Feature',
      id: '520121',
      properties: { id: '520121', name: '开阳县' },
      geometry: { type: 'Point', coordinates: [107, 27] },
    },
  ],
};
const links = [
  { measure: '3-1', layer: 'districts', ids: ['520115'], excerpt: '北部中心' },
  { indicator: 'urbanization-rate', cityWide: true, excerpt: '全市' },
] as unknown as PlanLink[];

describe('exportTable', () => {
  it('lists each feature with its specific measure and indicator ids', () => {
    const { columns, rows } = exportTable([{ layer: districts, collection }], links);
    expect(columns.slice(0, 5)).toEqual([
      'layer',
      'id',
      'name',
      'linked_measures',
      'linked_indicators',
    ]);
    expect(rows[0]!.slice(0, 5)).toEqual(['districts', '520115', '观山湖区', '3-1', '']);
    expect(rows[0]![columns.indexOf('tags')]).toBe('["a"]');
    expect(rows[1]![3]).toBe('');
  });
  it('keeps only the chosen ids', () => {
    expect(
      exportTable([{ layer: districts, collection, ids: ['520121'] }], links).rows,
    ).toHaveLength(1);
  });
});

describe('exportCollection', () => {
  it('adds the layer and the linked ids as arrays, keeping geometry', () => {
    const out = exportCollection([{ layer: districts, collection }], links);
    expect(out.features[0]!.properties).toMatchObject({
      layer: 'districts',
      linked_measures: ['3-1'],
      linked_indicators: [],
    });
    expect(out.features[0]!.geometry).toEqual(collection.features[0]!.geometry);
  });
});
