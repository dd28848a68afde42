import { describe, expect, it } from 'vitest';
import { transformFromWgs84 } from '../geo/transform-position.ts';
import { candidateLandings } from './candidate-landings.ts';
import { GUIYANG_POINTS, referenceDistricts } from './__fixtures__/import-cases.ts';

describe('candidateLandings: where the features land under each frame, before importing', () => {
  const reference = referenceDistricts();

  it('measures the offset of each degree frame from the WGS84 reading (~540 m GCJ-02, ~1 km BD-09)', () => {
    const sample = GUIYANG_POINTS.map(transformFromWgs84('GCJ-02'));
    const [wgs84, gcj02, bd09] = candidateLandings(
      sample,
      [{ frame: 'EPSG:4326' }, { frame: 'GCJ-02', meanDistance: 35 }, { frame: 'BD-09' }],
      reference,
    );
    expect(wgs84!.metresFromWgs84).toBe(0);
    expect(gcj02!.metresFromWgs84).toBeGreaterThan(500);
    expect(gcj02!.metresFromWgs84).toBeLessThan(580);
    expect(gcj02!.directionFromWgs84).toBe('NW');
    expect(gcj02!.meanDistance).toBe(35);
    expect(bd09!.metresFromWgs84).toBeGreaterThan(1000);
    expect(bd09!.metresFromWgs84).toBeLessThan(1100);
    for (const l of [wgs84, gcj02, bd09]) {
      expect(l!.insideShare).toBe(1);
      expect(l!.kmFromGuiyang).toBeLessThan(10);
    }
  });

  it('says how far from Guiyang projected numbers land in each zone', () => {
    const landings = candidateLandings(
      [[566000, 2937000]],
      [{ frame: 'EPSG:4545' }, { frame: 'EPSG:4544' }],
    );
    expect(landings.map((l) => [l.frame, l.insideShare, Math.round(l.kmFromGuiyang)])).toEqual([
      ['EPSG:4545', 0, 194],
      ['EPSG:4544', 0, 105],
    ]);
    expect(landings[0]!.metresFromWgs84).toBeUndefined();
  });

  it('names the district most of the sample falls in, with the reference boundaries', () => {
    const [landing] = candidateLandings([[106.72, 26.54]], [{ frame: 'EPSG:4326' }], reference);
    expect(landing!.district).toEqual({ name: '南明区', share: 1 });
  });

  it('has nothing to say without a usable position', () => {
    expect(candidateLandings([[NaN, 1]], [{ frame: 'EPSG:4326' }])).toEqual([]);
  });
});
