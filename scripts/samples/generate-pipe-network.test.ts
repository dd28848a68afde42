import { fileURLToPath } from 'node:url';
import length from '@turf/length';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN_PERIOD } from './sample-years.ts';
import { assignDistrict } from '../../src/geo/assign-district.ts';
import { generatePipeNetwork, pipeSegments } from './generate-pipe-network.ts';
import { validateFeatureProperties } from '../data/validate-feature-properties.ts';
import { readJson } from '../../src/geo/__fixtures__/expect-json-fixture.ts';
import { pipeContract } from '../../src/layers/pipes/contract.ts';

/** Two square districts (南明 10 km, 开阳 20 km across) and a context neighbour. */
const DISTRICTS = readJson<FeatureCollection>(
  fileURLToPath(new URL('./__fixtures__/generate-samples/districts.geojson', import.meta.url)),
);
const generate = (seed: number, count: number) =>
  generatePipeNetwork({ seed, count, districts: DISTRICTS });

describe('generatePipeNetwork', () => {
  const network = generate(1, 400);
  const midpoint = (f: { geometry: LineString }) => {
    const [[x0, y0], [x1, y1]] = f.geometry.coordinates as [number[], number[]];
    return [(x0! + x1!) / 2, (y0! + y1!) / 2];
  };

  it('gives a planner the same network from the same seed, byte for byte', () => {
    expect(JSON.stringify(generate(1, 400))).toBe(JSON.stringify(network));
  });

  it('gives a different network from a different seed', () => {
    expect(JSON.stringify(generate(2, 400))).not.toBe(JSON.stringify(network));
  });

  it('makes exactly as many segments as the size knob says, numbered P000001…', () => {
    for (const count of [1, 37, 400, 3000]) {
      const features = generate(5, count).features;
      expect(features).toHaveLength(count);
      expect(features[count - 1]!.id).toBe(`P${String(count).padStart(6, '0')}`);
    }
    expect(network.features.map((f) => f.id)).toEqual(
      network.features.map((_, i) => `P${String(i + 1).padStart(6, '0')}`),
    );
  });

  it('streams the same segments it collects', () => {
    const streamed = [...pipeSegments({ seed: 1, count: 400, districts: DISTRICTS })];
    expect(streamed).toEqual(network.features);
  });

  it('writes segments that pass the pipe-segment schema', () => {
    expect(validateFeatureProperties(network, pipeContract, 'generated')).toEqual([]);
  });

  it('lays block-long segments (100–400 m) inside the district they name', () => {
    for (const f of network.features) {
      const metres = length(f, { units: 'meters' });
      expect(metres).toBeGreaterThan(99);
      expect(metres).toBeLessThan(401);
    }
    const districts = assignDistrict(network.features.map(midpoint), DISTRICTS);
    expect(districts).toEqual(network.features.map((f) => f.properties.district));
  });

  it('shares the segments among Guiyang districts only, the core more than the county', () => {
    const byDistrict = new Map<string, number>();
    for (const f of network.features)
      byDistrict.set(f.properties.district, (byDistrict.get(f.properties.district) ?? 0) + 1);
    // weights 0.15 (南明) and 0.07 (开阳): 400 · 15/22 and 400 · 7/22
    expect(Object.fromEntries(byDistrict)).toEqual({ '520102': 273, '520121': 127 });
  });

  it('gives each status a year that fits it', () => {
    for (const { properties: p } of network.features) {
      if (p.status === '现状') expect(p.year).toBeLessThan(SAMPLE_PLAN_PERIOD.start);
      else if (p.status === '已改造') {
        expect(p.year).toBeGreaterThanOrEqual(SAMPLE_PLAN_PERIOD.start);
        expect(p.year).toBeLessThanOrEqual(SAMPLE_PLAN_PERIOD.end);
      } else {
        expect(p.year).toBeGreaterThan(SAMPLE_PLAN_PERIOD.start);
        expect(p.year).toBeLessThanOrEqual(SAMPLE_PLAN_PERIOD.end);
      }
    }
  });

  it('has every type and status, and old grey cast iron only in pipes still in service', () => {
    const types = new Set(generate(3, 3000).features.map((f) => f.properties.type));
    expect([...types].sort()).toEqual(['排水-污水', '排水-雨水', '燃气', '给水', '综合管廊']);
    const statuses = new Set(network.features.map((f) => f.properties.status));
    expect([...statuses].sort()).toEqual(['已改造', '改造中', '现状', '规划']);
    for (const { properties: p } of network.features) {
      if (p.material === '灰口铸铁') expect(p.status).toBe('现状');
      if (p.type === '综合管廊') expect(p.material).toBe('钢筋混凝土');
    }
  });

  it('grows the same town outward when the count grows', () => {
    const small = generate(1, 100).features.filter((f) => f.properties.district === '520102');
    const large = generate(1, 400).features.filter((f) => f.properties.district === '520102');
    const geometry = (fs: typeof small) => fs.map((f) => JSON.stringify(f.geometry.coordinates));
    expect(geometry(large).slice(0, small.length - 3)).toEqual(geometry(small).slice(0, -3));
  });

  it('refuses a districts input without a Guiyang district', () => {
    const neighbours = { ...DISTRICTS, features: DISTRICTS.features.slice(2) };
    expect(() => generatePipeNetwork({ seed: 1, count: 10, districts: neighbours })).toThrow(
      'no Guiyang district',
    );
  });
});
