import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import {
  formatCoordinates,
  formatDegrees,
  formatGaussKruger,
  localGaussKrugerFrame,
} from './format-coordinates.ts';

describe('a planner reads the cursor position', () => {
  it('in degrees with 6 decimals, 东经/北纬 in Chinese and E/N in English', () => {
    expect(formatDegrees([106.7143741, 26.5679444], 'zh')).toBe('东经 106.714374°,北纬 26.567944°');
    expect(formatDegrees([106.7143741, 26.5679444], 'en')).toBe('106.714374° E, 26.567944° N');
    expect(formatDegrees([-0.5, -1.25], 'en')).toBe('0.500000° W, 1.250000° S');
  });

  it('picks the local zone: 108°E (EPSG:4545) east of 106.5°E, 105°E (EPSG:4544) west of it', () => {
    expect(localGaussKrugerFrame(106.71)).toBe('EPSG:4545');
    expect(localGaussKrugerFrame(106.5)).toBe('EPSG:4545');
    expect(localGaussKrugerFrame(106.47)).toBe('EPSG:4544');
  });

  it('in Gauss–Krüger metres agreeing with proj4, X = north and Y = east in Chinese', () => {
    const p = [106.714374, 26.567944];
    const [e, n] = proj4(
      'EPSG:4326',
      '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
    ).forward(p);
    const zh = formatGaussKruger(p, 'zh');
    expect(zh.frame).toBe('EPSG:4545');
    expect(Math.abs(zh.easting - e!)).toBeLessThan(0.001);
    expect(Math.abs(zh.northing - n!)).toBeLessThan(0.001);
    expect(zh.text).toBe(`X(北)${n!.toFixed(2)} 米,Y(东)${e!.toFixed(2)} 米 · EPSG:4545`);
    expect(formatGaussKruger(p, 'en').text).toBe(
      `E ${e!.toFixed(2)} m, N ${n!.toFixed(2)} m · EPSG:4545`,
    );
  });

  it('switches between the two by mode', () => {
    const p = [106.4, 26.4];
    expect(formatCoordinates(p, 'degrees', 'en')).toBe('106.400000° E, 26.400000° N');
    expect(formatCoordinates(p, 'gauss-kruger', 'en')).toMatch(/· EPSG:4544$/);
  });
});
