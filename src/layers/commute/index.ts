import type { ExpressionSpecification } from 'maplibre-gl';
import { get } from '../expressions.ts';
import {
  defineLayer,
  isHighlighted,
  isSelected,
  labelExpression,
  LABEL_FONTS,
} from '../layer-module.ts';

const role = (r: string): ExpressionSpecification => ['==', get('role'), r];

/**
 * The 1-hour commuting area of measure 三(三), computed at build time from the rail layer's
 * schematic network and stated assumptions; the centres and clusters it reaches and misses.
 */
export const commute = defineLayer({
  id: 'commute',
  dataset: 'commute-area',
  title: { zh: '1小时通勤范围', en: '1-hour commuting area' },
  keywords: [
    { zh: '通勤圈', en: 'commuting circle' },
    { zh: '1小时', en: 'one hour' },
    { zh: '都市圈', en: 'metropolitan area' },
  ],
  labelPriority: 12,
  defaultVisible: false,
  style: ({ palette, source, locale }) => [
    {
      id: 'commute-fill',
      type: 'fill',
      source,
      filter: role('area'),
      paint: {
        'fill-color': palette.commute,
        'fill-opacity': ['case', isHighlighted, 0.18, 0.1],
      },
    },
    {
      id: 'commute-line',
      type: 'line',
      source,
      filter: role('area'),
      paint: {
        'line-color': ['case', isHighlighted, palette.highlight, palette.commute],
        'line-width': 1.5,
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'commute-place',
      type: 'circle',
      source,
      filter: ['!', role('area')],
      paint: {
        'circle-color': [
          'case',
          isSelected,
          palette.selected,
          role('origin'),
          palette.commute,
          ['==', get('reached'), true],
          palette.labelHalo,
          palette.floodRemaining,
        ],
        'circle-radius': ['case', role('origin'), 5, 6],
        'circle-stroke-color': palette.commute,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'commute-label',
      type: 'symbol',
      source,
      filter: role('destination'),
      minzoom: 8,
      layout: {
        'text-field': [
          'concat',
          labelExpression(locale, 'name', 'nameEn'),
          locale === 'zh' ? ' ' : ' ',
          ['to-string', get('minutes')],
          locale === 'zh' ? '分钟' : ' min',
        ],
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-font': LABEL_FONTS,
        'text-max-width': 10,
      },
      paint: {
        'text-color': palette.commute,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ],
  legend: ({ palette }) => [
    {
      label: {
        zh: '1小时内可达(按示意线网和假设速度计算)',
        en: 'Reached within one hour (computed from the schematic network and assumed speeds)',
      },
      swatch: { shape: 'fill', color: palette.commute, dashed: true },
    },
    {
      label: { zh: '起点(一核重点区县)', en: 'Start (the core’s focus districts)' },
      swatch: { shape: 'point', color: palette.commute },
    },
    {
      label: { zh: '1小时内到达的中心、组团', en: 'Centre or cluster reached' },
      swatch: { shape: 'point', color: palette.labelHalo },
    },
    {
      label: { zh: '超过1小时的中心、组团', en: 'Centre or cluster beyond one hour' },
      swatch: { shape: 'point', color: palette.floodRemaining },
    },
  ],
  figures: {
    'commute-circle': {
      reads: 'features',
      compute: (input) => import('./figures.ts').then((m) => m.commuteFigure(input)),
    },
  },
  interaction: {
    queryLayers: ['commute-place', 'commute-fill'],
    nameProperty: 'name',
    nameEnProperty: 'nameEn',
    fields: [
      { property: 'minutes', label: { zh: '约需', en: 'About' }, unit: { zh: '分钟', en: 'min' } },
      {
        property: 'reached',
        label: { zh: '1小时内可达', en: 'Within one hour' },
        values: { true: { zh: '是', en: 'Yes' }, false: { zh: '否', en: 'No' } },
      },
      {
        property: 'areaKm2',
        label: { zh: '面积', en: 'Area' },
        unit: { zh: '平方公里', en: 'km²' },
      },
      {
        property: 'roadKmh',
        label: { zh: '假设道路速度', en: 'Assumed road speed' },
        unit: { zh: '公里/小时', en: 'km/h' },
      },
      {
        property: 'metroKmh',
        label: { zh: '假设轨道交通速度', en: 'Assumed urban-rail speed' },
        unit: { zh: '公里/小时', en: 'km/h' },
      },
      {
        property: 'railKmh',
        label: { zh: '假设铁路速度', en: 'Assumed train speed' },
        unit: { zh: '公里/小时', en: 'km/h' },
      },
      {
        property: 'boardingMinutes',
        label: { zh: '每次上车、换乘', en: 'Each boarding or change' },
        unit: { zh: '分钟', en: 'min' },
      },
    ],
  },
});
