import { fileURLToPath } from 'node:url';
import distance from '@turf/distance';
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { isGeographicFrame } from './frames.ts';
import { transformFromWgs84, transformToWgs84 } from './transform-position.ts';
import { expectJsonFixture, readJson } from './__fixtures__/expect-json-fixture.ts';
import { FRAMES, type Frame } from '../model/frames.ts';

const DIR = fileURLToPath(new URL('./__fixtures__/transform-round-trip', import.meta.url));
/** Known points around Guiyang (WGS84), from the boundary data's centre points and DATA-SOURCES. */
const PLACES = Object.entries(readJson<Record<string, Position>>(`${DIR}/in/places.json`));

// Written here from the EPSG parameters, independently of the module under test.
const tmerc = (lon0: number, x0: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
const GAUSS_KRUGER: Partial<Record<Frame, string>> = {
  'EPSG:4544': tmerc(105, 500_000),
  'EPSG:4545': tmerc(108, 500_000),
  'EPSG:4523': tmerc(105, 35_500_000),
  'EPSG:4524': tmerc(108, 36_500_000),
};
// Round-trip tolerance of the offset frames, measured: gcoord's GCJ-02 inverse is good to
// 2 mm here, so the 1e-7° rounding of each direction (~1 cm) dominates; its BD-09 inverse is
// approximate, 3–8 cm around Guiyang — far below the ~100 m of any web-map dataset.
const GCOORD: [Frame, typeof gcoord.GCJ02 | typeof gcoord.BD09, number][] = [
  ['GCJ-02', gcoord.GCJ02, 0.02],
  ['BD-09', gcoord.BD09, 0.1],
];
const metres = (a: Position, b: Position) => distance(a, b, { units: 'meters' });

describe('a planner converts coordinates between every frame and WGS84 around Guiyang', () => {
  it('gives the stored coordinates of seven known places in every frame (out/places.json)', () => {
    const table = Object.fromEntries(
      FRAMES.map((frame) => [
        frame,
        Object.fromEntries(PLACES.map(([name, p]) => [name, transformFromWgs84(frame)(p)])),
      ]),
    );
    expectJsonFixture(table, `${DIR}/out/places.json`);
  });

  describe.each(Object.entries(GAUSS_KRUGER))('%s (Gauss–Krüger)', (frame, definition) => {
    const f = frame as Frame;
    it.each(PLACES)('agrees with proj4 itself within 1 mm at %s', (_name, p) => {
      const expected = proj4('EPSG:4326', definition).forward([p[0]!, p[1]!]);
      const [x, y] = transformFromWgs84(f)(p);
      expect(Math.abs(x! - expected[0]!)).toBeLessThanOrEqual(0.0005 + 1e-9);
      expect(Math.abs(y! - expected[1]!)).toBeLessThanOrEqual(0.0005 + 1e-9);
    });

    it.each(PLACES)('comes back to %s within 5 mm', (_name, p) => {
      const back = transformToWgs84(f)(transformFromWgs84(f)(p));
      expect(metres(p, back)).toBeLessThan(0.005);
    });
  });

  describe.each(GCOORD)('%s (gcoord)', (f, crs, tolerance) => {
    it.each(PLACES)('agrees with gcoord to the 1e-7° it rounds to at %s', (_name, p) => {
      const expected = gcoord.transform([p[0]!, p[1]!], gcoord.WGS84, crs);
      const [x, y] = transformFromWgs84(f)(p);
      expect(Math.abs(x! - expected[0])).toBeLessThanOrEqual(0.5e-7 + 1e-12);
      expect(Math.abs(y! - expected[1])).toBeLessThanOrEqual(0.5e-7 + 1e-12);
    });

    it.each(PLACES)(`comes back to %s within ${tolerance * 100} cm`, (_name, p) => {
      const back = transformToWgs84(f)(transformFromWgs84(f)(p));
      expect(metres(p, back)).toBeLessThan(tolerance);
    });
  });

  it('leaves WGS84 and CGCS2000 degrees unchanged both ways', () => {
    for (const frame of ['EPSG:4326', 'EPSG:4490'] as const) {
      for (const [, p] of PLACES) expect(transformFromWgs84(frame)(p)).toEqual(p);
    }
  });

  it('writes metres for projected frames and degrees for the others', () => {
    for (const frame of FRAMES) {
      const [x] = transformFromWgs84(frame)(PLACES[0]![1]);
      expect(Math.abs(x!) > 1000, frame).toBe(!isGeographicFrame(frame));
    }
  });
});
