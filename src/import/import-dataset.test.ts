import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import type { Feature, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectJsonFixture } from '../geo/__fixtures__/expect-json-fixture.ts';
import { measureArea } from '../geo/measure-geodesic.ts';
import { eachPosition } from '../geo/sample-positions.ts';
import {
  convertDataset,
  importDataset,
  inspectDataset,
  type ImportProgress,
} from './import-dataset.ts';
import {
  IMPORT_CASES,
  parcelCollection,
  parcelsZip,
  referenceDistricts,
} from './__fixtures__/import-cases.ts';
import { setDeclaredSize } from './__fixtures__/forge-zip.ts';
import { type Frame } from '../model/frames.ts';

const OUT = fileURLToPath(new URL('./__fixtures__/import-dataset/out', import.meta.url));
const reference = referenceDistricts();
const round = (p: Position) => p.map((v) => Math.round(v * 1e6) / 1e6);

/** Where a geometry is: its first positions (a multipolygon: the first of its first parts). */
function firstPositions(geometry: Feature['geometry']): Position[] {
  if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') {
    return ((geometry as Polygon).coordinates[0] ?? [])
      .slice(0, 3)
      .map((r) => (Array.isArray(r[0]) ? round(r[0] as Position) : round(r)));
  }
  const found: Position[] = [];
  eachPosition(geometry, (p) => void (found.length < 3 && found.push(round(p))));
  return found;
}

/** Long strings cut, so a fixture of a 1 MB attribute stays readable. */
const short = (properties: Feature['properties']) =>
  properties &&
  Object.fromEntries(
    Object.entries(properties).map(([k, v]) => [
      k,
      typeof v === 'string' && v.length > 80 ? `${v.slice(0, 20)}… (${v.length} characters)` : v,
    ]),
  );

/**
 * Runs a case the way the app does: inspect, take the preselected frame (or, where the
 * planner must choose, the case's right answer, as they would from the data's source), convert.
 */
async function run(c: (typeof IMPORT_CASES)[number]) {
  const inspected = await inspectDataset(
    { fileName: c.fileName, bytes: c.bytes() },
    { reference, ...c.options },
  );
  if (!inspected.ok) return { ok: false as const, errors: inspected.errors };
  const { inspection } = inspected;
  const answer = inspection.preselected ?? (c.expect as Frame);
  const converted = await convertDataset(inspected.parsed, answer, { reference });
  if (!converted.ok) return { ok: false as const, errors: converted.errors };
  return {
    ok: true as const,
    declared: inspection.declared ?? null,
    encoding: inspection.encoding ?? null,
    candidates: inspection.candidates.map((k) => `${k.frame} ${k.confidence}`),
    preselected: inspection.preselected,
    caution: inspection.caution,
    landings: inspection.landings.map(
      (l) =>
        `${l.frame}: ${l.centre.map((v) => v.toFixed(3)).join(', ')}, ${Math.round(l.insideShare * 100)}% inside, ${Math.round(l.kmFromGuiyang)} km from the centre` +
        (l.metresFromWgs84 === undefined
          ? ''
          : `, ${Math.round(l.metresFromWgs84)} m ${l.directionFromWgs84} of WGS84`) +
        (l.district ? `, ${l.district.name} ${Math.round(l.district.share * 100)}%` : ''),
    ),
    frame: converted.frame,
    featureCount: converted.featureCount,
    bbox: round(converted.bbox),
    warnings: converted.warnings,
    // The first two features, first ring cut to three positions: enough to see place and text.
    features: converted.collection.features.slice(0, 2).map((f) => ({
      id: f.id,
      properties: short(f.properties),
      start: firstPositions(f.geometry),
    })),
  };
}

