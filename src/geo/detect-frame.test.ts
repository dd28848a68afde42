import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { detectFrame, type FrameDetection } from './detect-frame.ts';
import { samplePositions } from './sample-positions.ts';
import { expectJsonFixture, readJson } from './__fixtures__/expect-json-fixture.ts';
import { type Frame } from '../model/frames.ts';

// Inputs: real district vertices (云岩, 南明) projected into each frame by
// scripts/make-import-fixtures.ts; the reference is 云岩, 南明 and 白云 in WGS84.
const DIR = fileURLToPath(new URL('./__fixtures__/detect-frame', import.meta.url));
const REFERENCE = readJson<FeatureCollection>(`${DIR}/reference.geojson`);
const CASES = readdirSync(`${DIR}/in`)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => basename(f, '.json'));
const sample = (name: string) => readJson<Position[]>(`${DIR}/in/${name}.json`);
const detect = (name: string) => detectFrame(sample(name), { reference: REFERENCE });

/** The detection as stored in out/: rounded, so float noise does not churn the fixtures. */
const summary = (d: FrameDetection) => ({
  ...d,
  candidates: d.candidates.map((c) => ({
    ...c,
    ...(c.meanDistance === undefined ? {} : { meanDistance: Math.round(c.meanDistance) }),
    ...(c.insideShare === undefined ? {} : { insideShare: Math.round(c.insideShare * 100) / 100 }),
  })),
});

describe('detectFrame: a planner drops data without saying its frame', () => {
  it.each(CASES)('%s: matches its out/ fixture', (name) => {
    expectJsonFixture(summary(detect(name)), `${DIR}/out/${name}.json`);
  });

  it.each([
    ['epsg-4326', 'EPSG:4326'],
    ['gcj-02', 'GCJ-02'],
    ['bd-09', 'BD-09'],
    ['epsg-4545', 'EPSG:4545'],
    ['epsg-4544', 'EPSG:4544'],
    ['epsg-4524', 'EPSG:4524'],
    ['epsg-4523', 'EPSG:4523'],
  ] as const)('%s: ranks %s first, with high confidence', (name, frame) => {
    const [first] = detect(name).candidates;
    expect(first).toMatchObject({ frame, confidence: 'high' });
    expect(first!.reasons.length).toBeGreaterThan(0);
  });

  it('epsg-4490: CGCS2000 degrees rank with WGS84, both high (they differ by centimetres)', () => {
    const top = detect('epsg-4490').candidates.slice(0, 2);
    expect(top.map((c) => c.frame).sort()).toEqual(['EPSG:4326', 'EPSG:4490']);
    expect(top.every((c) => c.confidence === 'high')).toBe(true);
  });

  it('gcj-02: says the data is ~540 m off as WGS84 and on the boundaries as GCJ-02', () => {
    const { candidates } = detect('gcj-02');
    const distance = (f: Frame) => candidates.find((c) => c.frame === f)!.meanDistance!;
    expect(distance('GCJ-02')).toBeLessThan(20);
    expect(distance('EPSG:4326')).toBeGreaterThan(200);
  });

  it('epsg-4545: decides the zone by where each puts the data (the other lands ~300 km west)', () => {
    const [best, other] = detect('epsg-4545').candidates;
    expect(best!.insideShare).toBe(1);
    expect(other).toMatchObject({ frame: 'EPSG:4544', confidence: 'low', insideShare: 0 });
  });

  it('swapped-latlon: reports latitude-first degrees and offers no frame', () => {
    const d = detect('swapped-latlon');
    expect(d.kind).toBe('swapped');
    expect(d.candidates).toEqual([]);
    expect(d.reasons[0]!.en).toMatch(/swapped/);
  });

  it.each([
    ['web-mercator', /EPSG:3857/],
    ['gauss-kruger-6-degree-zone-18', /zone 18/],
  ])('%s: names what the numbers probably are, and offers no frame', (name, pattern) => {
    const d = detect(name);
    expect(d).toMatchObject({ kind: 'metres', candidates: [] });
    expect(d.reasons[0]!.en).toMatch(pattern);
  });

  it.each(['interior-points-wgs84', 'outside-guiyang-wgs84', 'gcj-02-four-points'])(
    '%s: cannot tell an offset, so ranks no degree frame above another and says so',
    (name) => {
      const d =
        name === 'gcj-02-four-points'
          ? detectFrame(sample('gcj-02').slice(0, 4), { reference: REFERENCE })
          : detect(name);
      expect(d.offsetUndecided).toBe(true);
      expect(d.candidates.map((c) => c.frame).sort()).toEqual([
        'BD-09',
        'EPSG:4326',
        'EPSG:4490',
        'GCJ-02',
      ]);
      expect(new Set(d.candidates.map((c) => c.confidence))).toEqual(new Set(['medium']));
    },
  );

  it.each(['gcj-02', 'bd-09', 'epsg-4326'])(
    '%s along the boundaries: the offset decides, and nothing is undecided',
    (name) => {
      expect(detect(name).offsetUndecided).toBeUndefined();
    },
  );

  it('gives up cleanly on no usable coordinates', () => {
    expect(detectFrame([[NaN, 1]])).toMatchObject({
      kind: 'unknown',
      candidates: [],
      sampleSize: 0,
    });
  });

  it('stays fast: 2 000 vertices against the reference in well under a second', () => {
    const gcj = sample('gcj-02');
    const many = Array.from({ length: 2000 }, (_, i) => gcj[i % gcj.length]!);
    detectFrame(many, { reference: REFERENCE }); // warm the reference index
    const start = performance.now();
    expect(detectFrame(many, { reference: REFERENCE }).candidates[0]!.frame).toBe('GCJ-02');
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('samplePositions', () => {
  it('spreads at most `max` positions over the whole collection and skips invalid ones', () => {
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: Array.from({ length: 10 }, (_, i) => ({
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [i, 0],
            [i, 1],
            [NaN, 2],
          ],
        },
      })),
    };
    const picked = samplePositions(collection, 5);
    expect(picked).toHaveLength(5);
    expect(picked[0]).toEqual([0, 0]);
    expect(picked[4]![0]).toBeGreaterThanOrEqual(8);
  });
});
