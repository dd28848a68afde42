import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  computeTownshipCoverage,
  type TownshipPointProperties,
  type TownshipCoverageOptions,
} from './compute-township-coverage.ts';
import { expectJsonFixture, readJson } from './__fixtures__/expect-json-fixture.ts';
import { type Township } from '../model/township.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/compute-township-coverage', import.meta.url));
interface Case {
  options: TownshipCoverageOptions;
  townships: Township[];
  stations: FeatureCollection<Point, TownshipPointProperties>;
}
const run = (name: string) => {
  const { stations, townships, options } = readJson<Case>(`${OP_DIR}/in/${name}.json`);
  return computeTownshipCoverage(stations, townships, options);
};

describe('computeTownshipCoverage', () => {
  it('counts 乡/镇 with a station out of all 乡/镇 and names the uncovered ones', () => {
    const result = run('two-of-three-covered');
    expect(result.total).toBe(3);
    expect(result.covered).toBe(2);
    expect(result.uncovered.map((t) => t.name)).toEqual(['戊镇']);
    expect(result.byDistrict).toEqual([
      { district: '520121', total: 2, covered: 1 },
      { district: '520122', total: 1, covered: 1 },
    ]);
  });

  it('counts stations opened each year, and in all up to each year', () => {
    expect(run('two-of-three-covered').stationsByYear).toEqual([
      { year: 2022, count: 1, cumulative: 1 },
      { year: 2024, count: 1, cumulative: 2 },
      { year: 2026, count: 1, cumulative: 3 },
      { year: 2027, count: 1, cumulative: 4 },
    ]);
  });

  it('counts only stations opened by the chosen year', () => {
    const result = run('one-of-three-covered-by-2025');
    expect(result.covered).toBe(1);
    expect(result.uncovered.map((t) => t.name)).toEqual(['戊镇', '己乡']);
    expect(result.stationsByYear.at(-1)).toEqual({ year: 2024, count: 1, cumulative: 2 });
  });

  it('counts subdistricts (街道) only when asked', () => {
    const result = run('streets-counted-when-asked');
    expect([result.total, result.covered]).toEqual([1, 1]);
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    const names = readdirSync(`${OP_DIR}/in`).map((f) => basename(f, '.json'));
    it.each(names)('%s', (name) => expectJsonFixture(run(name), `${OP_DIR}/out/${name}.json`));
  });
});
