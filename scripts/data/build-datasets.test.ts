import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, LineString, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DataRule } from '../../src/geo/validate-geojson.ts';
import { buildDatasets } from './build-datasets.ts';
import { BuiltDataset } from './dataset-schemas.ts';

/** One folder per case: a minimal `geodata/` with `<id>.meta.json` files and their sources. */
const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);

describe('buildDatasets on a valid geodata folder', () => {
  // The generic build (reading, converting, deriving); layer contracts are tested elsewhere.
  const { datasets, issues } = buildDatasets(fixture('valid'), { contracts: new Map() });
  const dataset = (id: string) => datasets.find((d) => d.meta.id === id)!;
  const featureOf = (id: string, featureId: string) =>
    dataset(id).collection.features.find((f) => f.id === featureId)!;

  it('builds every dataset, with no issues, in dependency order', () => {
    expect(issues).toEqual([]);
    expect(datasets.map((d) => d.meta.id)).toEqual(['districts', 'structure', 'survey']);
  });

  it('converts a GCJ-02 file to WGS84 and says so in the manifest entry', () => {
    const districts = dataset('districts');
    expect(districts.meta.frame).toBe('GCJ-02');
    expect(districts.meta.conversion).toBe('GCJ-02 → EPSG:4326');
    // the first vertex in the file is [106.7, 26.56] (GCJ-02); at Guiyang WGS84 lies ~540 m north-west
    const [x, y] = (featureOf('districts', '520102').geometry as Polygon).coordinates[0]![0]!;
    expect(x).toBeCloseTo(106.6962683, 6);
    expect(y).toBeCloseTo(26.5635458, 6);
  });

  it('converts the district seat points too, not only the geometry', () => {
    const seat = featureOf('districts', '520102').properties!.seat as Position;
    expect(seat).not.toEqual([106.71, 26.57]);
    expect(seat[0]).toBeCloseTo(106.706244, 5);
    expect(seat[1]).toBeCloseTo(26.573532, 5);
  });

  it('takes the frame from a crs member and converts Gauss–Krüger metres to degrees', () => {
    const survey = dataset('survey');
    expect(survey.meta.frame).toBe('EPSG:4545');
    expect(survey.meta.conversion).toBe('EPSG:4545 → EPSG:4326');
    const road = featureOf('survey', 'road-1').geometry as LineString;
    // the metres were projected from these degrees with the EPSG:4545 parameters
    expect(road.coordinates[0]![0]).toBeCloseTo(106.75, 6);
    expect(road.coordinates[0]![1]).toBeCloseTo(26.6, 6);
  });

  it('leaves a WGS84 dataset as it is', () => {
    expect(dataset('structure').meta.conversion).toBe('none');
    const south = featureOf('structure', 'centre-south').geometry as Polygon;
    expect(south.coordinates[0]![0]).toEqual([106.35, 26.35]);
  });

  it('gives every feature properties.id (from either place) and its dataset’s provenance', () => {
    for (const { meta, collection } of datasets) {
      for (const feature of collection.features) {
        expect(feature.properties?.id, `${meta.id}`).toBe(feature.id);
        expect(feature.properties?.provenance, `${meta.id} ${feature.id}`).toBeTruthy();
      }
    }
    // 520103 had its id only in properties: the build puts it at the top level as well
    expect(featureOf('districts', '520103').properties?.provenance).toBe('real');
    // a feature's own provenance wins over the dataset's
    expect(featureOf('structure', 'centre-south').properties?.provenance).toBe('schematic');
    expect(featureOf('survey', 'road-1').properties?.provenance).toBe('sample');
  });

  it('gives each area one label point inside it, and lines and points none', () => {
    for (const { collection } of datasets) {
      for (const feature of collection.features) {
        const labelPoint = feature.properties?.labelPoint as Position | undefined;
        if (feature.geometry?.type === 'Polygon' || feature.geometry?.type === 'MultiPolygon') {
          expect(labelPoint, String(feature.id)).toHaveLength(2);
          expect(booleanPointInPolygon(labelPoint!, feature as Feature<Polygon>)).toBe(true);
        } else {
          expect(labelPoint, String(feature.id)).toBeUndefined();
        }
      }
    }
  });

  it('derives the structure from the converted districts: a union and a seat point', () => {
    const core = featureOf('structure', 'core');
    expect(core.geometry?.type).toBe('Polygon');
    expect((core.geometry as Polygon).coordinates).toHaveLength(1);
    expect(core.properties).not.toHaveProperty('derive');
    const cluster = featureOf('structure', 'cluster').geometry as Point;
    expect(cluster.coordinates).toEqual(featureOf('districts', '520102').properties!.seat);
  });

  it('describes each dataset as the manifest schema expects', () => {
    for (const { meta, collection } of datasets) {
      const entry = { ...meta, url: `data/${meta.id}.geojson`, builtAt: '2026-01-01T00:00:00Z' };
      expect(BuiltDataset.safeParse(entry).success, meta.id).toBe(true);
      expect(meta.featureCount).toBe(collection.features.length);
      const [west, south, east, north] = meta.bbox;
      expect(west).toBeLessThan(east);
      expect(south).toBeLessThan(north);
      expect(meta).not.toHaveProperty('origin');
    }
    expect(dataset('districts').meta.bbox[0]).toBeCloseTo(106.6962672, 6);
  });
});

