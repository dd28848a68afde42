import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { importedLayerId } from '../../model/imported-layer-id.ts';
import type { LocalizedText } from '../../model/locale.ts';
import { type LayerModule, type LegendItem, isHighlighted, isSelected } from '../layer-module.ts';

// Attribute names planners' data uses for a feature's name, most specific first.
const NAME_PROPERTIES = [
  '名称',
  '地块名称',
  '项目名称',
  'name',
  'NAME',
  'Name',
  'MC',
  'mc',
  'title',
];

/** The attribute holding feature names: the first of the usual ones most features fill in. */
export function namePropertyOf(collection: FeatureCollection): string {
  const sample = collection.features.slice(0, 50);
  const filled = (key: string) =>
    sample.filter((f) => typeof f.properties?.[key] === 'string' && f.properties[key] !== '')
      .length;
  return NAME_PROPERTIES.find((key) => filled(key) * 2 >= sample.length && filled(key) > 0) ?? 'id';
}

const is = (...types: string[]): ExpressionSpecification => [
  'match',
  ['geometry-type'],
  types,
  true,
  false,
];
const POLYGONS = is('Polygon', 'MultiPolygon');
const POINTS = is('Point', 'MultiPoint');

/** Which kinds of geometry a collection holds, for its sublayers and legend rows. */
function kindsOf(collection: FeatureCollection) {
  const types = new Set<string>();
  const add = (g: FeatureCollection['features'][number]['geometry']): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') g.geometries.forEach(add);
    else types.add(g.type.replace('Multi', ''));
  };
  collection.features.forEach((f) => add(f.geometry));
  return { fill: types.has('Polygon'), line: types.has('LineString'), point: types.has('Point') };
}

/** An imported dataset as the layer needs it (an `ImportedLayer` of the store fits). */
export interface ImportedLayerSource {
  id: string;
  name: string;
  collection: FeatureCollection;
}

/**
 * The map layer of an imported dataset: one colour (the `imported` palette token) drawn by
 * geometry type, the same selection and plan-highlight states as the built layers, a legend
 * row per geometry type and names from the usual name attribute.
 */
export function importedLayer(source: ImportedLayerSource): LayerModule {
  const id = importedLayerId(source.id);
  const kinds = kindsOf(source.collection);
  const nameProperty = namePropertyOf(source.collection);
  const title: LocalizedText = { zh: source.name, en: source.name };
  const label = (zh: string, en: string): LocalizedText => ({
    zh: `${source.name}(${zh})`,
    en: `${source.name} (${en})`,
  });
  return {
    id,
    dataset: id,
    title,
    defaultVisible: true,
    style: ({ palette, source: data }): LayerSpecification[] => {
      const colour: ExpressionSpecification = [
        'case',
        isSelected,
        palette.selected,
        isHighlighted,
        palette.highlight,
        palette.imported,
      ];
      const layers: LayerSpecification[] = [];
      if (kinds.fill) {
        layers.push({
          id: `${id}-fill`,
          type: 'fill',
          source: data,
          filter: POLYGONS,
          paint: { 'fill-color': colour, 'fill-opacity': ['case', isSelected, 0.4, 0.22] },
        });
      }
      if (kinds.fill || kinds.line) {
        layers.push({
          id: `${id}-line`,
          type: 'line',
          source: data,
          filter: is('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
          paint: {
            'line-color': colour,
            'line-width': ['case', isSelected, 4, isHighlighted, 3, 2],
          },
        });
      }
      if (kinds.point) {
        layers.push({
          id: `${id}-point`,
          type: 'circle',
          source: data,
          filter: POINTS,
          paint: {
            'circle-color': colour,
            'circle-radius': ['case', isSelected, 8, 6],
            'circle-stroke-color': palette.labelHalo,
            'circle-stroke-width': 1.5,
          },
        });
      }
      return layers;
    },
    legend: ({ palette }): LegendItem[] => [
      ...(kinds.fill
        ? [
            {
              label: label('面', 'areas'),
              swatch: { shape: 'fill' as const, color: palette.imported },
            },
          ]
        : []),
      ...(kinds.line
        ? [
            {
              label: label('线', 'lines'),
              swatch: { shape: 'line' as const, color: palette.imported },
            },
          ]
        : []),
      ...(kinds.point
        ? [
            {
              label: label('点', 'points'),
              swatch: { shape: 'point' as const, color: palette.imported },
            },
          ]
        : []),
    ],
    interaction: {
      // Lines are clickable too: a line feature has no fill to click.
      queryLayers: [
        ...(kinds.fill ? [`${id}-fill`] : []),
        ...(kinds.line ? [`${id}-line`] : []),
        ...(kinds.point ? [`${id}-point`] : []),
      ],
      nameProperty,
    },
  };
}
