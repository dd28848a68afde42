import type { ExpressionSpecification } from 'maplibre-gl';
import {
  defineLayer,
  isHighlighted,
  isSelected,
  labelExpression,
  LABEL_FONTS,
} from '../layer-module.ts';
import { chargingParams, type ChargingParams } from './params.ts';
import { STATION_STYLE, STATION_TYPES } from './values.ts';

/** The source the coverage surface is drawn from (computed in the browser, coverage.ts). */
const COVERAGE_SOURCE = 'charging-coverage';

const get = (p: string): ExpressionSpecification => ['get', p];

/** EV charging, swap and hydrogen stations (sample data) and their coverage surface. */
export const charging = defineLayer<ChargingParams>({
  id: 'charging',
  dataset: 'charging-stations',
  title: { zh: '新能源充换电设施', en: 'EV charging and swap stations' },
  keywords: [
    { zh: '充电', en: 'charging' },
    { zh: '充电桩', en: 'charger' },
    { zh: '充电站', en: 'charging station' },
    { zh: '换电', en: 'battery swap' },
    { zh: '加氢', en: 'hydrogen' },
    { zh: '新能源汽车', en: 'electric vehicle' },
  ],
  defaultVisible: false,
  usesYear: true,
  params: chargingParams,
  derivedSources: [
    {
      id: COVERAGE_SOURCE,
      compute: (input) => import('./coverage.ts').then((m) => m.coverageSurface(input)),
    },
  ],
  style: ({ palette, source, locale, year }) => {
    const opened: ExpressionSpecification = ['<=', get('year'), year];
    const typeColor = [
      'match',
      get('type'),
      ...STATION_TYPES.flatMap((t) => [t, palette[STATION_STYLE[t].token]]),
      palette.chargeStation,
    ] as ExpressionSpecification;
    const badge = [
      'match',
      get('type'),
      ...STATION_TYPES.flatMap((t) => [t, STATION_STYLE[t].badge[locale]]),
      '',
    ] as ExpressionSpecification;
    return [
      {
        id: 'charging-coverage-fill',
        type: 'fill',
        source: COVERAGE_SOURCE,
        paint: { 'fill-color': palette.coverage, 'fill-opacity': 0.16 },
      },
      {
        id: 'charging-coverage-line',
        type: 'line',
        source: COVERAGE_SOURCE,
        paint: { 'line-color': palette.coverage, 'line-width': 1.2, 'line-dasharray': [3, 2] },
      },
      {
        id: 'charging-point',
        type: 'circle',
        source,
        filter: opened,
        paint: {
          'circle-color': [
            'case',
            isSelected,
            palette.selected,
            isHighlighted,
            palette.highlight,
            typeColor,
          ],
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 3.5, 13, 9],
          'circle-stroke-color': palette.labelHalo,
          'circle-stroke-width': ['case', isSelected, 3, 1],
        },
      },
      {
        // The type as a letter on the symbol from zoom 11: colour is never the only clue.
        id: 'charging-badge',
        type: 'symbol',
        source,
        minzoom: 11,
        filter: opened,
        layout: {
          'text-field': badge,
          'text-size': 11,
          'text-font': LABEL_FONTS,
          'text-allow-overlap': true,
        },
        paint: { 'text-color': palette.labelHalo },
      },
      {
        id: 'charging-label',
        type: 'symbol',
        source,
        minzoom: 13,
        filter: opened,
        layout: {
          'text-field': labelExpression(locale, 'name'),
          'text-size': 12,
          'text-offset': [0, 1.2],
          'text-anchor': 'top',
          'text-font': LABEL_FONTS,
        },
        paint: {
          'text-color': palette.labelText,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 1.5,
        },
      },
    ];
  },
  legend: ({ palette, params }) => [
    ...STATION_TYPES.map((t) => ({
      label: {
        zh: `${STATION_STYLE[t].label.zh}(${STATION_STYLE[t].badge.zh})`,
        en: `${STATION_STYLE[t].label.en} (${STATION_STYLE[t].badge.en})`,
      },
      swatch: { shape: 'point' as const, color: palette[STATION_STYLE[t].token] },
    })),
    {
      label: {
        zh: `服务范围 ${params.serviceKm} 公里内`,
        en: `Within ${params.serviceKm} km of a station`,
      },
      swatch: { shape: 'fill' as const, color: palette.coverage, dashed: true },
    },
  ],
  controls: () => import('./controls.tsx').then((m) => m.ChargingControls),
  figures: {
    'ev-charging-township-coverage': {
      reads: 'features',
      compute: (input) => import('./figures.ts').then((m) => m.townshipCoverageFigure(input)),
    },
  },
  interaction: {
    queryLayers: ['charging-point'],
    nameProperty: 'name',
    fields: [
      {
        property: 'type',
        label: { zh: '类型', en: 'Type' },
        values: Object.fromEntries(STATION_TYPES.map((t) => [t, STATION_STYLE[t].label])),
      },
      { property: 'chargers', label: { zh: '充电桩数', en: 'Charging points' } },
      {
        property: 'powerKw',
        label: { zh: '单桩功率', en: 'Power per point' },
        unit: { zh: '千瓦', en: 'kW' },
      },
      { property: 'year', label: { zh: '投用年份', en: 'Opened' } },
      { property: 'townshipName', label: { zh: '所属乡镇(街道)', en: 'Township' } },
      { property: 'district', label: { zh: '所在区县', en: 'District' }, district: true },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.chargingContract),
});
