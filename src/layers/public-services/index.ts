import { get } from '../expressions.ts';
import { defineLayer, labelExpression } from '../layer-module.ts';
import { pointSymbols } from '../point-symbols.ts';
import { publicServiceParams, type PublicServiceParams } from './params.ts';
import { FACILITY_KIND_LABELS, SCHOOL_KINDS, SERVICE_DISTANCE_KM } from './values.ts';

/** The source the service area is drawn from (computed in the browser, coverage.ts). */
const SERVICE_AREA_SOURCE = 'public-services-area';

/** Schools and medical facilities of measures 一(二) and 一(四), with service areas (sample). */
export const publicServices = defineLayer<PublicServiceParams>({
  id: 'public-services',
  dataset: 'public-services',
  title: { zh: '学校与医疗设施', en: 'Schools and medical facilities' },
  keywords: [
    { zh: '学校', en: 'school' },
    { zh: '医院', en: 'hospital' },
    { zh: '卫生院', en: 'health centre' },
    { zh: '公共服务', en: 'public services' },
    { zh: '随迁子女', en: "migrant workers' children" },
    { zh: '教育', en: 'education' },
  ],
  defaultVisible: false,
  params: publicServiceParams,
  derivedSources: [
    {
      id: SERVICE_AREA_SOURCE,
      compute: (input) => import('./coverage.ts').then((m) => m.serviceArea(input)),
    },
  ],
  style: ({ palette, source, locale }) => {
    const isSchool = ['in', get('kind'), ['literal', [...SCHOOL_KINDS]]];
    return [
      {
        id: 'public-services-area-fill',
        type: 'fill',
        source: SERVICE_AREA_SOURCE,
        paint: { 'fill-color': palette.serviceArea, 'fill-opacity': 0.12 },
      },
      {
        id: 'public-services-area-line',
        type: 'line',
        source: SERVICE_AREA_SOURCE,
        paint: {
          'line-color': palette.serviceArea,
          'line-width': 1.2,
          'line-dasharray': [3, 2],
        },
      },
      ...pointSymbols({
        id: 'public-services',
        source,
        palette,
        color: ['case', isSchool as never, palette.school, palette.medical],
        badge: [
          'case',
          isSchool as never,
          locale === 'zh' ? '学' : 'S',
          locale === 'zh' ? '医' : 'M',
        ],
        label: labelExpression(locale, 'name'),
      }),
    ];
  },
  legend: ({ palette, params }) => [
    {
      label: { zh: '学校(学)', en: 'Schools (S)' },
      swatch: { shape: 'point', color: palette.school },
    },
    {
      label: { zh: '医疗设施(医)', en: 'Medical facilities (M)' },
      swatch: { shape: 'point', color: palette.medical },
    },
    {
      label: {
        zh: `${FACILITY_KIND_LABELS[params.serviceKind].zh} ${SERVICE_DISTANCE_KM[params.serviceKind]} 公里服务范围(直线距离)`,
        en: `Within ${SERVICE_DISTANCE_KM[params.serviceKind]} km of a ${FACILITY_KIND_LABELS[params.serviceKind].en.toLowerCase()} (straight line)`,
      },
      swatch: { shape: 'fill', color: palette.serviceArea, dashed: true },
    },
  ],
  controls: () => import('./controls.tsx').then((m) => m.PublicServiceControls),
  figures: {
    'township-schools': {
      reads: 'features',
      about: {
        measure: '1-4',
        title: { zh: '有学校的乡镇(街道)', en: 'Townships with a school' },
      },
      compute: (input) => import('./figures.ts').then((m) => m.serviceGapFigure(input, 'school')),
    },
    'township-medical': {
      reads: 'features',
      about: {
        measure: '1-2',
        title: { zh: '有医疗设施的乡镇(街道)', en: 'Townships with a medical facility' },
      },
      compute: (input) => import('./figures.ts').then((m) => m.serviceGapFigure(input, 'medical')),
    },
  },
  interaction: {
    queryLayers: ['public-services-point'],
    nameProperty: 'name',
    fields: [
      {
        property: 'kind',
        label: { zh: '类型', en: 'Kind' },
        values: FACILITY_KIND_LABELS,
      },
      {
        property: 'public',
        label: { zh: '公办', en: 'Public' },
        values: { true: { zh: '是', en: 'Yes' }, false: { zh: '否', en: 'No' } },
      },
      { property: 'beds', label: { zh: '床位', en: 'Beds' } },
      { property: 'townshipName', label: { zh: '所属乡镇(街道)', en: 'Township' } },
      { property: 'district', label: { zh: '所在区县', en: 'District' }, district: true },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.publicServiceContract),
});
