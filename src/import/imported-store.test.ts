import { describe, expect, it } from 'vitest';
import { parcelCollection } from './__fixtures__/import-cases.ts';
import {
  createImportedLayerStore,
  exportImportedLayer,
  linksOf,
  newImportedLayerId,
  withFeatureLinks,
  type ImportedLayer,
  type KeyValueBackend,
} from './imported-store.ts';

/** IndexedDB's behaviour as the store sees it: a map of structured clones. */
function memoryBackend(failWith?: string): KeyValueBackend & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const fail = () => {
    if (failWith) throw new DOMException('refused', failWith);
  };
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      fail();
      data.set(key, structuredClone(value));
    },
    del: async (key) => void data.delete(key),
    entries: async () => [...data.entries()].map(([k, v]) => [k, structuredClone(v)]),
  };
}

const layer = (id: string, importedAt = '2025-11-28T08:00:00.000Z'): ImportedLayer => ({
  id,
  name: '规划地块',
  fileName: 'planning-parcels-4545-gbk.zip',
  frame: 'EPSG:4545',
  importedAt,
  featureCount: 3,
  collection: parcelCollection('EPSG:4326'),
  links: {},
});

describe('imported layers persist in the browser until the planner removes them', () => {
  it('saves, lists (oldest first) and removes layers', async () => {
    const store = createImportedLayerStore(memoryBackend());
    await store.save(layer('b', '2025-11-28T09:00:00.000Z'));
    await store.save(layer('a'));
    const listed = await store.list();
    expect(listed.ok && listed.value.map((l) => l.id)).toEqual(['a', 'b']);
    await store.remove('a');
    const after = await store.list();
    expect(after.ok && after.value.map((l) => l.id)).toEqual(['b']);
  });

  it('on a full disk says so, and keeps every layer saved before', async () => {
    const backend = memoryBackend();
    await createImportedLayerStore(backend).save(layer('kept'));
    const full = createImportedLayerStore({
      ...backend,
      set: memoryBackend('QuotaExceededError').set,
    });
    const saved = await full.save(layer('new'));
    expect(!saved.ok && saved.error.rule).toBe('store-quota');
    expect(!saved.ok && saved.error.message.zh).toMatch(/存储空间不足/);
    const listed = await full.list();
    expect(listed.ok && listed.value.map((l) => l.id)).toEqual(['kept']);
  });

  it('where IndexedDB is refused (private mode), answers store-unavailable, never throws', async () => {
    const saved = await createImportedLayerStore(memoryBackend('InvalidStateError')).save(
      layer('x'),
    );
    expect(!saved.ok && saved.error.rule).toBe('store-unavailable');
  });

  it('skips an unreadable entry instead of failing the whole list', async () => {
    const backend = memoryBackend();
    backend.data.set('broken', { id: 'broken', collection: 'not a collection' });
    await createImportedLayerStore(backend).save(layer('ok'));
    const listed = await createImportedLayerStore(backend).list();
    expect(listed.ok && listed.value.map((l) => l.id)).toEqual(['ok']);
    expect(backend.data.has('broken')).toBe(true);
  });

  it('links a feature to measures and indicators, and unlinks it with empty lists', async () => {
    const store = createImportedLayerStore(memoryBackend());
    await store.save(layer('l'));
    const linked = await store.setLinks('l', 'P1', {
      measures: ['4-2'],
      indicators: ['pipe-network-km'],
    });
    expect(linked.ok && linked.value.links).toEqual({
      P1: { measures: ['4-2'], indicators: ['pipe-network-km'] },
    });
    const unlinked = await store.setLinks('l', 'P1', { measures: [], indicators: [] });
    expect(unlinked.ok && unlinked.value.links).toEqual({});
    const missing = await store.setLinks('nope', 'P1', { measures: ['4-2'], indicators: [] });
    expect(missing.ok).toBe(false);
  });

  it('treats a feature id "__proto__" as a plain key', () => {
    const linked = withFeatureLinks(layer('l'), '__proto__', { measures: ['1-1'], indicators: [] });
    expect(Object.getPrototypeOf(linked.links)).toBe(Object.prototype);
    expect(linksOf(linked, '__proto__')).toEqual({ measures: ['1-1'], indicators: [] });
    expect(linksOf(layer('l'), '__proto__')).toEqual({ measures: [], indicators: [] });
  });

  it('makes short unique ids', () => {
    const ids = new Set(Array.from({ length: 200 }, newImportedLayerId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{8,14}$/);
  });
});

describe('exportImportedLayer: a planner exports an imported layer back as GeoJSON', () => {
  it('writes the WGS84 collection with its links as plain properties', () => {
    const exported = exportImportedLayer(
      withFeatureLinks(layer('l'), 'P1', {
        measures: ['4-2', '2-1'],
        indicators: ['pipe-network-km'],
      }),
    );
    const json = JSON.parse(exported.text);
    expect(json.type).toBe('FeatureCollection');
    expect(json.features).toHaveLength(3);
    expect(json.features[0].properties).toMatchObject({
      名称: '观山湖片区规划地块',
      plan_measures: '4-2,2-1',
      plan_indicators: 'pipe-network-km',
    });
    expect(json.features[1].properties.plan_measures).toBeUndefined();
    expect(exported.fileName).toBe('规划地块.wgs84.geojson');
  });

  it('makes a safe file name of any layer name', () => {
    const evil = { ...layer('l'), name: '../..\\<img src=x>:*?|\u0000' };
    expect(exportImportedLayer(evil).fileName).toBe('_..__img src=x______.wgs84.geojson');
  });
});
