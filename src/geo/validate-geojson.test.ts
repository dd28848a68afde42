import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  formatDataIssue,
  parseJsonText,
  validateGeojson,
  type DataIssue,
  type DataRule,
} from './validate-geojson.ts';
import { type Frame } from '../model/frames.ts';

const FILE = 'geodata/parks.geojson';

/** A square around 阿哈湖 in degrees, closed. */
const SQUARE = [
  [106.64, 26.54],
  [106.68, 26.54],
  [106.68, 26.57],
  [106.64, 26.57],
  [106.64, 26.54],
];

const feature = (id: string | undefined, geometry: unknown, properties = {}) => ({
  type: 'Feature',
  ...(id === undefined ? {} : { id }),
  properties,
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });
const point = (coordinates: unknown) => ({ type: 'Point', coordinates });

const validate = (json: unknown, frame: Frame = 'EPSG:4326') =>
  validateGeojson(json, { file: FILE, frame });
const validateWithoutFrame = (json: unknown) => validateGeojson(json, { file: FILE });

/** Asserts exactly one issue, of `rule`, naming the file and `feature`, and prints usefully. */
function expectOneIssue(issues: DataIssue[], rule: DataRule, feature: string): DataIssue {
  expect(issues.map((i) => i.rule)).toEqual([rule]);
  const issue = issues[0]!;
  expect(issue.file).toBe(FILE);
  expect(issue.feature).toBe(feature);
  const line = formatDataIssue(issue);
  expect(line).toContain(FILE);
  expect(line).toContain(`› ${rule}:`);
  if (feature) expect(line).toContain(`feature ${feature}`);
  return issue;
}

describe('validateGeojson', () => {
  it('finds nothing wrong with a valid collection of a polygon, a point and a feature without geometry', () => {
    const valid = collection(
      feature('aha-lake', polygon(SQUARE)),
      feature('airport', point([106.8, 26.54])),
      feature('plan-note', null),
    );
    expect(validate(valid)).toEqual([]);
  });

  it('finds nothing wrong with metres in a Gauss–Krüger file, with or without the zone number', () => {
    const metres = [
      [370_000, 2_940_000],
      [371_000, 2_940_000],
      [371_000, 2_941_000],
      [370_000, 2_940_000],
    ];
    expect(validate(collection(feature('a', polygon(metres))), 'EPSG:4545')).toEqual([]);
    const zoned = metres.map(([x, y]) => [x! + 36_000_000, y]);
    expect(validate(collection(feature('a', polygon(zoned))), 'EPSG:4524')).toEqual([]);
  });

  describe('frames', () => {
    it('takes the frame from a crs member when the metadata gives none', () => {
      const withCrs = {
        ...collection(feature('a', polygon(SQUARE))),
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } },
      };
      expect(validateWithoutFrame(withCrs)).toEqual([]);
    });

    it('frame-undeclared: no frame in the metadata and no crs in the file', () => {
      const issue = expectOneIssue(
        validateWithoutFrame(collection(feature('a', polygon(SQUARE)))),
        'frame-undeclared',
        '',
      );
      expect(issue.message).toMatch(/frame/);
    });

    it('frame-unknown: a crs naming EPSG:9999', () => {
      const unknown = {
        ...collection(feature('a', polygon(SQUARE))),
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9999' } },
      };
      const issue = expectOneIssue(validateWithoutFrame(unknown), 'frame-unknown', '');
      expect(issue.message).toContain('EPSG::9999');
    });
  });

  describe('structure', () => {
    it('not-feature-collection: a bare geometry instead of a FeatureCollection', () => {
      expectOneIssue(validate(polygon(SQUARE)), 'not-feature-collection', '');
    });

    it('feature-invalid: an entry of features that is not a Feature', () => {
      expectOneIssue(validate(collection(polygon(SQUARE))), 'feature-invalid', '#0');
    });

    it('geometry-invalid: a geometry type GeoJSON does not have', () => {
      const circle = { type: 'Circle', coordinates: [106.7, 26.5], radius: 500 };
      const issue = expectOneIssue(
        validate(collection(feature('c', circle))),
        'geometry-invalid',
        'c',
      );
      expect(issue.message).toContain('"Circle"');
    });

    it('geometry-invalid: a feature with no geometry member at all (null is the way to say none)', () => {
      const bare: Record<string, unknown> = feature('no-geometry', null);
      delete bare.geometry;
      expectOneIssue(validate(collection(bare)), 'geometry-invalid', 'no-geometry');
    });
  });

  describe('ids', () => {
    it('id-missing: a feature with neither id nor properties.id is named by its index', () => {
      const issues = validate(collection(feature('a', polygon(SQUARE)), feature(undefined, null)));
      expectOneIssue(issues, 'id-missing', '#1');
    });

    it('accepts properties.id in place of a top-level id', () => {
      expect(validate(collection(feature(undefined, null, { id: 520102 })))).toEqual([]);
    });

    it('id-duplicate: the second feature using an id is named', () => {
      const issues = validate(
        collection(feature('520102', polygon(SQUARE)), feature('520102', polygon(SQUARE))),
      );
      const issue = expectOneIssue(issues, 'id-duplicate', '520102');
      expect(issue.message).toContain('"520102"');
    });
  });

  describe('coordinates', () => {
    it('coord-projected: [500000, 2900000] in a file declared EPSG:4326 is metres, not degrees', () => {
      const issue = expectOneIssue(
        validate(collection(feature('p', point([500_000, 2_900_000])))),
        'coord-projected',
        'p',
      );
      expect(issue.message).toContain('[500000, 2900000]');
      expect(issue.message).toContain('EPSG:4326');
    });

    it('coord-swapped: [26.5, 106.7] is latitude first', () => {
      const issue = expectOneIssue(
        validate(collection(feature('s', point([26.5, 106.7])))),
        'coord-swapped',
        's',
      );
      expect(issue.message).toContain('[26.5, 106.7]');
    });

    it('coord-out-of-range: [200, 50] is neither degrees nor plausible metres', () => {
      expectOneIssue(
        validate(collection(feature('r', point([200, 50])))),
        'coord-out-of-range',
        'r',
      );
    });

    it('coord-out-of-range: a negative northing in a Gauss–Krüger file', () => {
      expectOneIssue(
        validate(collection(feature('r', point([370_000, -5_000]))), 'EPSG:4545'),
        'coord-out-of-range',
        'r',
      );
    });

    it.each([
      ['a zone-numbered easting in EPSG:4545', 'EPSG:4545', [36_370_000, 2_940_000]],
      ['an easting without its zone number in EPSG:4524', 'EPSG:4524', [370_000, 2_940_000]],
    ] as const)('coord-out-of-range: %s (proj4 would turn it into Infinity)', (_what, frame, p) => {
      const issue = expectOneIssue(
        validate(collection(feature('z', point(p))), frame),
        'coord-out-of-range',
        'z',
      );
      expect(issue.message).toContain(frame);
    });

    it('coord-not-projected: degrees in a file declared EPSG:4545 (metres)', () => {
      const issue = expectOneIssue(
        validate(collection(feature('d', polygon(SQUARE))), 'EPSG:4545'),
        'coord-not-projected',
        'd',
      );
      expect(issue.message).toContain('EPSG:4545');
    });

    it.each([
      ['NaN', point([Number.NaN, 26.5])],
      ['null', point([106.7, null])],
      ['a string', point(['106.7', 26.5])],
      ['a single number', point([106.7])],
      ['an empty position', point([])],
      ['an empty LineString', { type: 'LineString', coordinates: [] }],
      ['an empty ring', polygon([])],
    ])('coord-not-number: %s', (_what, geometry) => {
      expectOneIssue(validate(collection(feature('n', geometry))), 'coord-not-number', 'n');
    });

    it('reports the first bad position of a feature once, not every one after it', () => {
      const shifted = SQUARE.map(([x, y]) => [y, x]);
      expect(validate(collection(feature('s', polygon(shifted))))).toHaveLength(1);
    });

    it('checks every geometry of a GeometryCollection and every polygon of a MultiPolygon', () => {
      const nested: Geometry = {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [106.7, 26.5] },
          { type: 'MultiPolygon', coordinates: [[SQUARE], [[[26.5, 106.7], ...SQUARE]]] },
        ],
      };
      expectOneIssue(validate(collection(feature('g', nested))), 'coord-swapped', 'g');
    });
  });

  describe('rings', () => {
    it('ring-unclosed: the last position is not the first', () => {
      const issue = expectOneIssue(
        validate(collection(feature('u', polygon(SQUARE.slice(0, 4))))),
        'ring-unclosed',
        'u',
      );
      expect(issue.message).toContain('[106.64,26.54]');
    });

    it('ring-too-short: a closed ring of 3 positions encloses nothing', () => {
      const issue = expectOneIssue(
        validate(collection(feature('t', polygon([SQUARE[0], SQUARE[1], SQUARE[0]])))),
        'ring-too-short',
        't',
      );
      expect(issue.message).toContain('3 positions');
    });

    it('checks holes as well as outer rings', () => {
      const hole = [
        [106.65, 26.55],
        [106.66, 26.55],
        [106.66, 26.56],
        [106.65, 26.56],
      ];
      expectOneIssue(
        validate(collection(feature('h', polygon(SQUARE, hole)))),
        'ring-unclosed',
        'h',
      );
    });
  });
});

