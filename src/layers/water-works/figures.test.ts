import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectJsonFixture, readJson } from '../../geo/__fixtures__/expect-json-fixture.ts';
import type { IndicatorTarget } from '../figure-parts.ts';
import type { WaterWorksProperties } from './contract.ts';
import { computeWaterCapacity, type WaterCapacityOptions } from './figures.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/compute-water-capacity', import.meta.url));
const CATALOGUE = fileURLToPath(new URL('../../../geodata/plan/catalogue.json', import.meta.url));
interface Case {
  target: IndicatorTarget;
  options: WaterCapacityOptions;
  works: FeatureCollection<Point, WaterWorksProperties>;
}
const read = (name: string) => readJson<Case>(`${OP_DIR}/in/${name}.json`);
const run = (name: string) => {
  const { works, target, options } = read(name);
  return computeWaterCapacity(works, target, options);
};

describe('computeWaterCapacity', () => {
  it('sums the capacity in service by the year against the target', () => {
    const result = run('by-2025');
    expect([result.inService, result.due]).toEqual([41.4, 0]);
    expect(result.share).toBe(0.1804); // 41.4 / 229.5
    expect(result.byDistrict).toEqual([
      { district: '520102', inService: 40.7, due: 0 },
      { district: '520121', inService: 0.7, due: 0 },
    ]);
  });

  it('counts works under construction or planned as due, not in service, once their year comes', () => {
    const result = run('to-the-last-year');
    expect([result.year, result.inService, result.due]).toEqual([2029, 41.4, 25.1]);
    expect(result.byYear.at(-1)).toEqual({
      year: 2029,
      added: 0,
      due: 5.1,
      cumulativeInService: 41.4,
      cumulativeWithDue: 66.5,
    });
  });

  it('takes the target from the plan catalogue, in 万立方米/日 only', () => {
    const catalogue = readJson<{ indicators: IndicatorTarget[] }>(CATALOGUE);
    const indicator = catalogue.indicators.find((i) => i.id === 'water-supply-capacity')!;
    const { works, options } = read('by-2025');
    const result = computeWaterCapacity(works, indicator, options);
    expect(result.target).toMatchObject({ value: 229.5, unit: '万立方米/日', inBaseUnit: 229.5 });
    expect(() => computeWaterCapacity(works, { ...indicator, unit: '万吨/日' }, options)).toThrow();
  });

  it('says which dataset it summed and that it is sample data', () => {
    expect(run('by-2025').source).toEqual({ dataset: 'water-works', provenance: 'sample' });
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    const names = readdirSync(`${OP_DIR}/in`).map((f) => basename(f, '.json'));
    it.each(names)('%s', (name) => expectJsonFixture(run(name), `${OP_DIR}/out/${name}.json`));
  });
});
