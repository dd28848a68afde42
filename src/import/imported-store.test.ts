import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parcelCollection } from './__fixtures__/import-cases.ts';
import { exportImportedLayer } from './export-imported-layer.ts';
import {
  linksOf,
  newImportedLayerId,
  withFeatureLinks,
  type ImportedLayer,
} from './imported-layer-record.ts';
import { createImportedLayerStore, STORE_CHUNK, type KeyValueBackend } from './imported-store.ts';

/**
 * IndexedDB as the store sees it: a map of structured clones. With `failure` set, writes
 * throw that DOMException after `okWrites` more successful ones.
 */
function memoryBackend(failWith?: string) {
  const data = new Map<string, unknown>();
  const failure = { name: failWith, okWrites: 0 };
  const backend: KeyValueBackend & { data: Map<string, unknown>; failure: typeof failure } = {
    data,
    failure,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      if (failure.name && failure.okWrites-- <= 0) throw new DOMException('refused', failure.name);
      data.set(key, structuredClone(value));
    },
    del: async (key) => void data.delete(key),
    keys: async () => [...data.keys()],
  };
  return backend;
}

const layer = (id: string, importedAt = '2025-11-28T08:00:00.000Z', count = 3): ImportedLayer => {
  const parcels = parcelCollection('EPSG:4326');
  const features: Feature[] = Array.from({ length: count }, (_, i) => ({
    ...parcels.features[i % 3]!,
    id: `P${i + 1}`,
  }));
  return {
    id,
    name: '规划地块',
    fileName: 'planning-parcels-4545-gbk.zip',
    frame: 'EPSG:4545',
    importedAt,
    featureCount: count,
    collection: { type: 'FeatureCollection', features },
    links: {},
  };
};

describe('imported layers persist in the browser until the planner removes them', () => {
  it('saves, lists (oldest first) and removes layers, features intact', async () => {
    const backend = memoryBackend();
    const store = createImportedLayerStore(backend);
    await store.save(layer('b', '2025-11-28T09:00:00.000Z'));
    await store.save(layer('a'));
    const listed = await store.list();
    expect(listed.ok && listed.value.map((l) => l.id)).toEqual(['a', 'b']);
    expect(listed.ok && listed.value[0]).toEqual(layer('a'));
    await store.remove('a');
    const after = await store.list();
    expect(after.ok && after.value.map((l) => l.id)).toEqual(['b']);
    expect([...backend.data.keys()].some((k) => k.startsWith('layer/a'))).toBe(false);
  });

  it(`writes big layers in chunks of ${STORE_CHUNK} features, and reads them back whole`, async () => {
    const backend = memoryBackend();
    const big = layer('big', '2025-11-28T08:00:00.000Z', STORE_CHUNK * 2 + 5);
    await createImportedLayerStore(backend).save(big);
    expect([...backend.data.keys()].filter((k) => k.includes('/features/'))).toHaveLength(3);
    const listed = await createImportedLayerStore(backend).list();
    expect(listed.ok && listed.value[0]!.collection.features.map((f) => f.id)).toEqual(
      big.collection.features.map((f) => f.id),
    );
  });

  it('on a full disk says so, cleans up the half-written layer and keeps every layer saved before', async () => {
    const backend = memoryBackend();
    const store = createImportedLayerStore(backend);
    await store.save(layer('kept'));
    Object.assign(backend.failure, { name: 'QuotaExceededError', okWrites: 1 });
    const saved = await store.save(layer('new', '2025-11-28T10:00:00.000Z', STORE_CHUNK + 1));
    expect(!saved.ok && saved.error.rule).toBe('store-quota');
    expect(!saved.ok && saved.error.message.zh).toMatch(/存储空间不足/);
    expect([...backend.data.keys()].some((k) => k.startsWith('layer/new'))).toBe(false);
    backend.failure.name = undefined;
    const listed = await store.list();
    expect(listed.ok && listed.value.map((l) => l.id)).toEqual(['kept']);
  });

  it('where IndexedDB is refused (private mode), answers store-unavailable, never throws', async () => {
    const saved = await createImportedLayerStore(memoryBackend('InvalidStateError')).save(
      layer('x'),
    );
    expect(!saved.ok && saved.error.rule).toBe('store-unavailable');
  });

  it('skips an unreadable layer and clears the leftovers of an interrupted save', async () => {
    const backend = memoryBackend();
    const store = createImportedLayerStore(backend);
    await store.save(layer('ok'));
    backend.data.set('layer/broken', { id: 'broken', chunks: 'many' });
    backend.data.set('layer/gone/features/0', []);
    const listed = await store.list();
    expect(listed.ok && listed.value.map((l) => l.id)).toEqual(['ok']);
    expect(backend.data.has('layer/gone/features/0')).toBe(false);
  });

  it('links a feature to measures and indicators (a small write), and unlinks it', async () => {
    const backend = memoryBackend();
    const store = createImportedLayerStore(backend);
    await store.save(layer('l'));
    const linked = await store.setLinks('l', 'P1', {
      measures: ['4-2'],
      indicators: ['pipe-network-km'],
    });
    expect(linked.ok && linked.value).toEqual({
      P1: { measures: ['4-2'], indicators: ['pipe-network-km'] },
    });
    const listed = await store.list();
    expect(listed.ok && linksOf(listed.value[0]!, 'P1').measures).toEqual(['4-2']);
    const unlinked = await store.setLinks('l', 'P1', { measures: [], indicators: [] });
    expect(unlinked.ok && unlinked.value).toEqual({});
    expect((await store.setLinks('nope', 'P1', { measures: ['4-2'], indicators: [] })).ok).toBe(
      false,
    );
  });

  it('treats a feature id "__proto__" as a plain key', () => {
    const links = withFeatureLinks({}, '__proto__', { measures: ['1-1'], indicators: [] });
    expect(Object.getPrototypeOf(links)).toBe(Object.prototype);
    expect(linksOf({ links }, '__proto__')).toEqual({ measures: ['1-1'], indicators: [] });
    expect(linksOf({ links: {} }, '__proto__')).toEqual({ measures: [], indicators: [] });
  });

  it('makes short unique ids', () => {
    const ids = new Set(Array.from({ length: 200 }, newImportedLayerId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{8,14}$/);
  });
});

describe('exportImportedLayer: a planner exports an imported layer back as GeoJSON', () => {
  it('writes the WGS84 collection with its links as plain properties', () => {
    const base = layer('l');
    const links = withFeatureLinks({}, 'P1', {
      measures: ['4-2', '2-1'],
      indicators: ['pipe-network-km'],
    });
    const exported = exportImportedLayer({ ...base, links });
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
