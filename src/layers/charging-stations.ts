import type { ExpressionSpecification } from 'maplibre-gl';
import type { Palette } from '../theme/palette.ts';
import { DEFAULT_FILTERS } from '../state/thematic-filters.ts';
import { STATION_TYPES, type StationType } from './feature-values.ts';
import type { LocalizedText } from './dataset-meta.ts';
import { type LayerDef, isHighlighted, isSelected, labelExpression } from './layer-def.ts';

/** Station types: token, legend text and the one-character badge drawn on the symbol. */
export const STATION_STYLE: Record<
  StationType,
  { token: keyof Palette; label: LocalizedText; badge: LocalizedText }
> = {
  充电站: {
    token: 'chargeStation',
    label: { zh: '充电站', en: 'Charging station' },
    badge: { zh: '充', en: 'C' },
  },
  换电站: {
    token: 'swapStation',
    label: { zh: '换电站', en: 'Battery-swap station' },
    badge: { zh: '换', en: 'S' },
  },
  加氢站: {
    token: 'hydrogenStation',
    label: { zh: '加氢站', en: 'Hydrogen station' },
    badge: { zh: '氢', en: 'H' },
  },
};

/** The source the app fills with the coverage surface (H3 cells within the service distance). */
export const COVERAGE_SOURCE = 'charging-coverage';

const get = (p: string): ExpressionSpecification => ['get', p];

/** EV charging, swap and hydrogen stations (sample data) and their coverage surface. */
export const chargingStations: LayerDef = {
  id: 'charging',
  dataset: 'charging-stations',
  title: { zh: '新能源充换电设施', en: 'EV charging and swap stations' },
  defaultVisible: false,
  extraSources: [COVERAGE_SOURCE],
  style: ({ palette, source, locale, filters = DEFAULT_FILTERS }) => {
    const opened: ExpressionSpecification = ['<=', get('year'), filters.year];
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
          'text-font': ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'],
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
          'text-font': ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'],
        },
        paint: {
          'text-color': palette.labelText,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 1.5,
        },
      },
    ];
  },
  legend: (palette, filters = DEFAULT_FILTERS) => [
    ...STATION_TYPES.map((t) => ({
      label: {
        zh: `${STATION_STYLE[t].label.zh}(${STATION_STYLE[t].badge.zh})`,
        en: `${STATION_STYLE[t].label.en} (${STATION_STYLE[t].badge.en})`,
      },
      swatch: { shape: 'point' as const, color: palette[STATION_STYLE[t].token] },
    })),
    {
      label: {
        zh: `服务范围 ${filters.serviceKm} 公里内`,
        en: `Within ${filters.serviceKm} km of a station`,
      },
      swatch: { shape: 'fill' as const, color: palette.coverage, dashed: true },
    },
  ],
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
      { property: 'district', label: { zh: '所在区县', en: 'District' }, lookupLayer: 'districts' },
    ],
  },
};
