import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerModule } from '../layers/layer-module.ts';
import { featuresAtPoint, pickAmong } from './hit-test.ts';

const structure = { layer: 'structure', id: 'centre-north' };
const district = { layer: 'districts', id: '520115' };

describe('a click where features overlap', () => {
  it('selects the topmost first', () => {
    expect(pickAmong([structure, district], null)).toEqual(structure);
  });

  it('selects the one below with one more click, and comes round again', () => {
    expect(pickAmong([structure, district], structure)).toEqual(district);
    expect(pickAmong([structure, district], district)).toEqual(structure);
  });

  it('starts from the top when the selection is elsewhere, and clears on empty ground', () => {
    expect(pickAmong([structure, district], { layer: 'parks', id: 'x' })).toEqual(structure);
    expect(pickAmong([], structure)).toBeNull();
  });
});

describe('a click on a dense pipe network', () => {
  // A stand-in map: the pixel under the pointer holds pipe B; the 4-px box around it also
  // holds its neighbour A, which MapLibre lists first (it is drawn above B).
  const map = {
    getLayer: () => ({ type: 'line' }),
    queryRenderedFeatures: (where: unknown) =>
      Array.isArray(where) && Array.isArray(where[0])
        ? [{ properties: { id: 'A' } }, { properties: { id: 'B' } }]
        : [{ properties: { id: 'B' } }],
  } as unknown as MapLibreMap;
  const pipes = {
    id: 'pipes',
    interaction: { queryLayers: ['pipes-line'] },
  } as unknown as LayerModule;

  it('selects the pipe under the pointer, its neighbour one more click away', () => {
    expect(featuresAtPoint(map, [pipes], { x: 10, y: 10 })).toEqual([
      { layer: 'pipes', id: 'B' },
      { layer: 'pipes', id: 'A' },
    ]);
  });
});
