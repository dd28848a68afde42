import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { parcelCollection } from '../../import/__fixtures__/import-cases.ts';
import { palette } from '../../theme/palette.ts';
import { isImportedLayerId } from '../../model/imported-layer-id.ts';
import { layerContext, styleContext } from '../__fixtures__/layer-context.ts';
import { importedLayer, namePropertyOf } from './imported-layer.ts';

const mixed: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    ...parcelCollection('EPSG:4326').features,
    {
      type: 'Feature',
      properties: { name: '管线' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [106.7, 26.5],
          [106.71, 26.51],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: '站点' },
      geometry: { type: 'Point', coordinates: [106.7, 26.5] },
    },
  ],
};

describe('an imported dataset becomes a map layer', () => {
  const def = importedLayer({ id: 'abc', name: '规划地块', collection: mixed });
  const style = def.style(styleContext(def));

  it('named imported-<id>, with sublayers imported-<id>-<role>, all clickable', () => {
    expect(def.id).toBe('imported-abc');
    expect(def.dataset).toBe('imported-abc');
    expect(isImportedLayerId(def.id)).toBe(true);
    expect(style.map((l) => l.id)).toEqual([
      'imported-abc-fill',
      'imported-abc-line',
      'imported-abc-point',
    ]);
    expect(def.interaction.queryLayers).toEqual(style.map((l) => l.id));
  });

  it('a style the MapLibre style spec accepts', () => {
    const spec: StyleSpecification = {
      version: 8,
      sources: { 'imported-abc': { type: 'geojson', data: mixed } },
      layers: style,
    };
    expect(validateStyleMin(spec).map((e) => e.message)).toEqual([]);
  });

  it('a legend row per geometry type, in the imported palette token', () => {
    expect(def.legend(layerContext(def))).toEqual([
      {
        label: { zh: '规划地块(面)', en: '规划地块 (areas)' },
        swatch: { shape: 'fill', color: palette.imported },
      },
      {
        label: { zh: '规划地块(线)', en: '规划地块 (lines)' },
        swatch: { shape: 'line', color: palette.imported },
      },
      {
        label: { zh: '规划地块(点)', en: '规划地块 (points)' },
        swatch: { shape: 'point', color: palette.imported },
      },
    ]);
  });

  it('only the sublayers the data needs', () => {
    const points = importedLayer({
      id: 'p',
      name: 'p',
      collection: { type: 'FeatureCollection', features: mixed.features.slice(-1) },
    });
    expect(
      points
        .style(styleContext(points, { source: 'p', labelSource: 'p-labels', locale: 'en' }))
        .map((l) => l.id),
    ).toEqual(['imported-p-point']);
  });

  it('names features by the usual name attribute, else by id', () => {
    expect(namePropertyOf(parcelCollection('EPSG:4326'))).toBe('名称');
    expect(namePropertyOf({ type: 'FeatureCollection', features: mixed.features.slice(-2) })).toBe(
      'name',
    );
    expect(namePropertyOf({ type: 'FeatureCollection', features: [] })).toBe('id');
  });
});
