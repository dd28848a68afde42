import type { ExpressionSpecification } from 'maplibre-gl';
import { get } from '../expressions.ts';
import { defineLayer, labelExpression } from '../layer-module.ts';
import { pointSymbols } from '../point-symbols.ts';
import { WATER_WORKS_STATUS_LABELS } from './values.ts';

/** Urban water works of measure 四(二), with their capacity (sample data). */
export const waterWorks = defineLayer({
  id: 'water-works',
  dataset: 'water-works',
  title: { zh: '城市供水厂', en: 'Water works' },
  keywords: [
    { zh: '供水', en: 'water supply' },
    { zh: '水厂', en: 'water plant' },
    { zh: '供水能力', en: 'supply capacity' },
  ],
  defaultVisible: false,
  usesYear: true,
  style: ({ palette, source, locale, year }) => {
    const notInService: ExpressionSpecification = [
      'any',
      ['!=', get('status'), 'in-service'],
      ['>', get('year'), year],
    ];
    return pointSymbols({
      id: 'water-works',
      source,
      palette,
      color: palette.water,
      hollow: notInService,
      badge: locale === 'zh' ? '水' : 'W',
      label: labelExpression(locale, 'name'),
      radius: [5, 12],
      labelMinzoom: 11,
    });
  },
  legend: ({ palette, year }) => [
    {
      label: { zh: '供水厂(水)', en: 'Water works (W)' },
      swatch: { shape: 'point', color: palette.water },
    },
    {
      label: { zh: `空心:至 ${year} 年尚未运行`, en: `Ring: not in service by ${year}` },
      swatch: { shape: 'point', color: palette.labelHalo },
    },
  ],
  figures: {
    'water-supply-capacity': {
      reads: 'features',
      compute: (input) => import('./figures.ts').then((m) => m.waterCapacityFigure(input)),
    },
  },
  interaction: {
    queryLayers: ['water-works-point'],
    nameProperty: 'name',
    fields: [
      {
        property: 'capacity',
        label: { zh: '设计供水能力', en: 'Design capacity' },
        unit: { zh: '万立方米/日', en: '×10,000 m³/day' },
      },
      {
        property: 'status',
        label: { zh: '状态', en: 'Status' },
        values: WATER_WORKS_STATUS_LABELS,
      },
      { property: 'year', label: { zh: '投运(计划)年份', en: 'In service from' } },
      { property: 'district', label: { zh: '所在区县', en: 'District' }, district: true },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.waterWorksContract),
});
