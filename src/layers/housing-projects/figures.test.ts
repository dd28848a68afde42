import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectJsonFixture, readJson } from '../../geo/__fixtures__/expect-json-fixture.ts';
import type { IndicatorTarget } from '../figure-parts.ts';
import type { HousingProjectProperties } from './contract.ts';
import { computeHousingProgress, type HousingProgressOptions } from './figures.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/compute-housing-progress', import.meta.url));
const CATALOGUE = fileURLToPath(new URL('../../../geodata/plan/catalogue.json', import.meta.url));
interface Case {
  target: IndicatorTarget;
  options: HousingProgressOptions;
  projects: FeatureCollection<Point, HousingProjectProperties>;
}
const read = (name: string) => readJson<Case>(`${OP_DIR}/in/${name}.json`);
const run = (name: string) => {
  const { projects, target, options } = read(name);
  return computeHousingProgress(projects, target, options);
};

describe('computeHousingProgress', () => {
  it('sums units raised by year, planned apart, against the target in 套(间)', () => {
    const result = run('to-the-last-year');
    expect(result.year).toBe(2027);
    expect([result.raised, result.planned]).toEqual([2500, 600]);
    expect(result.target).toEqual({
      indicator: 'affordable-housing',
      value: 16,
      unit: '万套(间)',
      inBaseUnit: 160_000,
    });
    expect(result.share).toBe(0.0156); // 2500 / 160 000
    expect(result.byYear.map((y) => [y.year, y.cumulativeRaised, y.cumulativeWithPlanned])).toEqual(
      [
        [2020, 400, 400],
        [2023, 1600, 1600],
        [2025, 2500, 2500],
        [2027, 2500, 3100],
      ],
    );
    expect(result.raisedByKind).toEqual({ 公租房: 500, 保障性租赁住房: 2000, 配售型保障性住房: 0 });
  });

  it('stops at the year asked', () => {
    const result = run('by-2023');
    expect([result.year, result.raised, result.planned]).toEqual([2023, 1600, 0]);
  });

  it('takes the target from the plan catalogue, and refuses a unit it cannot count in', () => {
    const catalogue = readJson<{ indicators: IndicatorTarget[] }>(CATALOGUE);
    const indicator = catalogue.indicators.find((i) => i.id === 'affordable-housing')!;
    const { projects, options } = read('by-2023');
    expect(computeHousingProgress(projects, indicator, options).target.inBaseUnit).toBe(160_000);
    const wrong = { ...indicator, unit: '平方米' };
    expect(() => computeHousingProgress(projects, wrong, options)).toThrow(
      /平方米 is not 套\(间\)/,
    );
    const none = { ...indicator, value: null };
    expect(() => computeHousingProgress(projects, none, options)).toThrow(/no numeric target/);
  });

  it('says which dataset it summed and that it is sample data', () => {
    expect(run('by-2023').source).toEqual({ dataset: 'housing-projects', provenance: 'sample' });
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    const names = readdirSync(`${OP_DIR}/in`).map((f) => basename(f, '.json'));
    it.each(names)('%s', (name) => expectJsonFixture(run(name), `${OP_DIR}/out/${name}.json`));
  });
});
