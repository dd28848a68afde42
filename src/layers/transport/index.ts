import type { ExpressionSpecification } from 'maplibre-gl';
import { get } from '../expressions.ts';
import {
  defineLayer,
  isHighlighted,
  isSelected,
  labelExpression,
  LABEL_FONTS,
} from '../layer-module.ts';
import { TRANSPORT_MODE_LABELS, TRANSPORT_STATUS_LABELS } from './values.ts';

const mode = (...modes: string[]): ExpressionSpecification => [
  'in',
  get('mode'),
  ['literal', modes],
];
const notOpen: ExpressionSpecification = ['!=', get('status'), 'existing'];

/**
 * The corridors of measure 三(三), schematic: urban rail lines and stations, trunk and
 * intercity railways, expressways where their course could be sourced. Lines not yet open are
 * dashed; every line runs straight between the places public sources give.
 */
export const transport = defineLayer({
  id: 'transport',
  dataset: 'transport',
  title: { zh: '轨道交通与铁路', en: 'Rail transit and railways' },
  keywords: [
    { zh: '地铁', en: 'metro' },
    { zh: '轨道交通', en: 'rail transit' },
    { zh: '铁路', en: 'railway' },
    { zh: '高铁', en: 'high-speed rail' },
    { zh: '高速公路', en: 'expressway' },
    { zh: '四网融合', en: 'four-network integration' },
    { zh: '通勤', en: 'commuting' },
  ],
  labelPriority: 10,
  defaultVisible: false,
  style: ({ palette, source, locale }) => {
    const state = (otherwise: string): ExpressionSpecification => [
      'case',
      isSelected,
      palette.selected,
      isHighlighted,
      palette.highlight,
      otherwise,
    ];
    const width = (z8: number, z14: number): ExpressionSpecification => [
      'interpolate',
      ['linear'],
      ['zoom'],
      8,
      ['case', isSelected, z8 + 2, z8],
      14,
      ['case', isSelected, z14 + 3, z14],
    ];
    const lines = (
      id: string,
      modes: string[],
      color: string,
      w: [number, number],
      dashed: boolean,
    ) => ({
      id,
      type: 'line' as const,
      source,
      filter: ['all', mode(...modes), dashed ? notOpen : ['!', notOpen]] as ExpressionSpecification,
      layout: { 'line-cap': 'round' as const, 'line-join': 'round' as const },
      paint: {
        'line-color': state(color),
        'line-width': width(...w),
        ...(dashed ? { 'line-dasharray': [2, 1.5] } : {}),
      },
    });
    return [
      lines('transport-road', ['expressway'], palette.expressway, [2, 6], false),
      lines('transport-road-planned', ['expressway'], palette.expressway, [2, 6], true),
      lines(
        'transport-rail',
        ['trunk-rail', 'intercity-rail', 'suburban-rail'],
        palette.railway,
        [1.5, 4],
        false,
      ),
      lines(
        'transport-rail-planned',
        ['trunk-rail', 'intercity-rail', 'suburban-rail'],
        palette.railway,
        [1.5, 4],
        true,
      ),
      lines('transport-metro', ['metro'], palette.metro, [1.5, 5], false),
      lines('transport-metro-planned', ['metro'], palette.metro, [1.5, 5], true),
      {
        id: 'transport-station',
        type: 'circle',
        source,
        minzoom: 10,
        filter: mode('metro-station'),
        paint: {
          'circle-color': palette.labelHalo,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2, 14, 5],
          'circle-stroke-color': state(palette.metro),
          'circle-stroke-width': ['case', isSelected, 3, 1.5],
        },
      },
      {
        id: 'transport-line-label',
        type: 'symbol',
        source,
        minzoom: 10,
        filter: ['!', mode('metro-station')],
        layout: {
          'symbol-placement': 'line',
          'text-field': labelExpression(locale, 'name', 'nameEn'),
          'text-size': 11,
          'text-font': LABEL_FONTS,
        },
        paint: {
          'text-color': palette.labelText,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 1.5,
        },
      },
      {
        id: 'transport-station-label',
        type: 'symbol',
        source,
        minzoom: 13,
        filter: mode('metro-station'),
        layout: {
          'text-field': labelExpression(locale, 'name', 'nameEn'),
          'text-size': 11,
          'text-offset': [0, 1],
          'text-anchor': 'top',
          'text-font': LABEL_FONTS,
        },
        paint: {
          'text-color': palette.metro,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 1.5,
        },
      },
    ];
  },
  legend: ({ palette }) => [
    {
      label: TRANSPORT_MODE_LABELS.metro,
      swatch: { shape: 'line', color: palette.metro },
    },
    {
      label: { zh: '干线、城际铁路', en: 'Trunk and intercity railways' },
      swatch: { shape: 'line', color: palette.railway },
    },
    {
      label: TRANSPORT_MODE_LABELS.expressway,
      swatch: { shape: 'line', color: palette.expressway },
    },
    {
      label: { zh: '在建、规划(虚线)', en: 'Under construction or planned (dashed)' },
      swatch: { shape: 'line', color: palette.railway, dashed: true },
    },
    {
      label: TRANSPORT_MODE_LABELS['metro-station'],
      swatch: { shape: 'point', color: palette.metro },
    },
  ],
  interaction: {
    queryLayers: [
      'transport-station',
      'transport-metro',
      'transport-metro-planned',
      'transport-rail',
      'transport-rail-planned',
      'transport-road',
      'transport-road-planned',
    ],
    nameProperty: 'name',
    nameEnProperty: 'nameEn',
    fields: [
      { property: 'mode', label: { zh: '类型', en: 'Kind' }, values: TRANSPORT_MODE_LABELS },
      { property: 'status', label: { zh: '状态', en: 'Status' }, values: TRANSPORT_STATUS_LABELS },
      { property: 'line', label: { zh: '线路', en: 'Line' } },
      { property: 'termini', label: { zh: '起讫', en: 'Termini' } },
      { property: 'opened', label: { zh: '开通', en: 'Opened' } },
      { property: 'placementNote', label: { zh: '绘制方法', en: 'How it is drawn' } },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.transportContract),
});
