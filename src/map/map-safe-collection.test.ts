import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { throughMaplibre } from './__fixtures__/maplibre-pipeline.ts';
import {
  MAP_NAME_PREFIX,
  MAX_MAP_STRING,
  mapPropertyName,
  mapSafeCollection,
  originalPropertyName,
} from './map-safe-collection.ts';

const point = (properties: Record<string, unknown> | null, id = 'f1'): Feature => ({
  type: 'Feature',
  id,
  properties: properties === null ? null : { id, ...properties },
  geometry: { type: 'Point', coordinates: [106.7, 26.58] },
});
const collection = (...features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
// As JSON.parse gives them: "__proto__" an own key, not the prototype.
const parsed = (json: string) => JSON.parse(json) as Record<string, unknown>;

describe('MapLibre as it was: some property names empty the whole layer', () => {
  it.each([
    ['constructor', "can't serialize object of unregistered class undefined"],
    ['hasOwnProperty', 'hasOwnProperty is not a function'],
  ])('a property named %s throws in the transfer to the worker', async (name, message) => {
    await expect(throughMaplibre(collection(point(parsed(`{"${name}":"x"}`))))).rejects.toThrow(
      message,
    );
  });

  it('properties named __proto__, toString, valueOf are lost in the tile encoding, and the id with them', async () => {
    const [decoded] = await throughMaplibre(
      collection(point(parsed('{"__proto__":"a","toString":"b","valueOf":"c","name":"n"}'))),
    );
    // vt-pbf caches names in a plain {}: those names find Object.prototype's members there.
    expect(Object.keys(decoded!).sort()).toEqual(['id', 'name']);
    expect(decoded!.id).not.toBe('f1');
  });
});

describe('mapSafeCollection: a copy MapLibre takes, every feature and value kept', () => {
  const risky = parsed(
    '{"name":"a","constructor":"c","hasOwnProperty":"h","toString":"t","valueOf":"v","__proto__":"p","isPrototypeOf":"i","$name":"n","prop:x":"already prefixed","nested":{"constructor":1,"list":[{"__proto__":2}]}}',
  );

  it('is the same object when no feature needs a change (the usual case costs no copy)', () => {
    const plain = collection(point({ name: 'a', n: 1, list: [1, 2], o: { a: 1 } }));
    expect(mapSafeCollection(plain)).toBe(plain);
  });

  it('prefixes risky names, reversibly, and leaves the input alone', async () => {
    const input = collection(point(risky), point({ name: 'b' }, 'f2'));
    const before = JSON.stringify(input);
    const safe = mapSafeCollection(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(safe.features).toHaveLength(2);
    expect(safe.features[1]).toBe(input.features[1]);
    const decoded = await throughMaplibre(safe);
    expect(decoded).toHaveLength(2);
    const a = decoded.find((p) => p.name === 'a')!;
    const names = Object.keys(a).map(originalPropertyName).sort();
    expect(names).toEqual(Object.keys(input.features[0]!.properties!).sort());
    for (const name of ['constructor', 'hasOwnProperty', 'toString', 'valueOf', '__proto__']) {
      expect(a[`${MAP_NAME_PREFIX}${name}`]).toBe(name.slice(0, 1) === '_' ? 'p' : name[0]);
    }
    expect(a['prop:prop:x']).toBe('already prefixed');
    expect(JSON.parse(a.nested as string)).toEqual(
      parsed('{"prop:constructor":1,"list":[{"prop:__proto__":2}]}'),
    );
  });

  it('maps names one to one', () => {
    for (const name of [
      'constructor',
      '__proto__',
      'prop:',
      'prop:a',
      'name',
      '名称',
      '$name',
      '$other',
    ]) {
      expect(originalPropertyName(mapPropertyName(name))).toBe(name);
    }
  });

  it('cuts strings over the limit, turns dates into text and drops foreign members', () => {
    const feature = {
      ...point({ long: 'x'.repeat(MAX_MAP_STRING + 10), when: new Date(Date.UTC(2025, 0, 2)) }),
      constructor: 'foreign',
      geometry: { type: 'Point', coordinates: [106.7, 26.58], hasOwnProperty: 1 },
    } as unknown as Feature;
    const [safe] = mapSafeCollection(collection(feature)).features;
    expect(Object.keys(safe!)).toEqual(['type', 'id', 'geometry', 'properties']);
    expect(Object.keys(safe!.geometry!)).toEqual(['type', 'coordinates']);
    expect((safe!.properties!.long as string).length).toBe(MAX_MAP_STRING + 1);
    expect(safe!.properties!.when).toBe('2025-01-02T00:00:00.000Z');
  });

  it('gives whole numbers beyond 2^53 as text: the tile encoder throws on them from 2^63', async () => {
    const big = collection(point({ n: -9223372036854776000, m: 1e20, ok: 2 ** 53 - 1, f: 0.5 }));
    await expect(throughMaplibre(big)).rejects.toThrow("Given varint doesn't fit into 10 bytes");
    const [decoded] = await throughMaplibre(mapSafeCollection(big));
    expect(decoded).toMatchObject({
      n: '-9223372036854776000',
      m: '100000000000000000000',
      ok: 2 ** 53 - 1,
      f: 0.5,
    });
  });

  it('bounds nesting: deeper values travel as JSON text', async () => {
    let deep: unknown = { constructor: 'bottom' };
    for (let i = 0; i < 20; i++) deep = [deep];
    const safe = mapSafeCollection(collection(point({ deep })));
    const [decoded] = await throughMaplibre(safe);
    expect(String(decoded!.deep)).toContain('constructor');
  });
});
