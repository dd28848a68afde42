import { describe, expect, it } from 'vitest';
import type { BuiltTiles } from '../model/manifest.ts';
import { tileCoverageAt } from './tile-coverage.ts';

const tiles: BuiltTiles = {
  url: 'data/pipes.pmtiles',
  format: 'pmtiles',
  sourceLayer: 'pipes',
  minzoom: 5,
  maxzoom: 15,
  tileCount: 900,
  largestTileBytes: 200_000,
  featuresByZoom: [
    { zoom: 11, kept: 60_000, dropped: 40_000 },
    { zoom: 12, kept: 75_000, dropped: 25_000 },
    { zoom: 13, kept: 100_000, dropped: 0 },
    { zoom: 14, kept: 100_000, dropped: 0 },
    { zoom: 15, kept: 100_000, dropped: 0 },
  ],
};

describe('a planner looking at a large tiled network', () => {
  it('is told at z12.6 that 75 000 of 100 000 segments are drawn, and that z13 shows all', () => {
    expect(tileCoverageAt(tiles, 12.6)).toEqual({
      tileZoom: 12,
      drawn: 75_000,
      total: 100_000,
      completeFrom: 13,
    });
  });

  it('is told nothing from z13 up, where every segment is drawn, nor past the deepest tiles', () => {
    expect(tileCoverageAt(tiles, 13)).toBeNull();
    expect(tileCoverageAt(tiles, 18)).toBeNull();
  });

  it('is told nothing for an archive built before the counts existed', () => {
    expect(tileCoverageAt({ ...tiles, featuresByZoom: undefined }, 11)).toBeNull();
  });
});
