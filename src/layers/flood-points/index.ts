import type { ExpressionSpecification } from 'maplibre-gl';
import { get } from '../expressions.ts';
import { defineLayer, labelExpression } from '../layer-module.ts';
import { pointSymbols } from '../point-symbols.ts';
import { FLOOD_POINT_STATUS_LABELS } from './values.ts';

/** Waterlogging points of measure 四(二) and whether each is eliminated (sample data). */
export const floodPoints = defineLayer({
  id: 'flood-points',
  dataset: 'flood-points',
  title: { zh: '城市易涝积水点', en: 'Waterlogging points' },
  keywords: [
    { zh: '内涝', en: 'urban flooding' },
    { zh: '积水', en: 'waterlogging' },
    { zh: '易涝', en: 'flood-prone' },
    { zh: '海绵城市', en: 'sponge city' },
  ],
  defaultVisible: false,
  usesYear: true,
  style: ({ palette, source, locale, year }) => {
    // By the slider's year: eliminated (its year has come), else as the record says.
    const eliminatedBy: ExpressionSpecification = [
      'all',
      ['==', get('status'), 'eliminated'],
      ['<=', get('yearEliminated'), year],
    ];
    const color: ExpressionSpecification = [
      'case',
      eliminatedBy,
      palette.floodEliminated,
      ['==', get('status'), 'in-progress'],
      palette.floodInProgress,
      palette.floodRemaining,
    ];
    const badge: ExpressionSpecification = [
      'case',
      eliminatedBy,
      locale === 'zh' ? '✓' : '✓',
      ['==', get('status'), 'in-progress'],
      locale === 'zh' ? '治' : 'W',
      '!',
    ];
    return pointSymbols({
      id: 'flood-points',
      source,
      palette,
      color,
      hollow: eliminatedBy,
      badge,
      label: labelExpression(locale, 'name'),
    });
  },
  legend: ({ palette, year }) => [
    {
      label: { zh: '未整治(!)', en: 'Remaining (!)' },
      swatch: { shape: 'point', color: palette.floodRemaining },
    },
    {
      label: { zh: '整治中(治)', en: 'Being dealt with (W)' },
      swatch: { shape: 'point', color: palette.floodInProgress },
    },
    {
      label: { zh: `空心:至 ${year} 年已消除(✓)`, en: `Ring: eliminated by ${year} (✓)` },
      swatch: { shape: 'point', color: palette.floodEliminated },
    },
  ],
  figures: {
    'waterlogging-points-eliminated': {
      reads: 'features',
      compute: (input) => import('./figures.ts').then((m) => m.floodPointFigure(input)),
    },
  },
  interaction: {
    queryLayers: ['flood-points-point'],
    nameProperty: 'name',
    fields: [
      {
        property: 'status',
        label: { zh: '状态', en: 'Status' },
        values: FLOOD_POINT_STATUS_LABELS,
      },
      { property: 'yearEliminated', label: { zh: '消除年份', en: 'Year eliminated' } },
      { property: 'townshipName', label: { zh: '所属乡镇(街道)', en: 'Township' } },
      { property: 'district', label: { zh: '所在区县', en: 'District' }, district: true },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.floodPointContract),
});
