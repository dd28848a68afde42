import type { ExpressionSpecification } from 'maplibre-gl';
import { listSeparator } from '../model/locale.ts';
import {
  defineLayer,
  isHighlighted,
  isSelected,
  labelExpression,
  LABEL_FONTS,
} from './layer-module.ts';

const role: ExpressionSpecification = ['get', 'role'];
const isSchematic: ExpressionSpecification = ['==', ['get', 'provenance'], 'schematic'];
const isArea: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];

/**
 * 一核三心多组团, the spatial structure of measure 三(一): the core and the centres as areas,
 * the clusters as county-seat points. Schematic areas have dashed outlines and say so.
 */
export const structure = defineLayer({
  id: 'structure',
  dataset: 'structure',
  title: { zh: '一核三心多组团', en: 'One core, three centres, many clusters' },
  keywords: [
    { zh: '空间格局', en: 'spatial structure' },
    { zh: '一核', en: 'core' },
    { zh: '三心', en: 'centres' },
    { zh: '组团', en: 'clusters' },
  ],
  defaultVisible: true,
  style: ({ palette, source, labelSource, locale }) => {
    const roleColor: ExpressionSpecification = [
      'match',
      role,
      'core',
      palette.core,
      'centre',
      palette.centre,
      palette.cluster,
    ];
    // The role colour stays on the fill (the core is always red); state shows on the outline.
    const outlineColor: ExpressionSpecification = [
      'case',
      isSelected,
      palette.selected,
      isHighlighted,
      palette.highlight,
      roleColor,
    ];
    const outlineWidth: ExpressionSpecification = ['case', isSelected, 4.5, isHighlighted, 4, 2.5];
    return [
      {
        id: 'structure-fill',
        type: 'fill',
        source,
        filter: isArea,
        paint: {
          'fill-color': roleColor,
          'fill-opacity': ['case', isSelected, 0.45, isHighlighted, 0.38, isSchematic, 0.12, 0.22],
        },
      },
      {
        id: 'structure-outline',
        type: 'line',
        source,
        filter: ['all', isArea, ['!', isSchematic]],
        paint: { 'line-color': outlineColor, 'line-width': outlineWidth },
      },
      {
        // line-dasharray cannot vary per feature, so schematic outlines get their own sublayer.
        id: 'structure-outline-schematic',
        type: 'line',
        source,
        filter: ['all', isArea, isSchematic],
        paint: {
          'line-color': outlineColor,
          'line-width': outlineWidth,
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'structure-cluster',
        type: 'circle',
        source,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': roleColor,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 7, 12, 12],
          'circle-stroke-color': [
            'case',
            isSelected,
            palette.selected,
            isHighlighted,
            palette.highlight,
            palette.labelHalo,
          ],
          'circle-stroke-width': ['case', isSelected, 4, isHighlighted, 4, 2],
        },
      },
      {
        id: 'structure-label',
        type: 'symbol',
        source: labelSource,
        layout: {
          'text-field': [
            'case',
            isSchematic,
            [
              'concat',
              labelExpression(locale, 'name', 'nameEn'),
              locale === 'en' ? ' (schematic)' : '(示意)',
            ],
            labelExpression(locale, 'name', 'nameEn'),
          ] as ExpressionSpecification,
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 12, 11, 15],
          'text-font': LABEL_FONTS,
          'text-max-width': 9,
          'text-offset': [
            'case',
            ['==', role, 'cluster'],
            ['literal', [0, 1.4]],
            ['literal', [0, 0]],
          ],
          'text-anchor': [
            'case',
            ['==', role, 'cluster'],
            'top',
            'center',
          ] as ExpressionSpecification,
        },
        paint: {
          'text-color': roleColor,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 2,
        },
      },
    ];
  },
  legend: ({ palette }) => [
    {
      label: { zh: '一核(云岩、南明)', en: 'The core (Yunyan, Nanming)' },
      swatch: { shape: 'fill', color: palette.core },
    },
    {
      label: { zh: '三心:北部中心', en: 'Centres: northern' },
      swatch: { shape: 'fill', color: palette.centre },
    },
    {
      label: {
        zh: '三心:南部、东部中心(示意范围)',
        en: 'Centres: southern, eastern (schematic extent)',
      },
      swatch: { shape: 'fill', color: palette.centre, dashed: true },
    },
    {
      label: { zh: '多组团(县城)', en: 'Clusters (county seats)' },
      swatch: { shape: 'point', color: palette.cluster },
    },
  ],
  interaction: {
    queryLayers: ['structure-cluster', 'structure-fill'],
    nameProperty: 'name',
    nameEnProperty: 'nameEn',
  },
  describe: (collection, locale) => {
    const names = collection.features.map((f) =>
      String((locale === 'en' && f.properties?.nameEn) || f.properties?.name || f.id),
    );
    return names.length
      ? locale === 'zh'
        ? `空间格局:${names.join(listSeparator(locale))}。`
        : `Spatial structure: ${names.join('; ')}.`
      : null;
  },
});
