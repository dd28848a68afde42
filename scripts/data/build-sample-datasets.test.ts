import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, Point, Position } from 'geojson';
import { assignDistrict } from '../../src/geo/assign-district.ts';
import { computeTownshipCoverage } from '../../src/geo/compute-township-coverage.ts';
import {
  formatDataIssue,
  formatDataIssueReport,
  type DataRule,
} from '../../src/geo/validate-geojson.ts';
import type { ChargingStationProperties } from '../../src/layers/charging/contract.ts';
import { buildDatasets } from './build-datasets.ts';
import { BuiltTable } from './dataset-schemas.ts';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);

interface BadFileCase {
  name: string;
  file: string;
  feature: string;
  rule: DataRule;
  /** The message must name the property and say what is wrong with it. */
  says: string;
}

describe('a city’s pipe or station file that breaks the feature schema stops the build', () => {
  it.each<BadFileCase>([
    {
      name: 'pipe-unknown-type',
      file: 'pipes.geojson',
      feature: 'P000017',
      rule: 'property-invalid',
      says: 'type "自来水" is not one of 给水, 排水-雨水, 排水-污水, 燃气, 综合管廊',
    },
    {
      name: 'pipe-missing-property',
      file: 'pipes.geojson',
      feature: 'P000002',
      rule: 'property-invalid',
      says: 'diameterMm is missing',
    },
    {
      name: 'pipe-year-not-integer',
      file: 'pipes.geojson',
      feature: 'P000002',
      rule: 'property-invalid',
      says: 'year 2024.5 is not an integer',
    },
    {
      name: 'pipe-wrong-geometry-type',
      file: 'pipes.geojson',
      feature: 'P000003',
      rule: 'geometry-type',
      says: 'geometry is Point; a pipe-segment must be a LineString',
    },
    {
      name: 'pipe-broken-geometry',
      file: 'pipes.geojson',
      feature: 'P000001',
      rule: 'geometry-invalid',
      says: 'LineString has 1 position; a line needs 2',
    },
    {
      name: 'station-unknown-type',
      file: 'charging-stations.geojson',
      feature: 'C00002',
      rule: 'property-invalid',
      says: 'type "充电桩" is not one of 充电站, 换电站, 加氢站',
    },
    {
      name: 'station-missing-property',
      file: 'charging-stations.geojson',
      feature: 'C00001',
      rule: 'property-invalid',
      says: 'chargers is missing',
    },
    {
      name: 'station-unknown-township',
      file: 'charging-stations.geojson',
      feature: 'C00001',
      rule: 'property-invalid',
      says: 'townshipCode "520102999" is not in the township list',
    },
    {
      name: 'station-broken-geometry',
      file: 'charging-stations.geojson',
      feature: 'C00001',
      rule: 'coord-not-number',
      says: 'Point[0] is ["106.712",26.571]',
    },
  ])('$name: $file › feature $feature › $rule', ({ name, file, feature, rule, says }) => {
    const { datasets, issues } = buildDatasets(fixture(name));
    expect(issues).toEqual([
      expect.objectContaining({
        file: join(fixture(name), file),
        feature,
        rule,
        message: expect.any(String),
      }),
    ]);
    expect(issues[0]!.message).toContain(says);
    expect(datasets.map((d) => d.meta.id)).not.toContain(file.replace('.geojson', ''));
  });

  it('prints the problem as file › feature › rule: message', () => {
    const [issue] = buildDatasets(fixture('pipe-unknown-type')).issues;
    expect(formatDataIssue(issue!)).toBe(
      `${fixture('pipe-unknown-type')}/pipes.geojson › feature P000017 › property-invalid: ` +
        'type "自来水" is not one of 给水, 排水-雨水, 排水-污水, 燃气, 综合管廊',
    );
  });
});

