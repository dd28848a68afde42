import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDataIssueReport } from '../../src/geo/validate-geojson.ts';
import { buildDatasets } from './build-datasets.ts';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);

describe('the build warns about data that passes the rules but contradicts itself', () => {
  it('warns of a pipe 现状 (in service) with a year still to come, and builds it all the same', () => {
    const { datasets, issues, warnings } = buildDatasets(fixture('pipe-in-service-in-future'), {
      currentYear: 2026,
    });
    expect(issues).toEqual([]);
    expect(datasets.map((d) => d.meta.id)).toEqual(['pipes']);
    expect(warnings).toEqual([
      expect.objectContaining({
        file: join(fixture('pipe-in-service-in-future'), 'pipes.geojson'),
        feature: 'P000001',
        rule: 'property-contradiction',
      }),
    ]);
    expect(warnings[0]!.message).toContain('status "现状" (in service) with year 2049');
    expect(warnings[0]!.message).toContain('2026');
    // The same pipe in the year it was built is fine; so is a planned one in 2049.
    expect(
      buildDatasets(fixture('pipe-in-service-in-future'), { currentYear: 2049 }).warnings,
    ).toEqual([]);
  });

  it('warns when a layer says real but its title or source still says 样例/sample', () => {
    const { datasets, issues, warnings } = buildDatasets(fixture('real-still-titled-sample'));
    expect(issues).toEqual([]);
    expect(datasets[0]!.meta.provenance).toBe('real');
    const metaFile = join(fixture('real-still-titled-sample'), 'pipes.meta.json');
    expect(warnings.map((w) => [w.file, w.rule, w.property])).toEqual([
      [metaFile, 'provenance-text', 'title.zh'],
      [metaFile, 'provenance-text', 'title.en'],
      [metaFile, 'provenance-text', 'source.en'],
    ]);
    expect(warnings[0]!.message).toBe(
      'provenance is "real" but title.zh still says "样例" ("城市地下管网(样例)"): describe the city\'s own data there',
    );
  });

  // Builds the whole geodata/ folder: seconds on a loaded machine, not the default 5 s.
  it(
    'says nothing about the shipped data, whose samples are marked sample',
    { timeout: 60_000 },
    () => {
      expect(buildDatasets(join(ROOT, 'geodata')).warnings).toEqual([]);
    },
  );

  it('prints warnings from the CLI and still builds (exit 0)', { timeout: 60_000 }, () => {
    // The shipped geodata/ with the pipes replaced as a city would, forgetting the title.
    const geodata = mkdtempSync(join(tmpdir(), 'geodata-'));
    cpSync(join(ROOT, 'geodata'), geodata, { recursive: true });
    const meta = JSON.parse(readFileSync(join(geodata, 'pipes.meta.json'), 'utf8'));
    meta.provenance = 'real';
    meta.origin = { kind: 'file', file: 'pipes.geojson' };
    writeFileSync(join(geodata, 'pipes.meta.json'), JSON.stringify(meta));
    cpSync(
      join(fixture('pipe-in-service-in-future'), 'pipes.geojson'),
      join(geodata, 'pipes.geojson'),
    );
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['scripts/build-data.ts', '--validate-only', '--geodata', geodata],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toMatch(/^Data build: \d+ warning\(s\), not stopping the build:/);
    expect(result.stderr).toContain('pipes.meta.json › provenance-text (title.zh): 1×');
    expect(result.stderr).toContain('pipes.geojson › feature P000001 › property-contradiction: ');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Data valid in \d+ ms: .*pipes \(3, real\)/);
  });

  it('groups warnings like problems', () => {
    const { warnings } = buildDatasets(fixture('real-still-titled-sample'));
    expect(formatDataIssueReport(warnings)).toHaveLength(6);
  });
});
