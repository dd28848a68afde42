import type { ExpressionSpecification } from 'maplibre-gl';
import {
  defineLayer,
  isHighlighted,
  isSelected,
  labelExpression,
  LABEL_FONTS,
} from './layer-module.ts';

const isContext: ExpressionSpecification = ['boolean', ['get', 'context'], false];

/** The ten county-level divisions of Guiyang–Gui'an, with 平坝 and 龙里 drawn as context. */
export const districts = defineLayer({
  id: 'districts',
  dataset: 'districts',
  title: { zh: '区县', en: 'Districts and counties' },
  keywords: [
    { zh: '行政区', en: 'district' },
    { zh: '县', en: 'county' },
  ],
  labelPriority: 20,
  defaultVisible: true,
  home: true,
  style: ({ palette, source, labelSource, locale }) => [
    {
      id: 'districts-fill',
      type: 'fill',
      source,
      paint: {
        'fill-color': [
          'case',
          isSelected,
          palette.selected,
          isHighlighted,
          palette.highlight,
          isContext,
          palette.contextFill,
          palette.districtFill,
        ],
        'fill-opacity': ['case', isSelected, 0.22, isHighlighted, 0.16, 1],
      },
    },
    {
      id: 'districts-line',
      type: 'line',
      source,
      paint: {
        'line-color': ['case', isContext, palette.contextLine, palette.districtLine],
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2],
      },
    },
    {
      // Selection and plan highlight as outlines, so the fill colours keep their meaning.
      id: 'districts-state',
      type: 'line',
      source,
      paint: {
        'line-color': ['case', isSelected, palette.selected, palette.highlight],
        'line-width': ['case', isSelected, 3.5, isHighlighted, 2.5, 0],
      },
    },
    {
      id: 'districts-label',
      type: 'symbol',
      source: labelSource,
      layout: {
        'text-field': labelExpression(locale, 'name', 'nameEn'),
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 11, 16],
        'text-font': LABEL_FONTS,
        'text-max-width': locale === 'en' ? 14 : 8,
      },
      paint: {
        'text-color': ['case', isContext, palette.textMuted, palette.labelText],
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ],
  legend: ({ palette }) => [
    {
      label: { zh: '贵阳贵安区县', en: "Guiyang–Gui'an districts" },
      swatch: { shape: 'fill', color: palette.districtFill },
    },
    {
      label: {
        zh: '周边一体化地区(平坝、龙里)',
        en: 'Neighbours for integration (Pingba, Longli)',
      },
      swatch: { shape: 'fill', color: palette.contextFill },
    },
  ],
  interaction: { queryLayers: ['districts-fill'], nameProperty: 'name', nameEnProperty: 'nameEn' },
});
