import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { scaleTextSize } from './scale-text-size.ts';

const label = (size: unknown): LayerSpecification =>
  ({
    id: 'l',
    type: 'symbol',
    source: 's',
    layout: { 'text-field': 'x', 'text-size': size },
  }) as LayerSpecification;

describe('care mode enlarges the map’s text', () => {
  it('scales a fixed size and every output of a zoom curve, leaving the zooms', () => {
    expect(scaleTextSize(label(12), 1.25).layout).toMatchObject({ 'text-size': 15 });
    expect(
      scaleTextSize(label(['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16]), 1.5).layout,
    ).toMatchObject({ 'text-size': ['interpolate', ['linear'], ['zoom'], 7, 18, 11, 24] });
  });

  it('keeps the style valid for MapLibre', () => {
    const layer = scaleTextSize(label(['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16]), 1.3);
    const style = {
      version: 8,
      sources: { s: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [layer],
    };
    expect(validateStyleMin(style as never).map((e) => e.message)).toEqual([]);
  });

  it('leaves layers without text alone', () => {
    const line = { id: 'x', type: 'line', source: 's' } as LayerSpecification;
    expect(scaleTextSize(line, 2)).toBe(line);
  });
});
