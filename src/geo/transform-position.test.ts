import distance from '@turf/distance';
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { transformToWgs84 } from './transform-position.ts';
import { FRAMES, type Frame } from '../model/frames.ts';

/** Places around Guiyang (lon, lat), from the boundary data's centre points and DATA-SOURCES. */
const PLACES: [string, Position][] = [
  ['南明区', [106.714374, 26.567944]],
  ['龙洞堡机场', [106.8, 26.54]],
  ['清镇市', [106.470714, 26.556079]],
  ['贵安新区', [106.4, 26.4]],
  ['开阳县', [106.965089, 27.057764]],
  ['息烽县', [106.740407, 27.090479]],
];

const metres = (a: Position, b: Position) => distance(a, b, { units: 'meters' });

describe('transformToWgs84', () => {
  it('leaves WGS84 and CGCS2000 degrees as they are (the two agree within centimetres)', () => {
    for (const frame of ['EPSG:4326', 'EPSG:4490'] as const) {
      expect(transformToWgs84(frame)([106.714374, 26.567944])).toEqual([106.714374, 26.567944]);
    }
  });

  it('has a transform for every frame the product accepts, giving degrees near Guiyang', () => {
    // A Record over Frame: adding a frame to FRAMES without a sample here fails to compile.
    const samples: Record<Frame, Position> = {
      'EPSG:4326': [106.7, 26.5],
      'EPSG:4490': [106.7, 26.5],
      'GCJ-02': [106.7, 26.5],
      'BD-09': [106.7, 26.5],
      'EPSG:4544': [670_000, 2_933_000],
      'EPSG:4545': [370_000, 2_933_000],
      'EPSG:4523': [35_670_000, 2_933_000],
      'EPSG:4524': [36_370_000, 2_933_000],
    };
    for (const frame of FRAMES) {
      const [x, y] = transformToWgs84(frame)(samples[frame]);
      expect(metres([106.7, 26.5], [x!, y!]), frame).toBeLessThan(10_000);
    }
  });

  describe.each([
    ['GCJ-02 (Amap, Tencent)', 'GCJ-02', gcoord.GCJ02, [500, 580]],
    ['BD-09 (Baidu)', 'BD-09', gcoord.BD09, [1_020, 1_100]],
  ] as const)('%s', (_name, frame, gcoordFrame, [near, far]) => {
    const toWgs84 = transformToWgs84(frame);

    it.each(PLACES)('agrees with gcoord at %s (to the 1e-7° it rounds to)', (_place, p) => {
      const expected = gcoord.transform([p[0]!, p[1]!], gcoordFrame, gcoord.WGS84);
      const [x, y] = toWgs84(p);
      expect(Math.abs(x! - expected[0])).toBeLessThanOrEqual(0.5e-7 + 1e-12);
      expect(Math.abs(y! - expected[1])).toBeLessThanOrEqual(0.5e-7 + 1e-12);
    });

    it(`moves points around Guiyang by ${near}–${far} m, the known offset of ${frame}`, () => {
      for (const [place, p] of PLACES) {
        const moved = metres(p, toWgs84(p));
        expect(moved, place).toBeGreaterThan(near);
        expect(moved, place).toBeLessThan(far);
      }
    });
  });

  describe('CGCS2000 Gauss–Krüger metres', () => {
    // Written here from the EPSG parameters, independently of the module under test:
    // transverse Mercator on GRS80, scale 1, false northing 0, false easting 500 km, with the
    // zone number in front of it for EPSG:4523 (zone 35, 105°E) and EPSG:4524 (zone 36, 108°E).
    const tmerc = (lon0: number, x0: number) =>
      `+proj=tmerc +lat_0=0 +lon_0=${lon0} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
    const ZONES: [Frame, string][] = [
      ['EPSG:4544', tmerc(105, 500_000)],
      ['EPSG:4545', tmerc(108, 500_000)],
      ['EPSG:4523', tmerc(105, 35_500_000)],
      ['EPSG:4524', tmerc(108, 36_500_000)],
    ];
    const forward = (definition: string, p: Position) =>
      proj4('EPSG:4326', definition).forward([p[0]!, p[1]!]);

    it.each(ZONES)(
      'reads %s back to the WGS84 point it was projected from (within 1e-7°)',
      (frame, definition) => {
        const toWgs84 = transformToWgs84(frame);
        for (const [place, p] of PLACES) {
          const [x, y] = toWgs84(forward(definition, p));
          expect(Math.abs(x! - p[0]!), `${place} lon`).toBeLessThanOrEqual(1e-7);
          expect(Math.abs(y! - p[1]!), `${place} lat`).toBeLessThanOrEqual(1e-7);
        }
      },
    );

    it('puts the central meridian at exactly the false easting', () => {
      expect(forward(tmerc(108, 500_000), [108, 26.5])[0]).toBeCloseTo(500_000, 6);
      expect(transformToWgs84('EPSG:4545')([500_000, 2_933_000])[0]).toBe(108);
      expect(transformToWgs84('EPSG:4524')([36_500_000, 2_933_000])[0]).toBe(108);
      expect(transformToWgs84('EPSG:4544')([500_000, 2_933_000])[0]).toBe(105);
      expect(transformToWgs84('EPSG:4523')([35_500_000, 2_933_000])[0]).toBe(105);
    });

    it('lands ~300 km away when the wrong zone is declared, which is why the frame is required', () => {
      const nanming = PLACES[0]![1];
      const projected = forward(tmerc(108, 500_000), nanming);
      const wrong = transformToWgs84('EPSG:4544')(projected);
      expect(metres(nanming, wrong)).toBeGreaterThan(250_000);
      expect(metres(nanming, wrong)).toBeLessThan(350_000);
    });
  });
});
