import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Township } from '../../src/model/township.ts';
import { assignDistrict } from '../../src/geo/assign-district.ts';
import { generateChargingStations } from './generate-charging-stations.ts';
import { validateFeatureProperties } from '../data/validate-feature-properties.ts';
import { readJson } from '../../src/geo/__fixtures__/expect-json-fixture.ts';
import { chargingContract } from '../../src/layers/charging/contract.ts';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/generate-samples', import.meta.url));
/** Two square districts (南明, 开阳) and a context neighbour (平坝). */
const DISTRICTS = readJson<FeatureCollection>(`${FIXTURES}/districts.geojson`);
/** 3 街道 and 6 乡/镇 in those two districts. */
const TOWNSHIPS = readJson<Township[]>(`${FIXTURES}/townships.json`);
const generate = (seed: number, count: number) =>
  generateChargingStations({ seed, count, districts: DISTRICTS, townships: TOWNSHIPS });

describe('generateChargingStations', () => {
  const stations = generate(1, 200);
  const rural = TOWNSHIPS.filter((t) => t.kind !== '街道');

  it('gives the same stations from the same seed, byte for byte, and others from another', () => {
    expect(JSON.stringify(generate(1, 200))).toBe(JSON.stringify(stations));
    expect(JSON.stringify(generate(2, 200))).not.toBe(JSON.stringify(stations));
  });

  it('makes exactly as many stations as the size knob says, numbered C00001…', () => {
    for (const count of [1, 5, 200, 2000]) expect(generate(3, count).features).toHaveLength(count);
    expect(stations.features[0]!.id).toBe('C00001');
    expect(stations.features[199]!.id).toBe('C00200');
  });

  it('writes stations that pass the charging-station schema', () => {
    expect(validateFeatureProperties(stations, chargingContract, 'generated')).toEqual([]);
  });

  it('puts each station in a real township of its district, inside the district polygon', () => {
    const byCode = new Map(TOWNSHIPS.map((t) => [t.code, t]));
    for (const { properties: p } of stations.features) {
      const township = byCode.get(p.townshipCode)!;
      expect(township.name).toBe(p.townshipName);
      expect(township.district).toBe(p.district);
    }
    const located = assignDistrict(stations, DISTRICTS);
    expect(located).toEqual(stations.features.map((f) => f.properties.district));
  });

  it('leaves about a third of 乡/镇 without a station, whatever the count', () => {
    for (const count of [10, 200, 2000]) {
      const covered = new Set(generate(1, count).features.map((f) => f.properties.townshipCode));
      expect(rural.filter((t) => !covered.has(t.code))).toHaveLength(2); // round(6 / 3)
    }
    // every 街道 gets stations once there are enough of them
    const covered = new Set(stations.features.map((f) => f.properties.townshipCode));
    expect(TOWNSHIPS.filter((t) => t.kind === '街道' && !covered.has(t.code))).toEqual([]);
  });

  it('makes mostly charging stations, opened 2019–2030, hydrogen without a kW rating', () => {
    const many = generate(4, 2000).features.map((f) => f.properties);
    const share = (type: string) => many.filter((p) => p.type === type).length / many.length;
    expect(share('充电站')).toBeGreaterThan(0.8);
    expect(share('换电站')).toBeGreaterThan(0.05);
    expect(share('加氢站')).toBeGreaterThan(0.01);
    for (const p of many) {
      expect(p.year).toBeGreaterThanOrEqual(2019);
      expect(p.year).toBeLessThanOrEqual(2030);
      expect(p.powerKw === null).toBe(p.type === '加氢站');
    }
  });

  it('keeps each township’s stations in place when the count grows', () => {
    const first = (fc: ReturnType<typeof generate>, code: string) =>
      fc.features.find((f) => f.properties.townshipCode === code)?.geometry.coordinates;
    // the township centres do not depend on the count; the first station of 甲街道 lies near it
    const a = first(generate(1, 50), '520102001')!;
    const b = first(generate(1, 500), '520102001')!;
    expect(Math.abs(a[0]! - b[0]!)).toBeLessThan(0.05);
    expect(Math.abs(a[1]! - b[1]!)).toBeLessThan(0.05);
  });
});
