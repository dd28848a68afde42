import type { ExpressionSpecification } from 'maplibre-gl';
import type { LayerParams } from '../../model/layer-params.ts';
import { defineLayer, isHighlighted, isSelected } from '../layer-module.ts';

import { type PopulationParams } from './params.ts';

const population: LayerParams<PopulationParams> = {
  defaults: { measure: 'population' },
  names: ['census'],
  parse: (params, _name, value) =>
    value === 'population' || value === 'urbanization'
      ? { ...params, measure: value }
      : {
          warning: {
            zh: '应为 population 或 urbanization',
            en: 'expected population or urbanization',
          },
        },
  print: (params, out) => {
    if (params.measure !== 'population') out.set('census', params.measure);
  },
};

/** Class breaks: residents (persons) and urban share (%), five classes each. */
const BREAKS = {
  population: [300_000, 500_000, 700_000, 900_000],
  urbanization: [60, 70, 80, 90],
};
const label = {
  population: (lo: number | null, hi: number | null) => ({
    zh:
      lo === null
        ? `${hi! / 10_000} 万人以下`
        : hi === null
          ? `${lo / 10_000} 万人以上`
          : `${lo / 10_000}–${hi / 10_000} 万人`,
    en:
      lo === null
        ? `under ${hi! / 1000}k`
        : hi === null
          ? `${lo / 1000}k or more`
          : `${lo / 1000}k–${hi / 1000}k residents`,
  }),
  urbanization: (lo: number | null, hi: number | null) => ({
    zh: lo === null ? `${hi}% 以下` : hi === null ? `${lo}% 以上` : `${lo}%–${hi}%`,
    en: lo === null ? `under ${hi}%` : hi === null ? `${lo}% or more` : `${lo}–${hi}%`,
  }),
};

/**
 * Residents and urban share by district from the 2020 census, for context: a choropleth that
 * says it is not a baseline of the plan (the document gives no current values). Each value
 * carries its publication and table.
 */
export const populationContext = defineLayer<PopulationParams>({
  id: 'population',
  dataset: 'population',
  title: { zh: '常住人口(背景)', en: 'Residents (context)' },
  keywords: [
    { zh: '人口', en: 'population' },
    { zh: '人口普查', en: 'census' },
    { zh: '城镇化率', en: 'urbanization rate' },
  ],
  defaultVisible: false,
  params: population,
  style: ({ palette, source, params }) => {
    const value = params.measure === 'population' ? 'population' : 'urbanizationRate';
    const steps = [
      palette.context1,
      ...BREAKS[params.measure].flatMap((b, i) => [
        b,
        [palette.context2, palette.context3, palette.context4, palette.context5][i]!,
      ]),
    ];
    return [
      {
        id: 'population-fill',
        type: 'fill',
        source,
        paint: {
          'fill-color': ['step', ['get', value], ...steps] as unknown as ExpressionSpecification,
          'fill-opacity': 0.75,
        },
      },
      {
        id: 'population-state',
        type: 'line',
        source,
        paint: {
          'line-color': ['case', isSelected, palette.selected, palette.highlight],
          'line-width': ['case', isSelected, 3, isHighlighted, 2.5, 0],
        },
      },
    ];
  },
  legend: ({ palette, params }) => {
    const b = BREAKS[params.measure];
    const colors = [
      palette.context1,
      palette.context2,
      palette.context3,
      palette.context4,
      palette.context5,
    ];
    return colors.map((color, i) => ({
      label: label[params.measure](i === 0 ? null : b[i - 1]!, i === b.length ? null : b[i]!),
      swatch: { shape: 'fill' as const, color },
    }));
  },
  controls: () => import('./controls.tsx').then((m) => m.PopulationControls),
  interaction: {
    queryLayers: ['population-fill'],
    nameProperty: 'name',
    nameEnProperty: 'nameEn',
    fields: [
      {
        property: 'population',
        label: { zh: '常住人口', en: 'Residents' },
        unit: { zh: '人', en: '' },
      },
      {
        property: 'urbanPopulation',
        label: { zh: '城镇人口', en: 'Urban residents' },
        unit: { zh: '人', en: '' },
      },
      {
        property: 'urbanizationRate',
        label: { zh: '城镇人口比重', en: 'Urban share' },
        unit: { zh: '%', en: '%' },
      },
      { property: 'rateNote', label: { zh: '说明', en: 'Note' } },
      { property: 'publication', label: { zh: '出处', en: 'Publication' } },
      { property: 'table', label: { zh: '表', en: 'Table' } },
    ],
  },
  listed: true,
});
