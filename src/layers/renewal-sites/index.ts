import type { ExpressionSpecification } from 'maplibre-gl';
import type { Palette } from '../../theme/palette.ts';
import { get, matchBy } from '../expressions.ts';
import { defineLayer, labelExpression } from '../layer-module.ts';
import { pointSymbols } from '../point-symbols.ts';
import {
  RENEWAL_KIND_LABELS,
  RENEWAL_KINDS,
  RENEWAL_STATUS_LABELS,
  type RenewalKind,
} from './values.ts';

/** Each kind's colour token and badge: the kind is never told by colour alone. */
const KIND_STYLE: Record<RenewalKind, { token: keyof Palette; badge: { zh: string; en: string } }> =
  {
    'urban-village': { token: 'urbanVillage', badge: { zh: '村', en: 'V' } },
    'old-neighbourhood': { token: 'oldNeighbourhood', badge: { zh: '旧', en: 'O' } },
    'embedded-services': { token: 'embeddedServices', badge: { zh: '嵌', en: 'S' } },
  };

/** Not done by the slider's year: a ring, not a disc. */
const notDoneBy = (year: number): ExpressionSpecification => [
  'any',
  ['!=', get('status'), 'done'],
  ['>', get('year'), year],
];

/** Urban renewal of measure 四(一): urban villages, old compounds, community-services pilots (sample). */
export const renewalSites = defineLayer({
  id: 'renewal',
  dataset: 'renewal-sites',
  title: { zh: '城市更新', en: 'Urban renewal' },
  keywords: [
    { zh: '城中村', en: 'urban village' },
    { zh: '老旧小区', en: 'old residential compound' },
    { zh: '城市更新', en: 'urban renewal' },
    { zh: '社区嵌入式服务设施', en: 'community-embedded services' },
    { zh: '一老一小', en: 'elderly and children services' },
  ],
  defaultVisible: false,
  usesYear: true,
  style: ({ palette, source, locale, year }) =>
    pointSymbols({
      id: 'renewal',
      source,
      palette,
      color: matchBy('kind', RENEWAL_KINDS, (k) => palette[KIND_STYLE[k].token], palette.textMuted),
      hollow: notDoneBy(year),
      badge: matchBy('kind', RENEWAL_KINDS, (k) => KIND_STYLE[k].badge[locale], ''),
      label: labelExpression(locale, 'name'),
    }),
  legend: ({ palette, year }) => [
    ...RENEWAL_KINDS.map((k) => ({
      label: {
        zh: `${RENEWAL_KIND_LABELS[k].zh}(${KIND_STYLE[k].badge.zh})`,
        en: `${RENEWAL_KIND_LABELS[k].en} (${KIND_STYLE[k].badge.en})`,
      },
      swatch: { shape: 'point' as const, color: palette[KIND_STYLE[k].token] },
    })),
    {
      label: { zh: `空心:至 ${year} 年未完成`, en: `Ring: not done by ${year}` },
      swatch: { shape: 'point' as const, color: palette.labelHalo },
    },
  ],
  figures: {
    'renewal-sites-done': {
      reads: 'features',
      about: {
        measure: '4-1',
        title: { zh: '城市更新项目完成情况', en: 'Urban renewal sites done' },
      },
      compute: (input) => import('./figures.ts').then((m) => m.renewalFigure(input)),
    },
  },
  interaction: {
    queryLayers: ['renewal-point'],
    nameProperty: 'name',
    fields: [
      {
        property: 'kind',
        label: { zh: '类型', en: 'Kind' },
        values: RENEWAL_KIND_LABELS,
      },
      { property: 'status', label: { zh: '状态', en: 'Status' }, values: RENEWAL_STATUS_LABELS },
      { property: 'year', label: { zh: '完成(计划)年份', en: 'Year done (or due)' } },
      { property: 'households', label: { zh: '户数', en: 'Households' } },
      { property: 'townshipName', label: { zh: '所属乡镇(街道)', en: 'Township' } },
      { property: 'district', label: { zh: '所在区县', en: 'District' }, district: true },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.renewalSiteContract),
});
