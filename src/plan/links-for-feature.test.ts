import { describe, it, expect } from 'vitest';
import { links } from './links.ts';
import { linksForFeature } from './links-for-feature.ts';

describe('linksForFeature', () => {
  it('tells someone clicking 观山湖区 that measure 三(一) makes it part of the 北部中心', () => {
    const found = linksForFeature(links, 'districts', '520115');
    const measure31 = found.filter((l) => l.type === 'measure' && l.id === '3-1');
    expect(measure31).toHaveLength(1);
    expect(measure31[0]?.excerpt).toContain('北部中心');
    expect(measure31[0]?.cityWide).toBe(false);
  });

  it('lists the 一市三县 target on 清镇市 together with the measures naming it', () => {
    const found = linksForFeature(links, 'districts', '520181');
    expect(found).toContainEqual(
      expect.objectContaining({ type: 'indicator', id: 'county-economy-share' }),
    );
    // measures come first, so the inspector reads policy before targets
    const firstIndicator = found.findIndex((l) => l.type === 'indicator');
    expect(found.slice(firstIndicator).every((l) => l.type === 'indicator')).toBe(true);
    expect(found.slice(0, firstIndicator).map((l) => l.id)).toEqual(
      expect.arrayContaining(['1-3', '2-1', '2-5', '4-4']),
    );
  });

  it('leaves city-wide measures out unless asked, and then flags them', () => {
    expect(linksForFeature(links, 'districts', '520115').some((l) => l.id === '1-1')).toBe(false);
    const withCityWide = linksForFeature(links, 'districts', '520115', { includeCityWide: true });
    expect(withCityWide).toContainEqual(
      expect.objectContaining({ type: 'measure', id: '1-1', cityWide: true }),
    );
  });

  it('finds nothing for a feature no record names', () => {
    expect(linksForFeature(links, 'districts', '000000')).toEqual([]);
    expect(linksForFeature(links, 'no-such-layer', '520115')).toEqual([]);
  });
});
