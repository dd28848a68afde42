import { describe, expect, it } from 'vitest';
import { styleContext } from '../layers/__fixtures__/layer-context.ts';
import { pipes as pipeNetwork } from '../layers/pipes/index.ts';
import { structure } from '../layers/structure.ts';
import { specsForTiles } from './tile-source.ts';

const tiles = {
  url: 'data/pipes.pmtiles',
  format: 'pmtiles' as const,
  sourceLayer: 'pipes',
  minzoom: 5,
  maxzoom: 14,
  tileCount: 10,
  largestTileBytes: 1000,
};

describe('specsForTiles (a layer drawn from the build’s tiles)', () => {
  it('reads every sublayer from the tile layer, keeping filters and paint', () => {
    const specs = pipeNetwork.style(styleContext(pipeNetwork));
    const tiled = specsForTiles(specs, 'pipes', tiles);
    expect(tiled.map((s) => s.id)).toEqual(specs.map((s) => s.id));
    for (const [i, spec] of tiled.entries()) {
      expect(spec).toEqual({ ...specs[i], 'source-layer': 'pipes' });
    }
  });

  it('leaves out sublayers of other sources (label points need the whole collection)', () => {
    const specs = structure.style(styleContext(structure));
    const tiled = specsForTiles(specs, 'structure', { ...tiles, sourceLayer: 'structure' });
    expect(specs.some((s) => 'source' in s && s.source === 'structure-labels')).toBe(true);
    expect(tiled.every((s) => 'source' in s && s.source === 'structure')).toBe(true);
    expect(tiled.length).toBeGreaterThan(0);
  });
});
