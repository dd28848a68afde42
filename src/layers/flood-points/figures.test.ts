import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectJsonFixture, readJson } from '../../geo/__fixtures__/expect-json-fixture.ts';
import type { FloodPointProperties } from './contract.ts';
import { computeFloodPointProgress, type FloodPointProgressOptions } from './figures.ts';

const OP_DIR = fileURLToPath(
  new URL('./__fixtures__/compute-flood-point-progress', import.meta.url),
);
interface Case {
  options: FloodPointProgressOptions;
  points: FeatureCollection<Point, FloodPointProperties>;
}
const run = (name: string) => {
  const { points, options } = readJson<Case>(`${OP_DIR}/in/${name}.json`);
  return computeFloodPointProgress(points, options);
};

describe('computeFloodPointProgress', () => {
  it('counts points eliminated by the year out of every point', () => {
    const result = run('by-2023');
    expect([result.total, result.eliminated, result.open, result.share]).toEqual([5, 2, 3, 0.4]);
    expect(result.met).toBe(false);
    expect(result.statusNow).toEqual({ remaining: 1, 'in-progress': 1, eliminated: 3 });
    expect(result.byYear).toEqual([
      { year: 2021, count: 1, cumulative: 1 },
      { year: 2023, count: 1, cumulative: 2 },
    ]);
    expect(result.byDistrict).toEqual([
      { district: '520102', total: 3, eliminated: 1 },
      { district: '520121', total: 2, eliminated: 1 },
    ]);
  });

  it('says the target 全面消除 is met when every point is eliminated', () => {
    const result = run('all-eliminated');
    expect([result.eliminated, result.total, result.share, result.met]).toEqual([2, 2, 1, true]);
  });

  it('gives no share and no success without points', () => {
    const source = { dataset: 'flood-points', provenance: 'sample' as const };
    const none = computeFloodPointProgress({ type: 'FeatureCollection', features: [] }, { source });
    expect([none.share, none.met]).toEqual([null, false]);
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    const names = readdirSync(`${OP_DIR}/in`).map((f) => basename(f, '.json'));
    it.each(names)('%s', (name) => expectJsonFixture(run(name), `${OP_DIR}/out/${name}.json`));
  });
});
