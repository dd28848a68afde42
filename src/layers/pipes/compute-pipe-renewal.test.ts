import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PipeSegmentProperties } from './contract.ts';
import {
  computePipeRenewal,
  computePipeRenewalFromRows,
  pipeKmRows,
  pipeLengthsKm,
  type PipeRenewalOptions,
} from './compute-pipe-renewal.ts';
import { expectJsonFixture, readJson } from '../../geo/__fixtures__/expect-json-fixture.ts';

const OP_DIR = fileURLToPath(new URL('./__fixtures__/compute-pipe-renewal', import.meta.url));
type Case = FeatureCollection<LineString, PipeSegmentProperties> & {
  options: Partial<PipeRenewalOptions>;
};
// The period the fixtures assume (the deployment default): renewals from 2025 count, to 2030.
const PERIOD = { fromYear: 2025, year: 2030 };
const load = (name: string) => readJson<Case>(`${OP_DIR}/in/${name}.geojson`);
const run = (name: string) => computePipeRenewal(load(name), { ...PERIOD, ...load(name).options });

// Hand-computed: along a meridian, Δφ degrees are Δφ · π/180 · 6371.0088 km (turf's haversine).
const KM_PER_DEGREE = (Math.PI / 180) * 6371.0088;
const A = 0.01 * KM_PER_DEGREE; // 1.111951 km, 给水, 已改造 2026, 南明
const B = 0.02 * KM_PER_DEGREE; // 2.223902 km, 燃气, 已改造 2029, 南明
const C = 0.03 * KM_PER_DEGREE; // 3.335853 km, 排水-污水, 改造中, 云岩
const km = (value: number) => Math.round(value * 1000) / 1000;

describe('computePipeRenewal', () => {
  it('measures each segment geodesically', () => {
    const lengths = pipeLengthsKm(load('three-segments-by-2030'));
    expect([...lengths].map((l) => l.toFixed(6))).toEqual([A, B, C].map((l) => l.toFixed(6)));
  });

  it('counts km renewed by 2030 towards 1800公里, and works under way apart', () => {
    const result = run('three-segments-by-2030');
    expect(result.total).toEqual({
      renewedKm: km(A + B),
      inProgressKm: km(C),
      networkKm: km(A + B + C),
    });
    expect(result.byDistrict).toEqual({
      '520102': { renewedKm: km(A + B), inProgressKm: 0, networkKm: km(A + B) },
      '520103': { renewedKm: 0, inProgressKm: km(C), networkKm: km(C) },
    });
    expect(result.gas).toEqual({ renewedKm: km(B), inProgressKm: 0, networkKm: km(B) });
  });

  it('counts only renewals completed by the slider’s year', () => {
    const result = run('three-segments-by-2027');
    expect(result.year).toBe(2027);
    expect(result.total.renewedKm).toBe(km(A));
    expect(result.gas.renewedKm).toBe(0);
  });

  it('filters by type and district; the gas figure keeps to gas whatever the types', () => {
    const result = run('water-in-nanming-only');
    expect(result.total).toEqual({ renewedKm: km(A), inProgressKm: 0, networkKm: km(A) });
    expect(Object.keys(result.byDistrict)).toEqual(['520102']);
    expect(result.gas.renewedKm).toBe(km(B));
  });

  it('does not count renewals from before the plan period (2025–2030)', () => {
    const result = run('renewed-before-the-plan-not-counted');
    expect(result.fromYear).toBe(2025);
    expect(result.total.renewedKm).toBe(0);
    expect(result.total.networkKm).toBe(km(3 * A));
  });

  it('gives the same figures with lengths measured beforehand', () => {
    const pipes = load('three-segments-by-2030');
    expect(computePipeRenewal(pipes, { ...PERIOD, year: 2028 }, pipeLengthsKm(pipes))).toEqual(
      computePipeRenewal(pipes, { ...PERIOD, year: 2028 }),
    );
  });

  it('gives the same figures from the build’s km rows as from the segments (tiled layers)', () => {
    const pipes = load('three-segments-by-2030');
    // Two segments in one row: same type, status, district and year are summed.
    const doubled = { ...pipes, features: [...pipes.features, pipes.features[0]!] };
    const rows = pipeKmRows(doubled);
    expect(rows).toHaveLength(3);
    for (const options of [
      { ...PERIOD, year: 2026 },
      PERIOD,
      { ...PERIOD, types: ['给水' as const] },
    ]) {
      expect(computePipeRenewalFromRows(rows, options)).toEqual(
        computePipeRenewal(doubled, options),
      );
    }
    expect(rows.find((r) => r.type === '给水')!.km.toFixed(6)).toBe((2 * A).toFixed(6));
  });

  describe('matches its out-fixtures (REGEN=1 rewrites them)', () => {
    const names = readdirSync(`${OP_DIR}/in`).map((f) => basename(f, '.geojson'));
    it.each(names)('%s', (name) => expectJsonFixture(run(name), `${OP_DIR}/out/${name}.json`));
  });
});