interface BrokenCase {
  /** The fixture folder. */
  name: string;
  file: string;
  feature: string;
  rule: DataRule;
  /** Text the message must hold, to be actionable. */
  says?: string;
  /** Datasets of the folder that still build; the broken one never ships half-converted. */
  builds?: string[];
}

describe('buildDatasets stops on broken input, naming the file, the feature and the rule', () => {
  it.each<BrokenCase>([
    {
      name: 'invalid-json',
      file: 'parks.geojson',
      feature: '',
      rule: 'json-invalid',
      says: 'line 5, column 3',
    },
    { name: 'missing-feature-id', file: 'parks.geojson', feature: '#1', rule: 'id-missing' },
    {
      name: 'duplicate-feature-id',
      file: 'parks.geojson',
      feature: 'aha-lake',
      rule: 'id-duplicate',
    },
    {
      name: 'coordinates-out-of-range',
      file: 'parks.geojson',
      feature: 'aha-lake',
      rule: 'coord-out-of-range',
    },
    {
      name: 'projected-coordinates-in-degrees-file',
      file: 'parks.geojson',
      feature: 'aha-lake',
      rule: 'coord-projected',
      says: 'EPSG:4326',
    },
    { name: 'unclosed-ring', file: 'parks.geojson', feature: 'aha-lake', rule: 'ring-unclosed' },
    { name: 'undeclared-frame', file: 'parks.geojson', feature: '', rule: 'frame-undeclared' },
    {
      name: 'meta-invalid',
      file: 'parks.meta.json',
      feature: '',
      rule: 'meta-invalid',
      says: 'licence',
    },
    {
      name: 'meta-id-not-file-name',
      file: 'parks.meta.json',
      feature: '',
      rule: 'meta-invalid',
      says: '"gardens"',
    },
    { name: 'source-missing', file: 'parks.geojson', feature: '', rule: 'source-missing' },
    {
      name: 'derived-input-missing',
      file: 'structure.meta.json',
      feature: '',
      rule: 'meta-dependency',
      says: '"districts"',
    },
    // The element is named in the message only: derive-failed issues carry no feature.
    {
      name: 'derive-unknown-district',
      file: 'structure.geojson',
      feature: '',
      rule: 'derive-failed',
      says: 'element core: district 520199',
      builds: ['districts'],
    },
  ])('$name: $file › feature "$feature" › $rule', ({ name, file, feature, rule, says, builds }) => {
    // The GeoJSON rules alone: these fixtures' features are not meant to meet a layer's contract.
    const { datasets, issues } = buildDatasets(fixture(name), { contracts: new Map() });
    expect(issues).toEqual([
      { file: join(fixture(name), file), feature, rule, message: expect.any(String) },
    ]);
    if (says) expect(issues[0]!.message).toContain(says);
    expect(datasets.map((d) => d.meta.id)).toEqual(builds ?? []);
  });
});

// Each case starts tsx in a child process: seconds on a loaded machine, not the default 5 s.
describe('scripts/build-data.ts --validate-only', { timeout: 60_000 }, () => {
  const run = (geodata: string) =>
    spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/build-data.ts', '--validate-only', '--geodata', geodata],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );

  it('exits 1 on a broken folder, printing file › feature › rule', () => {
    const result = run(fixture('duplicate-feature-id'));
    expect(result.status).toBe(1);
    const file = resolve(fixture('duplicate-feature-id'), 'parks.geojson');
    expect(result.stderr).toContain(`${file} › feature aha-lake › id-duplicate: `);
    expect(result.stderr).toContain('Data build failed: 1 problem(s)');
  });

  it('exits 0 on the real geodata/ folder', () => {
    const result = run('geodata');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Data valid in \d+ ms: districts \(12, real\), /);
  });
});