describe('a city file with thousands of problems gives a report that fits a screen', () => {
  // 12 500 problems in 12 000 segments: the types of a city's own records, a wrong district,
  // missing diameters: what a first export from a utility's database looks like.
  const geodata = mkdtempSync(join(tmpdir(), 'city-pipes-'));
  cpSync(join(ROOT, 'geodata'), geodata, { recursive: true });
  const meta = JSON.parse(readFileSync(join(geodata, 'pipes.meta.json'), 'utf8'));
  meta.origin = { kind: 'file', file: 'pipes.geojson' };
  writeFileSync(join(geodata, 'pipes.meta.json'), JSON.stringify(meta));
  const features = Array.from({ length: 12_000 }, (_, i) => {
    const properties: Record<string, unknown> = {
      type: i < 9000 ? '自来水' : i < 11_000 ? '中水' : '给水',
      status: '现状',
      year: 2010,
      diameterMm: 300,
      material: 'PE',
      district: i >= 11_000 ? '520199' : '520102',
    };
    if (i % 24 === 0) delete properties.diameterMm;
    const x = 106.7 + (i % 100) / 1000;
    const y = 26.55 + Math.floor(i / 100) / 2000;
    return {
      type: 'Feature',
      id: `P${String(i + 1).padStart(6, '0')}`,
      properties,
      geometry: {
        type: 'LineString',
        coordinates: [
          [x, y],
          [x + 0.0005, y],
        ],
      },
    };
  });
  writeFileSync(
    join(geodata, 'pipes.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features }),
  );
  const file = join(geodata, 'pipes.geojson');

  it('groups the problems by rule and property, with counts, the allowed values and the values found', () => {
    const { issues } = buildDatasets(geodata, { only: ['pipes'] });
    expect(issues).toHaveLength(12_500);
    const report = formatDataIssueReport(issues);
    expect(report.length).toBeLessThan(25);
    expect(report.slice(0, 7)).toEqual([
      `${file} › property-invalid (type): 11,000 features`,
      '  allowed: 给水, 排水-雨水, 排水-污水, 燃气, 综合管廊',
      '  found: "自来水" (9,000), "中水" (2,000)',
      `  ${file} › feature P000001 › property-invalid: type "自来水" is not one of 给水, 排水-雨水, 排水-污水, 燃气, 综合管廊`,
      `  ${file} › feature P000002 › property-invalid: type "自来水" is not one of 给水, 排水-雨水, 排水-污水, 燃气, 综合管廊`,
      `  ${file} › feature P000003 › property-invalid: type "自来水" is not one of 给水, 排水-雨水, 排水-污水, 燃气, 综合管廊`,
      '  … and 10,997 more',
    ]);
    expect(report).toContain(`${file} › property-invalid (district): 1,000 features`);
    expect(report).toContain('  found: "520199" (1,000)');
    expect(report).toContain(`${file} › property-invalid (diameterMm): 500 features`);
    expect(report).toContain(
      `  ${file} › feature P000001 › property-invalid: diameterMm is missing`,
    );
  });

  it('prints that report from the CLI, not 12 500 lines', { timeout: 60_000 }, () => {
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/build-data.ts', '--validate-only', '--geodata', geodata],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('Data build failed: 12500 problem(s)');
    expect(lines.length).toBeLessThan(30);
    expect(result.stderr).toContain('  found: "自来水" (9,000), "中水" (2,000)');
  });
});

describe('the build generates sample pipes and stations from a seed', () => {
  const first = buildDatasets(fixture('generated-samples'));
  const dataset = (id: string) => first.datasets.find((d) => d.meta.id === id)!;

  it('builds them after the districts and the township table, with no issues', () => {
    expect(first.issues).toEqual([]);
    expect(first.datasets.map((d) => d.meta.id)).toEqual([
      'districts',
      'charging-stations',
      'pipes',
    ]);
    expect(first.tables.map((t) => t.meta.id)).toEqual(['townships']);
  });

  it('makes exactly the count the metadata asks for, every feature marked sample', () => {
    expect(dataset('pipes').meta.featureCount).toBe(300);
    expect(dataset('charging-stations').meta.featureCount).toBe(60);
    for (const id of ['pipes', 'charging-stations']) {
      expect(dataset(id).meta.provenance).toBe('sample');
      for (const f of dataset(id).collection.features)
        expect(f.properties?.provenance).toBe('sample');
    }
  });

  it('gives the same files on every build', () => {
    const second = buildDatasets(fixture('generated-samples'));
    for (const id of ['pipes', 'charging-stations']) {
      const again = second.datasets.find((d) => d.meta.id === id)!;
      expect(JSON.stringify(again.collection)).toBe(JSON.stringify(dataset(id).collection));
    }
  });

  it('describes the township table as the manifest expects', () => {
    const table = first.tables[0]!;
    expect(table.meta.rowCount).toBe(146);
    const entry = { ...table.meta, url: 'data/townships.json', builtAt: '2026-01-01T00:00:00Z' };
    expect(BuiltTable.safeParse(entry).success).toBe(true);
    expect(table.meta).not.toHaveProperty('origin');
  });

  it('builds only what is asked, with its inputs', () => {
    const only = buildDatasets(fixture('generated-samples'), { only: ['pipes'] });
    expect(only.datasets.map((d) => d.meta.id)).toEqual(['districts', 'pipes']);
    expect(only.tables).toEqual([]);
  });
});

describe('the real geodata/ folder', { timeout: 60_000 }, () => {
  const { datasets, tables, issues } = buildDatasets(join(ROOT, 'geodata'));
  const dataset = (id: string) => datasets.find((d) => d.meta.id === id);

  it('builds the sample pipes and stations and the real township list', () => {
    expect(issues).toEqual([]);
    expect(dataset('pipes')?.meta).toMatchObject({ provenance: 'sample', featureCount: 4000 });
    expect(dataset('charging-stations')?.meta).toMatchObject({
      provenance: 'sample',
      featureCount: 600,
    });
    expect(tables.find((t) => t.meta.id === 'townships')?.meta).toMatchObject({
      provenance: 'real',
      rowCount: 146,
      licence: 'MIT',
    });
  });

  it('keeps the built pipe file small enough for a phone (< 1.5 MB)', () => {
    const bytes = Buffer.byteLength(JSON.stringify(dataset('pipes')!.collection));
    expect(bytes).toBeLessThan(1.5e6);
  });

  it('puts every sample station and pipe inside the real district it names', () => {
    const districts = dataset('districts')!.collection;
    const stations = dataset('charging-stations')!.collection as FeatureCollection<Point>;
    expect(assignDistrict(stations, districts)).toEqual(
      stations.features.map((f) => f.properties?.district),
    );
    const pipes = dataset('pipes')!.collection as FeatureCollection<LineString>;
    const midpoints = pipes.features.map((f) => {
      const [[x0, y0], [x1, y1]] = f.geometry.coordinates as [Position, Position];
      return [(x0! + x1!) / 2, (y0! + y1!) / 2];
    });
    expect(assignDistrict(midpoints, districts)).toEqual(
      pipes.features.map((f) => f.properties?.district),
    );
  });

  it('leaves a third of the 72 real 乡/镇 without a sample station, so the list has names', () => {
    const stations = dataset('charging-stations')!.collection as FeatureCollection<
      Point,
      ChargingStationProperties
    >;
    const townships = tables.find((t) => t.meta.id === 'townships')!.rows;
    const coverage = computeTownshipCoverage(stations, townships);
    expect([coverage.total, coverage.covered, coverage.uncovered.length]).toEqual([72, 48, 24]);
  });

  it('says in the version text the seed and count the generator really used', () => {
    for (const id of ['pipes', 'charging-stations']) {
      const meta = JSON.parse(readFileSync(join(ROOT, 'geodata', `${id}.meta.json`), 'utf8'));
      const { seed, count } = meta.origin as { seed: number; count: number };
      expect(meta.version).toContain(`seed ${seed}, ${count} `);
      expect(meta.source.zh).toContain('样例数据');
      expect(dataset(id)!.meta.featureCount).toBe(count);
    }
  });
});
