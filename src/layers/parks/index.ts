import type { ExpressionSpecification } from 'maplibre-gl';
import {
  defineLayer,
  isHighlighted,
  isSelected,
  labelExpression,
  LABEL_FONTS,
} from '../layer-module.ts';
import { PARK_KIND_BADGE, PARK_KIND_COLOR, PARK_KINDS, type ParkKind } from './values.ts';

const kind: ExpressionSpecification = ['get', 'kind'];
const isSchematic: ExpressionSpecification = ['==', ['get', 'provenance'], 'schematic'];
const isArea: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
// In the label source every feature is a point; the build gives areas a `labelPoint`, points none.
const isAreaLabel: ExpressionSpecification = ['has', 'labelPoint'];

/** A `match` on `kind` giving one value per kind, in {@link PARK_KINDS} order. */
function byKind(value: (k: ParkKind) => string, fallback: string): ExpressionSpecification {
  return [
    'match',
    kind,
    ...PARK_KINDS.flatMap((k) => [k, value(k)]),
    fallback,
    // a spread has no tuple type, so TypeScript cannot see this is a well-formed `match`
  ] as unknown as ExpressionSpecification;
}

/**
 * The zones, parks and places that 筑府发〔2025〕17号 names: development zones and 阿哈湖 as
 * schematic areas, planned parks, incubators and culture sites as badged points. Everything
 * here is schematic, and the outlines and labels say so.
 */
