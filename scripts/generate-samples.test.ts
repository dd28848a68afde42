import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFeatureProperties } from './data/validate-feature-properties.ts';
import { pipeContract } from '../src/layers/pipes/contract.ts';
import { chargingContract } from '../src/layers/charging/contract.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = mkdtempSync(join(tmpdir(), 'samples-'));
const run = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/generate-samples.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('npm run generate:samples', { timeout: 60_000 }, () => {
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('writes the same file for the same seed, a valid FeatureCollection of that size', () => {
    const files = ['a', 'b', 'c'].map((n) => join(OUT, `pipes-${n}.geojson`));
    expect(run('--kind', 'pipes', '--count', '250', '--seed', '4', '--out', files[0]!).status).toBe(
      0,
    );
    expect(run('--kind', 'pipes', '--count', '250', '--seed', '4', '--out', files[1]!).status).toBe(
      0,
    );
    expect(run('--kind', 'pipes', '--count', '250', '--seed', '5', '--out', files[2]!).status).toBe(
      0,
    );
    const [a, b, c] = files.map((f) => readFileSync(f, 'utf8'));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    const pipes = JSON.parse(a!) as FeatureCollection;
    expect(pipes.features).toHaveLength(250);
    expect(validateFeatureProperties(pipes, pipeContract, 'cli')).toEqual([]);
  });

  it('writes stations too', () => {
    const file = join(OUT, 'stations.geojson');
    const result = run('--kind', 'stations', '--count', '40', '--out', file);
    expect(result.stdout).toContain('Wrote 40 stations (seed 1)');
    const stations = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    expect(validateFeatureProperties(stations, chargingContract, 'cli')).toEqual([]);
  });

  it('stops with a usage message on bad arguments', () => {
    const result = run('--kind', 'parks', '--count', '10', '--out', join(OUT, 'x.geojson'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--kind must be pipes or stations');
  });
});
