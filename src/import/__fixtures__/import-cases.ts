import { readFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { transformFromWgs84, transformToWgs84 } from '../../geo/transform-position.ts';
import type { ImportRule } from '../import-issue.ts';
import { setDeclaredSize } from './forge-zip.ts';
import { encodeGbk, writeShapefile, type DbfField } from './write-shapefile.ts';
import { type Frame } from '../../model/frames.ts';

// The import cases, built in memory from code: the unit tests run them through the pipeline
// and compare with out/<case>.json; scripts/make-import-fixtures.ts writes the same bytes to
// e2e/fixtures/ for the browser stories. One definition, so the two cannot drift apart.

const fixtures = new URL('../../geo/__fixtures__/', import.meta.url);
const prj = (name: string) => readFileSync(new URL(`parse-prj/in/${name}.prj`, fixtures), 'utf8');

/** District boundaries (WGS84) the tests detect offsets against: 云岩, 南明, 白云 of the build. */
export function referenceDistricts(): FeatureCollection {
  return JSON.parse(
    readFileSync(new URL('detect-frame/reference.geojson', fixtures), 'utf8'),
  ) as FeatureCollection;
}

/** Planning parcels around central Guiyang (WGS84 centres), drawn as 300 m × 200 m rectangles. */
const PARCELS = [
  {
    名称: '观山湖片区规划地块',
    地类: '居住用地',
    备注: '金阳新区北侧',
    编号: 1,
    at: [106.63, 26.6],
  },
  { 名称: '南明河滨水绿地', 地类: '公园绿地', 备注: '沿河步道', 编号: 2, at: [106.715, 26.57] },
  {
    名称: '云岩中心商业地块',
    地类: '商业用地',
    备注: '<img src=x onerror=alert(1)>',
    编号: 3,
    at: [106.705, 26.585],
  },
] as const;

const FIELDS: DbfField[] = [
  { name: '名称', type: 'C', length: 40 },
  { name: '地类', type: 'C', length: 20 },
  { name: '备注', type: 'C', length: 60 },
  { name: '编号', type: 'N', length: 6 },
];

/** The parcels as closed rings in `frame`: whole-metre rectangles in EPSG:4545, converted. */
function parcelRings(frame: Frame): Position[][] {
  const gk = transformFromWgs84('EPSG:4545');
  const toWgs = transformToWgs84('EPSG:4545');
  const to = transformFromWgs84(frame);
  return PARCELS.map(({ at }) => {
    const [e, n] = gk([...at]).map(Math.round) as [number, number];
    const ring = [
      [e - 150, n - 100],
      [e + 150, n - 100],
      [e + 150, n + 100],
      [e - 150, n + 100],
      [e - 150, n - 100],
    ];
    return frame === 'EPSG:4545' ? ring : ring.map((p) => to(toWgs(p)));
  });
}

const parcelProperties = () => PARCELS.map(({ at: _at, ...properties }) => properties);

/** The parcels as a GeoJSON FeatureCollection in `frame`. */
export function parcelCollection(frame: Frame): FeatureCollection {
  const rings = parcelRings(frame);
  return {
    type: 'FeatureCollection',
    features: parcelProperties().map((properties, i): Feature => ({
      type: 'Feature',
      id: `P${i + 1}`,
      properties,
      geometry: { type: 'Polygon', coordinates: [rings[i]!] },
    })),
  };
}

/** The parts of a zipped shapefile; each may be left out or replaced. */
interface ShapefileZipParts {
  frame?: Frame;
  encoding?: 'gbk' | 'utf-8';
  languageDriver?: number;
  prj?: string | null;
  cpg?: string | null;
  omit?: ('shp' | 'dbf' | 'shx')[];
  stem?: string;
}

/** The parcels as a zipped shapefile (folder `parcels/`, as planners' zips usually have one). */
export function parcelsZip(parts: ShapefileZipParts = {}): Uint8Array {
  const frame = parts.frame ?? 'EPSG:4545';
  const rings = parcelRings(frame);
  const records = parcelProperties().map((properties, i) => ({
    geometry: { type: 'Polygon' as const, coordinates: [rings[i]!] },
    properties,
  }));
  const encoding = parts.encoding ?? 'gbk';
  const files = writeShapefile(records, {
    fields: FIELDS,
    encode: encoding === 'gbk' ? encodeGbk : undefined,
    languageDriver: parts.languageDriver ?? 0,
  });
  const stem = parts.stem ?? 'parcels/规划地块';
  const zippable: Zippable = {};
  for (const ext of ['shp', 'shx', 'dbf'] as const) {
    if (!parts.omit?.includes(ext)) zippable[`${stem}.${ext}`] = files[ext];
  }
  const prjText = parts.prj === undefined ? prj('esri-cgcs2000-gk-cm-108e') : parts.prj;
  if (prjText !== null) zippable[`${stem}.prj`] = strToU8(prjText);
  if (parts.cpg) zippable[`${stem}.cpg`] = strToU8(parts.cpg);
  // Fixed dates keep the bytes (and the committed e2e fixtures) reproducible.
  return zipSync(zippable, { level: 6, mtime: new Date('2025-11-28T00:00:00Z') });
}

const json = (value: unknown, indent: number | undefined = 1) =>
  strToU8(JSON.stringify(value, null, indent));
const collectionOf = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const polygonFeature = (id: string, ring: unknown[], properties = {}) => ({
  type: 'Feature',
  id,
  properties,
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const SQUARE = [
  [106.7, 26.56],
  [106.71, 26.56],
  [106.71, 26.57],
  [106.7, 26.57],
  [106.7, 26.56],
];

/** Two districts of the reference, converted to an offset frame, as planners copy them from web maps. */
function districtsIn(frame: Frame): FeatureCollection {
  const to = transformFromWgs84(frame);
  const picked = referenceDistricts().features.filter((f) =>
    ['520103', '520113'].includes(String(f.id)),
  );
  return {
    type: 'FeatureCollection',
    features: picked.map((f) => {
      const polygons =
        f.geometry.type === 'Polygon'
          ? [f.geometry.coordinates]
          : f.geometry.type === 'MultiPolygon'
            ? f.geometry.coordinates
            : [];
      return {
        type: 'Feature',
        id: String(f.id),
        properties: { 名称: f.properties?.name, 来源: `网络地图 ${frame}` },
        geometry: {
          type: 'MultiPolygon',
          coordinates: polygons.map((p) => p.map((r) => r.map(to))),
        },
      };
    }),
  };
}

/** Property names that shadow Object.prototype members or MapLibre's reserved `$name`. */
export const SHADOWING_NAMES = [
  'constructor',
  'hasOwnProperty',
  'toString',
  '__proto__',
  'valueOf',
  'isPrototypeOf',
  '$name',
] as const;

/** Four places in central Guiyang (WGS84), where planners' point files usually are. */
export const GUIYANG_POINTS: [number, number][] = [
  [106.7135, 26.5783],
  [106.6302, 26.6461],
  [106.7298, 26.5551],
  [106.6851, 26.6123],
];

/**
 * Two points in degrees, one of whose features carries every shadowing name (and nested
 * ones): written by hand, since an object literal would not keep "__proto__" as a key.
 */
export function shadowingNamesText(): string {
  const own = SHADOWING_NAMES.map(
    (name) => `${JSON.stringify(name)}:${JSON.stringify(`x-${name}`)}`,
  );
  const [a, b] = GUIYANG_POINTS;
  return `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"a",${own.join(',')},"nested":{"constructor":"n","__proto__":{"deep":1},"list":[{"hasOwnProperty":2}]}},"geometry":{"type":"Point","coordinates":${JSON.stringify(a)}}},
{"type":"Feature","properties":{"name":"b","constructor":"x"},"geometry":{"type":"Point","coordinates":${JSON.stringify(b)}}}
]}
`;
}

/** The four points in `frame`, as copied from a web map (no `crs`). */
export function guiyangPointsIn(frame: Frame): FeatureCollection {
  const to = transformFromWgs84(frame);
  return {
    type: 'FeatureCollection',
    features: GUIYANG_POINTS.map((p, i): Feature => ({
      type: 'Feature',
      properties: { name: `地点${i + 1}`, 来源: `网络地图 ${frame}` },
      geometry: { type: 'Point', coordinates: to(p).map((v) => +v.toFixed(6)) },
    })),
  };
}

/** Characters of the long attribute of `long-attribute.geojson`: 1 MiB of UTF-8. */
export const LONG_ATTRIBUTE_CHARACTERS = Math.floor((1024 * 1024) / 3);

/** A point feature in Guiyang whose `说明` holds `size` characters (long-attribute stories). */
export function longAttributeText(size: number): string {
  const unit = '贵阳贵安新型城镇化规划说明文字;';
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return `${JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: '长属性地块', 说明: text, 编号: 1 },
        geometry: { type: 'Point', coordinates: GUIYANG_POINTS[0] },
      },
      {
        type: 'Feature',
        properties: { name: '普通地块', 说明: '短说明', 编号: 2 },
        geometry: { type: 'Point', coordinates: GUIYANG_POINTS[1] },
      },
    ],
  })}\n`;
}

/** One import case: a file, how to run it, and what must come out. */
export interface ImportCase {
  name: string;
  fileName: string;
  bytes: () => Uint8Array;
  /** The outcome: a frame for a good file, the first rule broken for a bad one. */
  expect: Frame | ImportRule;
  /** Whether the case is written to e2e/fixtures for the browser stories. */
  e2e: boolean;
  options?: { maxFileBytes?: number; maxExpandedBytes?: number };
}

const c = (
  name: string,
  fileName: string,
  expect: ImportCase['expect'],
  bytes: () => Uint8Array,
  more: Partial<ImportCase> = {},
): ImportCase => ({ name, fileName, expect, bytes, e2e: false, ...more });
const e2e = { e2e: true };

/** Every case, good files first. */
export const IMPORT_CASES: ImportCase[] = [
  c(
    'planning-parcels-4545-gbk',
    'planning-parcels-4545-gbk.zip',
    'EPSG:4545',
    () => parcelsZip({ languageDriver: 0x4d }),
    e2e,
  ),
  c('parcels-4545-utf8-cpg', 'parcels-4545-utf8.zip', 'EPSG:4545', () =>
    parcelsZip({ encoding: 'utf-8', cpg: 'UTF-8' }),
  ),
  c('parcels-4545-gbk-cpg-936', 'parcels-4545-gbk-936.zip', 'EPSG:4545', () =>
    parcelsZip({ cpg: '936' }),
  ),
  c('parcels-4545-gbk-no-cpg', 'parcels-4545-gbk-no-cpg.zip', 'EPSG:4545', () => parcelsZip()),
  c('parcels-4545-no-prj', 'parcels-4545-no-prj.zip', 'EPSG:4545', () => parcelsZip({ prj: null })),
  c('parcels-4544-no-prj', 'parcels-4544-no-prj.zip', 'EPSG:4544', () =>
    parcelsZip({ frame: 'EPSG:4544', prj: null }),
  ),
  c(
    'parcels-4524-no-prj',
    'parcels-4524-no-prj.zip',
    'EPSG:4524',
    () => parcelsZip({ frame: 'EPSG:4524', prj: null }),
    e2e,
  ),
  c('parcels-4523-no-prj', 'parcels-4523-no-prj.zip', 'EPSG:4523', () =>
    parcelsZip({ frame: 'EPSG:4523', prj: null }),
  ),
  c(
    'districts-gcj02',
    'districts-gcj02.geojson',
    'GCJ-02',
    () => json(districtsIn('GCJ-02'), undefined),
    e2e,
  ),
  c('districts-bd09', 'districts-bd09.geojson', 'BD-09', () =>
    json(districtsIn('BD-09'), undefined),
  ),
  c('parcels-wgs84', 'parcels-wgs84.geojson', 'EPSG:4326', () =>
    json(parcelCollection('EPSG:4326')),
  ),
  c('parcels-cgcs2000-crs', 'parcels-cgcs2000.geojson', 'EPSG:4490', () =>
    json({
      ...parcelCollection('EPSG:4490'),
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } },
    }),
  ),
  c(
    'hostile-attributes',
    'hostile-attributes.geojson',
    'EPSG:4326',
    () =>
      strToU8(
        // Written by hand: JSON.stringify would not keep "__proto__" as a plain key.
        `{"type":"FeatureCollection","features":[{"type":"Feature","id":"x1","properties":{"名称":"<img src=x onerror=alert(1)>","note":"<script>alert(1)</script>","link":"javascript:alert(1)","template":"{{constructor.constructor('alert(1)')()}}","bidi":"\\u202egnp.exe","__proto__":{"polluted":true}},"geometry":{"type":"Polygon","coordinates":[${JSON.stringify(SQUARE)}]}}]}`,
      ),
    e2e,
  ),
  c(
    'not-json',
    'bad/not-json.geojson',
    'json-invalid',
    () =>
      strToU8(
        '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature",},\n  ]\n}\n',
      ),
    e2e,
  ),
  c(
    'not-geojson',
    'bad/not-geojson.json',
    'not-geojson',
    () => json({ 项目: '规划', items: [1, 2, 3] }),
    e2e,
  ),
  c(
    'missing-shp',
    'bad/missing-shp.zip',
    'zip-missing-shp',
    () => parcelsZip({ omit: ['shp', 'shx'] }),
    e2e,
  ),
  c(
    'missing-dbf',
    'bad/missing-dbf.zip',
    'zip-missing-dbf',
    () => parcelsZip({ omit: ['dbf'] }),
    e2e,
  ),
  c(
    'unknown-prj',
    'bad/unknown-prj.zip',
    'prj-unknown-frame',
    () => parcelsZip({ prj: prj('unknown-xian-1980-gk-cm-108e') }),
    e2e,
  ),
  c(
    'zip-bomb-declared',
    'bad/zip-bomb.zip',
    'zip-too-large',
    () => setDeclaredSize(parcelsZip(), 'parcels/规划地块.shp', 0xfffffff0),
    e2e,
  ),
  c(
    'zip-bomb-compressible',
    'bad/zip-bomb-small.zip',
    'zip-too-large',
    () =>
      zipSync(
        { 'bomb.shp': new Uint8Array(3 * 1024 * 1024), 'bomb.dbf': new Uint8Array(10) },
        { level: 9, mtime: new Date('2025-11-28T00:00:00Z') },
      ),
    { options: { maxExpandedBytes: 1024 * 1024 } },
  ),
  c(
    'zip-slip',
    'bad/zip-slip.zip',
    'zip-unsafe-path',
    () => parcelsZip({ stem: '../../规划地块' }),
    e2e,
  ),
  c('zip-absolute-path', 'bad/zip-absolute.zip', 'zip-unsafe-path', () =>
    parcelsZip({ stem: '/tmp/规划地块' }),
  ),
  c('zip-backslash', 'bad/zip-backslash.zip', 'zip-unsafe-path', () =>
    parcelsZip({ stem: '..\\规划地块' }),
  ),
  c('not-a-zip', 'bad/not-a-zip.zip', 'zip-invalid', () =>
    strToU8('PK\u0003\u0004 but not really a zip'),
  ),
  c(
    'too-large',
    'bad/too-large.geojson',
    'file-too-large',
    () => json(parcelCollection('EPSG:4326')),
    { options: { maxFileBytes: 1024 } },
  ),
  c('empty-file', 'bad/empty.geojson', 'file-empty', () => new Uint8Array(0)),
  c(
    'shapefile-part',
    'bad/parcels.shp',
    'file-type-unknown',
    () => writeShapefile([], { fields: FIELDS }).shp,
  ),
  c(
    'nan',
    'bad/nan.geojson',
    'coord-not-number',
    () =>
      strToU8(
        `{"type":"FeatureCollection","features":[\n{"type":"Feature","id":"n1","properties":{},"geometry":{"type":"Point","coordinates":[106.7,NaN]}}\n]}`,
      ),
    e2e,
  ),
  c('null-coordinate', 'bad/null-coordinate.geojson', 'coord-not-number', () =>
    json(
      collectionOf({
        type: 'Feature',
        id: 'n2',
        properties: {},
        geometry: { type: 'Point', coordinates: [106.7, null] },
      }),
    ),
  ),
  c(
    'empty-coordinates',
    'bad/empty-coordinates.geojson',
    'coord-not-number',
    () =>
      json(
        collectionOf(polygonFeature('ok', SQUARE), {
          type: 'Feature',
          id: 'e1',
          properties: {},
          geometry: { type: 'Polygon', coordinates: [[]] },
        }),
      ),
    e2e,
  ),
  c(
    'unclosed-ring',
    'bad/unclosed-ring.geojson',
    'ring-unclosed',
    () => json(collectionOf(polygonFeature('u1', SQUARE.slice(0, 4)))),
    e2e,
  ),
  c(
    'self-intersecting-ring',
    'bad/self-intersecting-ring.geojson',
    'ring-self-intersecting',
    () =>
      json(
        collectionOf(
          polygonFeature('bowtie', [
            [106.7, 26.56],
            [106.71, 26.57],
            [106.71, 26.56],
            [106.7, 26.57],
            [106.7, 26.56],
          ]),
        ),
      ),
    e2e,
  ),
  c(
    'swapped-latlon',
    'bad/swapped-latlon.geojson',
    'coord-swapped',
    () =>
      json({
        ...parcelCollection('EPSG:4326'),
        features: parcelCollection('EPSG:4326').features.map((f) => ({
          ...f,
          geometry: {
            type: 'Polygon',
            coordinates: (f.geometry as { coordinates: Position[][] }).coordinates.map((r) =>
              r.map(([x, y]) => [y, x]),
            ),
          },
        })),
      }),
    e2e,
  ),
  c(
    'projected-claims-degrees',
    'bad/projected-claims-degrees.geojson',
    'coord-projected',
    () =>
      json({
        ...parcelCollection('EPSG:4545'),
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } },
      }),
    e2e,
  ),
  c('projected-claims-degrees-prj', 'bad/projected-claims-degrees-prj.zip', 'coord-projected', () =>
    parcelsZip({ prj: prj('esri-wgs84-geographic') }),
  ),
  c('unknown-crs', 'bad/unknown-crs.geojson', 'frame-unknown', () =>
    json({
      ...parcelCollection('EPSG:4326'),
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2385' } },
    }),
  ),
  c(
    'shadowing-names',
    'shadowing-names.geojson',
    'EPSG:4326',
    () => strToU8(shadowingNamesText()),
    e2e,
  ),
  c(
    'shadowing-names-shapefile',
    'shadowing-names.zip',
    'EPSG:4545',
    () => {
      // DBF field names hold at most 10 characters: these are the shadowing ones that fit,
      // and two that a desktop GIS cut to the same name.
      const fields: DbfField[] = [
        { name: '__proto__', type: 'C', length: 20 },
        { name: 'toString', type: 'C', length: 20 },
        { name: 'valueOf', type: 'N', length: 6 },
        { name: '$name', type: 'C', length: 20 },
        { name: '名称', type: 'C', length: 40 },
        { name: '名称', type: 'C', length: 40 },
      ];
      const rings = parcelRings('EPSG:4545');
      const files = writeShapefile(
        rings.map((ring, i) => ({
          geometry: { type: 'Polygon' as const, coordinates: [ring] },
          // Object.fromEntries: a literal "__proto__" key would set the prototype instead.
          properties: Object.fromEntries([
            ['__proto__', `p${i}`],
            ['toString', `s${i}`],
            ['valueOf', i],
            ['$name', `n${i}`],
            ['名称', `地块${i + 1}`],
          ]),
        })),
        { fields, encode: encodeGbk, languageDriver: 0x4d },
      );
      const zippable: Zippable = {
        'shadow/shadow.shp': files.shp,
        'shadow/shadow.shx': files.shx,
        'shadow/shadow.dbf': files.dbf,
        'shadow/shadow.prj': strToU8(prj('esri-cgcs2000-gk-cm-108e')),
      };
      return zipSync(zippable, { level: 6, mtime: new Date('2025-11-28T00:00:00Z') });
    },
    e2e,
  ),
  c(
    'guiyang-points-gcj02',
    'guiyang-points-gcj02.geojson',
    'GCJ-02',
    () => json(guiyangPointsIn('GCJ-02')),
    e2e,
  ),
  c(
    'guiyang-points-bd09',
    'guiyang-points-bd09.geojson',
    'BD-09',
    () => json(guiyangPointsIn('BD-09')),
    e2e,
  ),
  c(
    'projected-far-from-guiyang',
    'projected-far-from-guiyang.geojson',
    'EPSG:4545',
    () =>
      json(
        collectionOf({
          type: 'Feature',
          properties: { name: '远处的点' },
          geometry: { type: 'Point', coordinates: [566000, 2937000] },
        }),
      ),
    e2e,
  ),
  c(
    'long-attribute',
    'long-attribute.geojson',
    'EPSG:4326',
    () => strToU8(longAttributeText(LONG_ATTRIBUTE_CHARACTERS)),
    e2e,
  ),
  c(
    'nested-empty-geometry-collection',
    'bad/nested-geometry-collection.geojson',
    'geometry-empty',
    () =>
      json(
        collectionOf({
          type: 'Feature',
          id: 'gc',
          properties: { name: '嵌套' },
          geometry: {
            type: 'GeometryCollection',
            geometries: [{ type: 'GeometryCollection', geometries: [] }],
          },
        }),
      ),
    e2e,
  ),
  c(
    'nested-geometry-collection-too-deep',
    'bad/deep-geometry-collection.geojson',
    'geometry-nested-too-deep',
    () => {
      let geometry: object = { type: 'Point', coordinates: [106.7, 26.56] };
      for (let i = 0; i < 6; i++) geometry = { type: 'GeometryCollection', geometries: [geometry] };
      return json(collectionOf({ type: 'Feature', id: 'deep', properties: {}, geometry }));
    },
  ),
  c('nested-geometry-collection', 'nested-geometry-collection.geojson', 'EPSG:4326', () =>
    json(
      collectionOf({
        type: 'Feature',
        id: 'gc2',
        properties: { name: '嵌套' },
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [106.7, 26.56] },
            {
              type: 'GeometryCollection',
              geometries: [
                {
                  type: 'LineString',
                  coordinates: [
                    [106.7, 26.56],
                    [106.71, 26.57],
                  ],
                },
              ],
            },
          ],
        },
      }),
    ),
  ),
  c('all-null-geometry', 'bad/all-null-geometry.geojson', 'geometry-empty', () =>
    json(collectionOf({ type: 'Feature', id: 'n', properties: { name: 'x' }, geometry: null })),
  ),
];
