import type { ExpressionSpecification } from 'maplibre-gl';
import { get, isLine, isPoint } from '../expressions.ts';
import { defineLayer, isHighlighted, isSelected, labelExpression } from '../layer-module.ts';
import { pointSymbols } from '../point-symbols.ts';

const water: ExpressionSpecification = ['==', get('kind'), 'water'];

/** The water and waste projects measures 四(二) and 四(四) name, where public sources put them. */
export const namedProjects = defineLayer({
  id: 'projects',
  dataset: 'named-projects',
  title: { zh: '文件点名的重点项目', en: 'Projects the plan names' },
  keywords: [
    { zh: '红花连通', en: 'Hongfeng–Huaxi link' },
    { zh: '垃圾焚烧', en: 'waste incineration' },
    { zh: '餐厨', en: 'food waste' },
    { zh: '供水工程', en: 'water project' },
  ],
  defaultVisible: false,
  style: ({ palette, source, locale }) => [
    {
      id: 'projects-line',
      type: 'line',
      source,
      filter: isLine,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': [
          'case',
          isSelected,
          palette.selected,
          isHighlighted,
          palette.highlight,
          palette.water,
        ],
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 14, 6],
        'line-dasharray': [2, 1],
      },
    },
    ...pointSymbols({
      id: 'projects',
      source,
      palette,
      filter: isPoint,
      color: ['case', water, palette.water, palette.waste],
      badge: ['case', water, locale === 'zh' ? '水' : 'W', locale === 'zh' ? '废' : 'R'],
      badgeMinzoom: 7,
      label: labelExpression(locale, 'name', 'nameEn'),
      labelMinzoom: 9,
      radius: [6, 12],
    }),
  ],
  legend: ({ palette }) => [
    {
      label: { zh: '供水工程(红花连通工程,示意走向)', en: 'Water link (schematic course)' },
      swatch: { shape: 'line', color: palette.water, dashed: true },
    },
    {
      label: { zh: '垃圾处理项目(废,所在县市)', en: 'Waste projects (R, county only)' },
      swatch: { shape: 'point', color: palette.waste },
    },
  ],
  interaction: {
    queryLayers: ['projects-point', 'projects-line'],
    nameProperty: 'name',
    nameEnProperty: 'nameEn',
    fields: [
      { property: 'fullName', label: { zh: '全称', en: 'Full name' } },
      { property: 'status', label: { zh: '状态', en: 'Status' } },
      { property: 'placementNote', label: { zh: '绘制方法', en: 'How it is drawn' } },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.namedProjectContract),
});
