import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatArea, formatLength, SQUARE_METRES_PER_MU } from './format-measure.ts';
import { measureArea } from './measure-geodesic.ts';
import { transformToWgs84 } from './transform-position.ts';

describe('a planner reads measurements in the units of Chinese planning', () => {
  it('a 1 km × 1 km square near Guiyang is 1 000 000 m² = 100 公顷 = 1 500 亩 (within 0.5 %)', () => {
    // Drawn in EPSG:4545 metres around 观山湖 (106.63°E), where the zone's scale is ~1.0002.
    const toWgs = transformToWgs84('EPSG:4545');
    const ring: Position[] = [
      [363_000, 2_943_000],
      [364_000, 2_943_000],
      [364_000, 2_944_000],
      [363_000, 2_944_000],
      [363_000, 2_943_000],
    ].map(toWgs);
    const m2 = measureArea(ring);
    expect(Math.abs(m2 - 1_000_000) / 1_000_000).toBeLessThan(0.005);
    expect(Math.abs(m2 / 10_000 - 100) / 100).toBeLessThan(0.005);
    expect(Math.abs(m2 / SQUARE_METRES_PER_MU - 1500) / 1500).toBeLessThan(0.005);
    expect(formatArea(1_000_000, 'zh').text).toBe('1 平方公里 · 100 公顷 · 1,500 亩');
    expect(formatArea(1_000_000, 'en').text).toBe('1 km² · 100 ha · 1,500 mu');
  });

  it('defines 1 亩 as 10 000/15 m²', () => {
    expect(SQUARE_METRES_PER_MU).toBeCloseTo(666.667, 3);
    expect(formatArea(666.6667, 'zh').mu).toBe('1 亩');
  });

  it.each([
    [856.34, 'zh', '856 米'],
    [12.345, 'en', '12.3 m'],
    [1234.5, 'zh', '1.23 公里'],
    [12_345, 'en', '12.35 km'],
    [123_456, 'en', '123.5 km'],
  ] as const)('formats %s m in %s as %s', (metres, locale, text) => {
    expect(formatLength(metres, locale)).toBe(text);
  });

  it.each([
    [5_000, 'zh', '5,000 平方米 · 0.5 公顷 · 7.5 亩'],
    [250, 'en', '250 m² · 0.025 ha · 0.38 mu'],
    [12_500_000, 'en', '12.5 km² · 1,250 ha · 18,750 mu'],
  ] as const)('formats %s m² in %s as %s', (m2, locale, text) => {
    expect(formatArea(m2, locale).text).toBe(text);
  });
});
