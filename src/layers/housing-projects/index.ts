import type { ExpressionSpecification } from 'maplibre-gl';
import { get, matchBy } from '../expressions.ts';
import { defineLayer, labelExpression } from '../layer-module.ts';
import { pointSymbols } from '../point-symbols.ts';
import { HOUSING_KIND_LABELS, HOUSING_KINDS, HOUSING_STATUS_LABELS } from './values.ts';

/** The kind's badge: 公(租), 保(障性租赁), 售(配售型). */
const BADGE: Record<(typeof HOUSING_KINDS)[number], { zh: string; en: string }> = {
  公租房: { zh: '公', en: 'P' },
  保障性租赁住房: { zh: '租', en: 'R' },
  配售型保障性住房: { zh: '售', en: 'S' },
};

/** Affordable housing projects of measure 一(五), sized by units (sample data). */
export const housingProjects = defineLayer({
  id: 'housing',
  dataset: 'housing-projects',
  title: { zh: '保障性住房', en: 'Affordable housing' },
  keywords: [
    { zh: '保障房', en: 'affordable housing' },
    { zh: '保租房', en: 'affordable rental housing' },
    { zh: '公租房', en: 'public rental housing' },
    { zh: '住房', en: 'housing' },
  ],
  defaultVisible: false,
  usesYear: true,
  style: ({ palette, source, locale, year }) => {
    const notYet: ExpressionSpecification = [
      'any',
      ['==', get('status'), 'planned'],
      ['>', get('year'), year],
    ];
    return pointSymbols({
      id: 'housing',
      source,
      palette,
      color: palette.housing,
      hollow: notYet,
      badge: matchBy('kind', HOUSING_KINDS, (k) => BADGE[k][locale], ''),
      label: labelExpression(locale, 'name'),
      radius: [4, 11],
    });
  },
  legend: ({ palette, year }) => [
    ...HOUSING_KINDS.map((k) => ({
      label: {
        zh: `${HOUSING_KIND_LABELS[k].zh}(${BADGE[k].zh})`,
        en: `${HOUSING_KIND_LABELS[k].en} (${BADGE[k].en})`,
      },
      swatch: { shape: 'point' as const, color: palette.housing },
    })),
    {
      label: { zh: `空心:至 ${year} 年尚未筹建`, en: `Ring: not yet raised by ${year}` },
      swatch: { shape: 'point' as const, color: palette.labelHalo },
    },
  ],
  figures: {
    'affordable-housing': {
      reads: 'features',
      compute: (input) => import('./figures.ts').then((m) => m.housingFigure(input)),
    },
  },
  interaction: {
    queryLayers: ['housing-point'],
    nameProperty: 'name',
    fields: [
      { property: 'kind', label: { zh: '类型', en: 'Kind' }, values: HOUSING_KIND_LABELS },
      {
        property: 'units',
        label: { zh: '套数', en: 'Units' },
        unit: { zh: '套(间)', en: 'units' },
      },
      { property: 'status', label: { zh: '状态', en: 'Status' }, values: HOUSING_STATUS_LABELS },
      { property: 'year', label: { zh: '筹建年份', en: 'Year raised' } },
      { property: 'townshipName', label: { zh: '所属乡镇(街道)', en: 'Township' } },
      { property: 'district', label: { zh: '所在区县', en: 'District' }, district: true },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.housingProjectContract),
});
