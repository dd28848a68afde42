import fc from 'fast-check';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { maplibreTransfer, throughMaplibre } from '../map/__fixtures__/maplibre-pipeline.ts';
import { mapSafeCollection, originalPropertyName } from '../map/map-safe-collection.ts';
import { exportImportedLayer } from './export-imported-layer.ts';
import { importDataset } from './import-dataset.ts';
import type { ImportedLayer } from './imported-layer-record.ts';
import { createImportedLayerStore, type KeyValueBackend } from './imported-store.ts';
import { referenceDistricts, SHADOWING_NAMES } from './__fixtures__/import-cases.ts';

// The import's promise, checked over random files: either a clear error and nothing changed,
// or every feature stored, drawn (the map's copy passes MapLibre's own transfer and tiling)
// and exported. Seeded, so a failure names a file that can be run again.

const reference = referenceDistricts();

/** An in-memory store backend that copies like IndexedDB does (structured clone). */
function memoryBackend(): KeyValueBackend {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

// Names a file may carry: Object.prototype's and MapLibre's, the map's own prefix, ids, CJK,
// empty, and anything at all.
const propertyName = fc.oneof(
  fc.constantFrom(
    ...SHADOWING_NAMES,
    'id',
    'name',
    '名称',
    'prop:',
    'prop:id',
    '',
    ' ',
    'source_id',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const propertyValue = fc.jsonValue({ maxDepth: 3 });
/** Properties as JSON text, written by hand so that "__proto__" stays a plain key. */
const propertiesText = fc
  .oneof(
    { weight: 8, arbitrary: fc.array(fc.tuple(propertyName, propertyValue), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constant(null) },
  )
  .map((entries) =>
    entries === null
      ? 'null'
      : `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
  );

// Positions around Guiyang in degrees (sometimes far off, or not numbers at all).
const lon = fc.double({ min: 106.3, max: 107.1, noNaN: true });
const lat = fc.double({ min: 26.3, max: 26.9, noNaN: true });
const position = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(lon, lat) },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: -200, max: 200, noNaN: true }), lat) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], [106.7], ['a', 1], null) },
);
const ring = fc
  .tuple(lon, lat, fc.double({ min: 0.001, max: 0.05, noNaN: true }))
  .map(([x, y, d]) => [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ]);
const simpleGeometry = fc.oneof(
  position.map((coordinates) => ({ type: 'Point', coordinates })),
  fc
    .array(position, { minLength: 1, maxLength: 4 })
    .map((c) => ({ type: 'MultiPoint', coordinates: c })),
  fc
    .array(position, { minLength: 0, maxLength: 4 })
    .map((c) => ({ type: 'LineString', coordinates: c })),
  ring.map((r) => ({ type: 'Polygon', coordinates: [r] })),
  fc
    .array(ring, { minLength: 1, maxLength: 2 })
    .map((rs) => ({ type: 'MultiPolygon', coordinates: rs.map((r) => [r]) })),
);
const { geometry } = fc.letrec<{ geometry: unknown; collection: unknown }>((tie) => ({
  geometry: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: simpleGeometry },
    { weight: 1, arbitrary: tie('collection') },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(null, 'garbage', { type: 'Circle', radius: 1 }),
    },
  ),
  collection: fc
    .array(tie('geometry'), { maxLength: 3 })
    .map((geometries) => ({ type: 'GeometryCollection', geometries })),
}));
const featureText = fc
  .record({
    id: fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 4 }),
      fc.integer({ min: 0, max: 5 }),
      fc.constant({}),
    ),
    properties: propertiesText,
    geometry,
    // Foreign members, as some tools write them.
    foreign: fc.option(fc.tuple(propertyName, propertyValue), { nil: undefined }),
  })
  .map(({ id, properties, geometry, foreign }) => {
    const members = [
      '"type":"Feature"',
      ...(id === undefined ? [] : [`"id":${JSON.stringify(id)}`]),
      `"properties":${properties}`,
      `"geometry":${JSON.stringify(geometry)}`,
      ...(foreign ? [`${JSON.stringify(`x-${foreign[0]}`)}:${JSON.stringify(foreign[1])}`] : []),
    ];
    return `{${members.join(',')}}`;
  });
const fileText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(featureText, { maxLength: 8 })
      .map((fs) => `{"type":"FeatureCollection","features":[${fs.join(',')}]}`),
  },
  { weight: 1, arbitrary: featureText },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const json = (value: unknown) => JSON.stringify(value);
const RULE = /^[a-z]+(-[a-z0-9]+)*$/;

describe('import, over random GeoJSON (fast-check, seeded)', () => {
  it('gives a clear error and changes nothing, or stores, draws and exports every feature', async () => {
    const { serialize, deserialize } = await maplibreTransfer();
    let imported = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fileText, async (text) => {
        const store = createImportedLayerStore(memoryBackend());
        const outcome = await importDataset(
          { fileName: 'fuzz.geojson', bytes: new TextEncoder().encode(text) },
          { reference, chooseFrame: (i) => i.preselected ?? i.candidates[0]!.frame },
        );
        if (!outcome.ok) {
          refused++;
          expect(outcome.errors.length).toBeGreaterThan(0);
          for (const e of outcome.errors) {
            expect(e.rule).toMatch(RULE);
            expect(e.where.file).toBe('fuzz.geojson');
            expect(e.message.zh.trim()).not.toBe('');
            expect(e.message.en.trim()).not.toBe('');
            // The Chinese message is not the browser's English with a Chinese prefix.
            expect(e.message.zh).not.toMatch(/\bin JSON at position\b/);
          }
          const listed = await store.list();
          expect(listed.ok && listed.value).toEqual([]);
          return;
        }
        imported++;
        const parsed = JSON.parse(text) as { type?: string; features?: unknown[] };
        const count = parsed.type === 'FeatureCollection' ? parsed.features!.length : 1;
        expect(outcome.featureCount).toBe(count);
        expect(outcome.collection.features).toHaveLength(count);

        // Stored and read back (as after a reload): the same text, names and all.
        const layer: ImportedLayer = {
          id: 'fuzz',
          name: outcome.name,
          fileName: outcome.fileName,
          frame: outcome.frame,
          importedAt: '2025-11-28T00:00:00.000Z',
          featureCount: outcome.featureCount,
          collection: outcome.collection,
          links: {},
        };
        expect((await store.save(layer)).ok).toBe(true);
        const listed = await store.list();
        expect(listed.ok && listed.value.length).toBe(1);
        const reloaded = (listed.ok && listed.value[0]!.collection) as FeatureCollection;
        expect(json(reloaded)).toBe(json(outcome.collection));

        // Drawn: the map's copy crosses MapLibre's transfer with every feature, ids and
        // (prefixed) names; its tiling and encoding run without an error.
        const drawn = mapSafeCollection(reloaded);
        const inWorker = deserialize(structuredClone(serialize(drawn))) as FeatureCollection;
        expect(inWorker.features).toHaveLength(count);
        inWorker.features.forEach((f: Feature, i) => {
          const original = reloaded.features[i]!;
          expect(f.id).toBe(original.id);
          expect(
            Object.keys(f.properties ?? {})
              .map(originalPropertyName)
              .sort(),
          ).toEqual(Object.keys(original.properties ?? {}).sort());
        });
        const decoded = await throughMaplibre(drawn);
        for (const p of decoded) {
          const ids = new Set(reloaded.features.map((f) => String(f.id)));
          expect(ids.has(String(p.id))).toBe(true);
        }

        // Exported: every feature, with its properties as stored.
        const exported = JSON.parse(
          exportImportedLayer({ ...layer, collection: reloaded }).text,
        ) as FeatureCollection;
        expect(exported.features).toHaveLength(count);
        exported.features.forEach((f, i) => {
          expect(json(f.properties)).toBe(json(reloaded.features[i]!.properties));
          expect(json(f.geometry)).toBe(json(reloaded.features[i]!.geometry));
        });
      }),
      { seed: 17, numRuns: 500 },
    );
    // The generator reaches both sides of the promise.
    expect(imported).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(30);
  }, 120_000);
});