describe('parseJsonText', () => {
  it('returns the parsed value of valid JSON', () => {
    expect(parseJsonText('{"type": "FeatureCollection", "features": []}', FILE)).toEqual({
      value: { type: 'FeatureCollection', features: [] },
    });
  });

  it.each([
    [
      'a missing comma',
      '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature" "id": 1}\n  ]\n}',
      'line 4, column 24',
    ],
    [
      'a trailing comma, the usual hand-edit slip',
      '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature"},\n  ]\n}',
      'line 5, column 3',
    ],
    ['a bare word', '{"type": FeatureCollection}', 'line 1, column 10'],
    ['a file cut short', '{\n  "features": [\n    [106.7, 26.5', 'line 3, column 17'],
    ['an empty file', '', 'line 1, column 1'],
  ])('json-invalid: %s is reported with its line and column', (_what, text, where) => {
    const result = parseJsonText(text, FILE);
    expect('issue' in result).toBe(true);
    const { issue } = result as { issue: DataIssue };
    expect(issue).toMatchObject({ file: FILE, feature: '', rule: 'json-invalid' });
    expect(issue.message).toContain(`(${where})`);
    expect(formatDataIssue(issue)).toMatch(/^geodata\/parks\.geojson › json-invalid: /);
  });
});

describe('formatDataIssue', () => {
  it('prints file › feature › rule: message on one line', () => {
    const line = formatDataIssue({
      file: 'geodata/districts.geojson',
      feature: '520115',
      rule: 'ring-unclosed',
      message: 'Polygon ring[0]: first position ≠ last',
    });
    expect(line).toBe(
      'geodata/districts.geojson › feature 520115 › ring-unclosed: Polygon ring[0]: first position ≠ last',
    );
  });
});
