import area from '@turf/area';
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { geodesicDistance, measureArea, measureLength } from './measure-geodesic.ts';

// Independent references: Gauss–Krüger is conformal with scale exactly 1 on the central
// meridian, so a square drawn there in metres has that area and side on the ellipsoid.
const CM108 =
  '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const toWgs = (p: Position) => proj4(CM108, 'EPSG:4326').forward([p[0]!, p[1]!]);
const squareAt = (e: number, n: number, side: number) =>
  [
    [e, n],
    [e + side, n],
    [e + side, n + side],
    [e, n + side],
    [e, n],
  ].map(toWgs);

describe('a planner measures on the map, geodesic on the CGCS2000 ellipsoid', () => {
  it('measures 10 km along the 108°E meridian as 10 000 m to the millimetre', () => {
    expect(geodesicDistance(toWgs([500_000, 2_930_000]), toWgs([500_000, 2_940_000]))).toBeCloseTo(
      10_000,
      3,
    );
  });

  it('measures 100 km along the meridian within 1 mm', () => {
    const d = geodesicDistance(toWgs([500_000, 2_900_000]), toWgs([500_000, 3_000_000]));
    expect(Math.abs(d - 100_000)).toBeLessThan(0.001);
  });

  it('is 0 between a point and itself, and symmetric', () => {
    const [a, b] = [
      [106.7, 26.5],
      [106.8, 26.6],
    ];
    expect(geodesicDistance(a!, a!)).toBe(0);
    expect(geodesicDistance(a!, b!)).toBeCloseTo(geodesicDistance(b!, a!), 6);
  });

  it('sums the length of a path, of a multi-line and of polygon rings', () => {
    const ring = squareAt(499_500, 2_930_000, 1000);
    expect(measureLength(ring)).toBeCloseTo(4000, 1);
    expect(measureLength({ type: 'LineString', coordinates: ring })).toBeCloseTo(4000, 1);
    expect(measureLength({ type: 'Polygon', coordinates: [ring] })).toBeCloseTo(4000, 1);
    expect(measureLength({ type: 'MultiLineString', coordinates: [ring, ring] })).toBeCloseTo(
      8000,
      1,
    );
  });

  it('measures a 1 km × 1 km square on the central meridian as 1 000 000 m² within 1e-6', () => {
    const a = measureArea(squareAt(499_500, 2_930_000, 1000));
    expect(Math.abs(a - 1_000_000) / 1_000_000).toBeLessThan(1e-6);
  });

  it('measures a 10 km square within 1e-6, where turf (a sphere) is ~0.18 % off', () => {
    const ring = squareAt(495_000, 2_930_000, 10_000);
    const exact = 99_999_917.7; // ∫ 1/k² over the square, k = 1 + x²/2ρν (x ≤ 5 km)
    expect(Math.abs(measureArea(ring) - exact) / exact).toBeLessThan(1e-6);
    expect(
      Math.abs(area({ type: 'Polygon', coordinates: [ring] }) - exact) / exact,
    ).toBeGreaterThan(1e-3);
  });

  it('subtracts holes, adds the polygons of a multi-polygon, ignores orientation', () => {
    const outer = squareAt(499_000, 2_930_000, 2000);
    const hole = squareAt(499_500, 2_930_500, 1000);
    const polygon = measureArea({ type: 'Polygon', coordinates: [outer, [...hole].reverse()] });
    expect(polygon).toBeCloseTo(3_000_000, -1);
    expect(measureArea({ type: 'MultiPolygon', coordinates: [[outer], [hole]] })).toBeCloseTo(
      5_000_000,
      -1,
    );
    expect(measureArea([...outer].reverse())).toBeCloseTo(measureArea(outer), 3);
  });

  it('gives 0 for lines, points and degenerate rings', () => {
    expect(measureArea({ type: 'Point', coordinates: [106.7, 26.5] })).toBe(0);
    expect(
      measureArea([
        [106.7, 26.5],
        [106.8, 26.5],
      ]),
    ).toBe(0);
  });
});