describe('importDataset: every case of __fixtures__/import-cases.ts', () => {
  it.each(IMPORT_CASES.map((c) => [c.name, c] as const))(
    '%s: gives its out/ fixture',
    async (name, c) => {
      const result = await run(c);
      expectJsonFixture(result, `${OUT}/${name}.json`);
      if (result.ok) expect(result.frame).toBe(c.expect);
      else {
        expect(result.errors[0]!.rule).toBe(c.expect);
        for (const e of result.errors) {
          expect(e.where.file).toBe(c.fileName);
          expect(e.message.zh.length).toBeGreaterThan(4);
          expect(e.message.en.length).toBeGreaterThan(4);
        }
      }
    },
  );
});

describe('a planner drops a zipped shapefile in EPSG:4545 with GBK attributes', () => {
  const zip = () => IMPORT_CASES.find((c) => c.name === 'planning-parcels-4545-gbk')!.bytes();

  it('is offered EPSG:4545 first (from the .prj), and the parcels land where they were drawn', async () => {
    const inspected = await inspectDataset(
      { fileName: 'parcels.zip', bytes: zip() },
      { reference },
    );
    expect(inspected.ok && inspected.inspection.suggested).toBe('EPSG:4545');
    expect(inspected.ok && inspected.inspection.encoding).toBe('gbk');
    if (!inspected.ok) return;
    const converted = await convertDataset(inspected.parsed, 'EPSG:4545');
    if (!converted.ok) throw new Error('conversion failed');
    const first = converted.collection.features[0] as Feature<Polygon>;
    expect(first.properties).toMatchObject({
      名称: '观山湖片区规划地块',
      地类: '居住用地',
      编号: 1,
    });
    const ring = first.geometry.coordinates[0]!;
    const centre = [0, 1].map((k) => ring.slice(0, 4).reduce((s, p) => s + p[k]!, 0) / 4);
    expect(Math.abs(centre[0]! - 106.63) * 99_600).toBeLessThan(2); // metres east–west
    expect(Math.abs(centre[1]! - 26.6) * 110_800).toBeLessThan(2); // metres north–south
    // A 300 m × 200 m rectangle in a conformal zone: 6 公顷 within the zone's scale error.
    expect(Math.abs(measureArea(first.geometry) - 60_000)).toBeLessThan(60_000 * 0.001);
  });

  it('keeps a hostile attribute as the very string it was', async () => {
    const converted = await importDataset({ fileName: 'parcels.zip', bytes: zip() });
    if (!converted.ok) throw new Error('import failed');
    expect(converted.collection.features[2]!.properties!['备注']).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('lands ~300 km away with a warning when the planner picks the other zone', async () => {
    const converted = await importDataset(
      { fileName: 'parcels.zip', bytes: zip() },
      { chooseFrame: () => 'EPSG:4544' },
    );
    if (!converted.ok) throw new Error('import failed');
    expect(converted.bbox[0]).toBeLessThan(104);
    expect(converted.warnings.map((w) => w.rule)).toContain('outside-extent');
  });

  it('refuses a frame the numbers cannot be in, naming feature and position', async () => {
    const converted = await importDataset(
      { fileName: 'parcels.zip', bytes: zip() },
      { chooseFrame: () => 'EPSG:4524' },
    );
    expect(converted.ok).toBe(false);
    if (converted.ok) return;
    expect(converted.errors[0]).toMatchObject({
      rule: 'coord-out-of-range',
      where: {
        file: 'parcels.zip',
        entry: 'parcels/规划地块.shp',
        feature: '#0',
        path: 'Polygon ring[0][0]',
      },
    });
  });

  it('reports progress per phase, from 0 to 1, never going back', async () => {
    const seen: ImportProgress[] = [];
    await importDataset(
      { fileName: 'parcels.zip', bytes: zip() },
      { onProgress: (p) => seen.push(p) },
    );
    for (const phase of ['inspect', 'convert'] as const) {
      const fractions = seen.filter((p) => p.phase === phase).map((p) => p.fraction);
      expect(fractions.length).toBeGreaterThan(1);
      expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
      expect(fractions.at(-1)).toBe(1);
    }
    expect(new Set(seen.map((p) => p.stage))).toEqual(
      new Set(['parse', 'detect', 'validate', 'reproject']),
    );
  });
});

describe('bad input: a clear message naming the problem and where', () => {
  it('hostile strings stay strings, and "__proto__" stays a plain key (no prototype pollution)', async () => {
    const c = IMPORT_CASES.find((k) => k.name === 'hostile-attributes')!;
    const converted = await importDataset({ fileName: c.fileName, bytes: c.bytes() });
    if (!converted.ok) throw new Error('import failed');
    const p = converted.collection.features[0]!.properties!;
    expect(p['note']).toBe('<script>alert(1)</script>');
    expect(Object.hasOwn(p, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists at most 50 problems and says how many more there are', async () => {
    const bad = parcelCollection('EPSG:4326');
    const many = Array.from({ length: 80 }, (_, i) => ({
      ...bad.features[0]!,
      id: `u${i}`,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106.7, 26.5],
            [106.71, 26.5],
            [106.71, 26.51],
          ],
        ],
      },
    }));
    const result = await importDataset({
      fileName: 'many.geojson',
      bytes: strToU8(JSON.stringify({ type: 'FeatureCollection', features: many })),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(51);
    expect(result.errors.at(-1)).toMatchObject({
      rule: 'issues-truncated',
      message: { en: '110 more problems are not listed' },
    });
  });

  it('survives an entry that declares fewer bytes than it holds (inflated only that far)', async () => {
    const lying = setDeclaredSize(parcelsZip(), 'parcels/规划地块.shp', 120);
    const result = await importDataset({ fileName: 'lying.zip', bytes: lying });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.rule).toMatch(/^(shp-invalid|zip-invalid)$/);
  });

  it('ignores macOS resource forks and warns that only the first of several shapefiles is read', async () => {
    const one = parcelsZip({ stem: 'a/一' });
    const { unzipSync } = await import('fflate');
    const files = unzipSync(one);
    const two = zipSync({
      ...files,
      ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k.replace('a/一', 'b/二'), v])),
      '__MACOSX/a/._一.shp': new Uint8Array(10),
    });
    const result = await importDataset({ fileName: 'two.zip', bytes: two });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.rule)).toContain('zip-several-shapefiles');
  });

  it('renumbers repeated ids, keeping the originals as source_id', async () => {
    const c = parcelCollection('EPSG:4326');
    const repeated = {
      ...c,
      features: c.features.map((f) => ({
        ...f,
        id: undefined,
        properties: { ...f.properties, id: 7 },
      })),
    };
    const result = await importDataset({
      fileName: 'ids.geojson',
      bytes: strToU8(JSON.stringify(repeated)),
    });
    if (!result.ok) throw new Error('import failed');
    expect(result.collection.features.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
    expect(result.collection.features[0]!.properties).toMatchObject({ id: 'f1', source_id: 7 });
    expect(result.warnings.map((w) => w.rule)).toContain('ids-renumbered');
  });

  it.each<[string, Frame]>([
    ['GCJ-02', 'GCJ-02'],
    ['BD-09', 'BD-09'],
  ])(
    '%s boundaries copied from a web map come back onto the WGS84 boundaries',
    async (_n, frame) => {
      const c = IMPORT_CASES.find((k) => k.expect === frame)!;
      const result = await importDataset({ fileName: c.fileName, bytes: c.bytes() }, { reference });
      if (!result.ok) throw new Error('import failed');
      const original = reference.features.find((f) => f.id === '520103')!;
      const [x, y] = (result.collection.features[0]!.geometry as { coordinates: Position[][][] })
        .coordinates[0]![0]![0]!;
      const [ox, oy] = (original.geometry as Polygon).coordinates[0]![0]!;
      expect(Math.abs(x! - ox!) * 99_600).toBeLessThan(0.2);
      expect(Math.abs(y! - oy!) * 110_800).toBeLessThan(0.2);
    },
  );
});
