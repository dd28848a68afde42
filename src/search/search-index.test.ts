import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { districts } from '../layers/districts.ts';
import { catalogue } from '../plan/catalogue.ts';
import { buildSearchEntries, searchEntries } from './search-index.ts';

const data = new Map<string, FeatureCollection>([
  [
    'districts',
    {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: '520115',
          properties: { id: '520115', name: '观山湖区', nameEn: 'Guanshanhu District' },
          geometry: { type: 'Point', coordinates: [106.6, 26.6] },
        },
        {
          type: 'Feature',
          id: '520111',
          properties: { id: '520111', name: '花溪区', nameEn: 'Huaxi District' },
          geometry: { type: 'Point', coordinates: [106.6, 26.6] },
        },
      ],
    },
  ],
]);
const entries = buildSearchEntries(catalogue, [districts], data);
const keys = (query: string) =>
  searchEntries(entries, query).map((h) => `${h.entry.kind}:${h.entry.key}`);

describe('searching the map and the plan', () => {
  it('finds a district by its Chinese name', () => {
    expect(keys('观山湖')[0]).toBe('feature:districts:520115');
  });

  it('finds a district by pinyin, in full or by initials', () => {
    expect(keys('guanshanhu')[0]).toBe('feature:districts:520115');
    expect(keys('gshq')).toContain('feature:districts:520115');
    expect(keys('huaxi')[0]).toBe('feature:districts:520111');
  });

  it('finds a district by its English name', () => {
    expect(keys('Huaxi District')[0]).toBe('feature:districts:520111');
  });

  it('finds a measure by its label or title, and by words in its text', () => {
    expect(keys('三(一)')[0]).toBe('measure:3-1');
    expect(keys('一核三心')).toContain('measure:3-1');
    expect(keys('阿哈湖')).toContain('measure:4-4');
  });

  it('finds an indicator by name, titles ranked before body text', () => {
    const found = keys('城镇化率');
    expect(found[0]).toBe('indicator:urbanization-rate');
  });

  it('returns nothing for an empty query or a query that matches nothing', () => {
    expect(keys('   ')).toEqual([]);
    expect(keys('巴黎')).toEqual([]);
  });
});

describe('search by the words people use', () => {
  it('finds the charging layer, the 乡乡全覆盖 target and stations for 充电', async () => {
    const { LAYERS } = await import('../layers/index.ts');
    const { catalogue } = await import('../plan/catalogue.ts');
    const stations = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          id: 'C1',
          properties: { id: 'C1', name: '样例充电站 1' },
          geometry: { type: 'Point' as const, coordinates: [106.7, 26.6] },
        },
      ],
    };
    const entries = buildSearchEntries(
      catalogue,
      LAYERS,
      new Map([['charging-stations', stations]]),
    );
    const hits = searchEntries(entries, '充电').map((h) => `${h.entry.kind}:${h.entry.key}`);
    expect(hits).toContain('layer:charging');
    expect(hits).toContain('indicator:ev-charging-township-coverage');
    expect(hits).toContain('feature:charging:C1');
    expect(hits).toContain('measure:4-3');
  });
});
