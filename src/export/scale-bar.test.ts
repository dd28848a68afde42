import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from './scale-bar.ts';

describe('scaleBar', () => {
  it('picks the longest 1-2-5 distance that fits', () => {
    expect(scaleBar(100, 100, 'en')).toEqual({ length: 100, metres: 10_000, label: '10 km' });
    expect(scaleBar(37, 100, 'en')).toEqual({ length: 2000 / 37, metres: 2000, label: '2 km' });
    expect(scaleBar(3, 100, 'en').label).toBe('200 m');
  });
  it('speaks the map’s language: 公里 and 米 on a Chinese map', () => {
    expect(scaleBar(100, 100, 'zh').label).toBe('10 公里');
    expect(scaleBar(3, 100, 'zh').label).toBe('200 米');
  });
  it('matches MapLibre (512 px tiles) near Guiyang, 26.6° N', () => {
    expect(metresPerPixel(10, 26.6)).toBeCloseTo(68.2, 0);
    expect(metresPerPixel(9, 26.6)).toBeCloseTo(136.5, 0);
  });
});