export const parks = defineLayer({
  id: 'parks',
  dataset: 'parks',
  title: { zh: '开发区与产业园区', en: 'Development zones and industrial parks' },
  keywords: [
    { zh: '开发区', en: 'development zone' },
    { zh: '园区', en: 'industrial park' },
    { zh: '孵化基地', en: 'incubator' },
    { zh: '景区', en: 'scenic site' },
  ],
  labelPriority: 15,
  defaultVisible: true,
  style: ({ palette, source, labelSource, locale }) => {
    // an unknown kind in a city's replacement file still draws, in the neutral line colour
    const kindColor = byKind((k) => palette[PARK_KIND_COLOR[k]], palette.districtLine);
    const stateColor = (otherwise: ExpressionSpecification | string): ExpressionSpecification => [
      'case',
      isSelected,
      palette.selected,
      isHighlighted,
      palette.highlight,
      otherwise,
    ];
    const outlineWidth: ExpressionSpecification = ['case', isSelected, 4, isHighlighted, 3.5, 2];
    const name = labelExpression(locale, 'name', 'nameEn');
    return [
      {
        id: 'parks-fill',
        type: 'fill',
        source,
        filter: isArea,
        paint: {
          'fill-color': kindColor,
          'fill-opacity': ['case', isSelected, 0.45, isHighlighted, 0.38, isSchematic, 0.16, 0.24],
        },
      },
      {
        id: 'parks-outline',
        type: 'line',
        source,
        filter: ['all', isArea, ['!', isSchematic]],
        paint: { 'line-color': stateColor(kindColor), 'line-width': outlineWidth },
      },
      {
        // As in structure.ts: schematic outlines dashed in their own sublayer, a city's real ones solid.
        id: 'parks-outline-schematic',
        type: 'line',
        source,
        filter: ['all', isArea, isSchematic],
        paint: {
          'line-color': stateColor(kindColor),
          'line-width': outlineWidth,
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'parks-point',
        type: 'circle',
        source,
        filter: isPoint,
        paint: {
          'circle-color': kindColor,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 8, 12, 12],
          'circle-stroke-color': stateColor(palette.labelHalo),
          'circle-stroke-width': ['case', isSelected, 4, isHighlighted, 4, 1.5],
        },
      },
      {
        // The kind as a character on the circle; always drawn, or the circle would lose it.
        id: 'parks-badge',
        type: 'symbol',
        source,
        filter: isPoint,
        layout: {
          'text-field': byKind((k) => PARK_KIND_BADGE[locale][k], ''),
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 12, 14],
          'text-font': LABEL_FONTS,
          // Always drawn on its circle, and no other label is placed over it (息[文]县城).
          'text-allow-overlap': true,
          'text-ignore-placement': false,
        },
        paint: { 'text-color': palette.labelHalo },
      },
      {
        id: 'parks-label',
        type: 'symbol',
        source: labelSource,
        layout: {
          // Schematic is said once, in the legend and the inspector, not on every label. Point
          // names wait for zoom 9.5, where there is room for them; zones are named from the start.
          'text-field': [
            'step',
            ['zoom'],
            ['case', isAreaLabel, name, ''],
            9.5,
            name,
          ] as ExpressionSpecification,
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 11, 11, 14],
          'text-font': LABEL_FONTS,
          'text-max-width': locale === 'en' ? 14 : 8,
          // points carry a badge, so their label goes below; an area's label sits inside it
          'text-offset': ['case', isAreaLabel, ['literal', [0, 0]], ['literal', [0, 1.3]]],
          'text-anchor': ['case', isAreaLabel, 'center', 'top'] as ExpressionSpecification,
        },
        paint: {
          'text-color': kindColor,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 2,
        },
      },
    ];
  },
  legend: ({ palette }) => [
    {
      label: { zh: '开发区(示意范围)', en: 'Development zones (schematic extent)' },
      swatch: { shape: 'fill', color: palette[PARK_KIND_COLOR['development-zone']], dashed: true },
    },
    {
      label: {
        zh: `规划产业园区(标“${PARK_KIND_BADGE.zh['industrial-park']}”,示意位置)`,
        en: `Planned industrial parks (“${PARK_KIND_BADGE.en['industrial-park']}”, schematic position)`,
      },
      swatch: { shape: 'point', color: palette[PARK_KIND_COLOR['industrial-park']] },
    },
    {
      label: {
        zh: `创业孵化基地(标“${PARK_KIND_BADGE.zh.incubator}”,示意位置)`,
        en: `Start-up incubation bases (“${PARK_KIND_BADGE.en.incubator}”, schematic position)`,
      },
      swatch: { shape: 'point', color: palette[PARK_KIND_COLOR.incubator] },
    },
    {
      label: {
        zh: `文化旅游地(标“${PARK_KIND_BADGE.zh['culture-tourism']}”,示意位置)`,
        en: `Culture and tourism sites (“${PARK_KIND_BADGE.en['culture-tourism']}”, schematic position)`,
      },
      swatch: { shape: 'point', color: palette[PARK_KIND_COLOR['culture-tourism']] },
    },
    {
      label: { zh: '生态绿心(示意范围)', en: 'Green heart (schematic extent)' },
      swatch: { shape: 'fill', color: palette[PARK_KIND_COLOR.ecology], dashed: true },
    },
  ],
  interaction: {
    // points first: they sit on top of the zones and must win the click
    queryLayers: ['parks-point', 'parks-fill'],
    nameProperty: 'name',
    nameEnProperty: 'nameEn',
    fields: [
      { property: 'fullName', label: { zh: '全称', en: 'Full name (Chinese)' } },
      {
        property: 'kind',
        label: { zh: '类别', en: 'Kind' },
        values: {
          'development-zone': { zh: '开发区', en: 'Development zone' },
          'industrial-park': { zh: '规划产业园区', en: 'Planned industrial park' },
          incubator: { zh: '创业孵化基地', en: 'Start-up incubator' },
          'culture-tourism': { zh: '文化旅游地', en: 'Culture and tourism site' },
          ecology: { zh: '生态绿心', en: 'Green heart' },
        },
      },
      {
        property: 'level',
        label: { zh: '级别', en: 'Level' },
        values: {
          national: { zh: '国家级', en: 'National' },
          provincial: { zh: '省级', en: 'Provincial' },
        },
      },
      { property: 'levelNote', label: { zh: '级别依据', en: 'Why this level' } },
      {
        property: 'status',
        label: { zh: '状态', en: 'Status' },
        values: {
          existing: { zh: '现有', en: 'Existing' },
          planned: { zh: '规划', en: 'Planned' },
        },
      },
      { property: 'district', label: { zh: '所在区县', en: 'District' }, district: true },
      { property: 'placementNote', label: { zh: '绘制方法', en: 'How it is drawn' } },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.parksContract),
});
