import { describe, expect, it } from 'vitest';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { beforeIdFor, LABELS_ANCHOR } from './layer-order.ts';

/** A style's layer list, as much of a map as `beforeIdFor` reads. */
const mapWith = (ids: string[]) =>
  ({
    getStyle: () => ({
      layers: ids.map((id) => ({ id, type: id.endsWith('-label') ? 'symbol' : 'line' })),
    }),
    getLayer: (id: string) => ids.includes(id) || undefined,
  }) as unknown as MapLibreMap;
const line = (id: string) => ({ id, type: 'line', source: id }) as LayerSpecification;

describe('a layer whose data arrive late still draws in its order', () => {
  // Draw order: districts (0) under pipes (1) under charging (2).
  const ranks = new Map([
    ['districts-fill', 0],
    ['pipes-line', 1],
    ['charging-circle', 2],
  ]);
  const rankOf = (id: string) => ranks.get(id);

  it('puts the districts under the pipes that were drawn first', () => {
    const map = mapWith(['land', 'pipes-line', LABELS_ANCHOR, 'districts-label']);
    expect(beforeIdFor(map, line('districts-fill'), new Map(), rankOf)).toBe('pipes-line');
  });

  it('puts a layer between the ones below and above it', () => {
    const map = mapWith(['land', 'districts-fill', 'charging-circle', LABELS_ANCHOR]);
    expect(beforeIdFor(map, line('pipes-line'), new Map(), rankOf)).toBe('charging-circle');
  });

  it('puts the topmost layer just under the labels', () => {
    const map = mapWith(['land', 'districts-fill', 'pipes-line', LABELS_ANCHOR, 'x-label']);
    expect(beforeIdFor(map, line('charging-circle'), new Map(), rankOf)).toBe(LABELS_ANCHOR);
  });

  it('keeps basemap layers, which have no rank, under every plan layer', () => {
    const map = mapWith(['land', 'basemap-roads', LABELS_ANCHOR]);
    expect(beforeIdFor(map, line('districts-fill'), new Map(), rankOf)).toBe(LABELS_ANCHOR);
  });
});
