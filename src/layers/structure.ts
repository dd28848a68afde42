import type { ExpressionSpecification } from 'maplibre-gl';
import { listSeparator } from '../model/locale.ts';
import { get, isArea } from './expressions.ts';
import {
  defineLayer,
  isHighlighted,
  isSelected,
  labelExpression,
  LABEL_FONTS,
} from './layer-module.ts';

const role = get('role');

/**
 * 一核三心多组团, the spatial structure of measure 三(一), all of it schematic. The document names
 * the districts each element has as its focus (以云岩区、南明区为重点), not boundaries: the core
 * and the centres are drawn as focus areas, a tinted fill with a soft edge and no outline, and
 * labelled with the document's words; the clusters are the county seats it names.
 */
export const structure = defineLayer({
  id: 'structure',
  dataset: 'structure',
  title: { zh: '一核三心多组团', en: 'One core, three centres, many clusters' },
  keywords: [
    { zh: '空间格局', en: 'spatial structure' },
    { zh: '一核', en: 'core' },
    { zh: '三心', en: 'centres' },
    { zh: '组团', en: 'clusters' },
  ],
  labelPriority: 30,
  defaultVisible: true,
  style: ({ palette, source, labelSource, locale }) => {
    const roleColor: ExpressionSpecification = [
      'match',
      role,
      'core',
      palette.core,
      'centre',
      palette.centre,
      palette.cluster,
    ];
    const stateColor: ExpressionSpecification = [
      'case',
      isSelected,
      palette.selected,
      isHighlighted,
      palette.highlight,
      roleColor,
    ];
    const shortName = labelExpression(locale, 'shortName', 'shortNameEn');
    const focus = labelExpression(locale, 'focus', 'focusEn');
    return [
      {
        id: 'structure-fill',
        type: 'fill',
        source,
        filter: isArea,
        paint: {
          'fill-color': roleColor,
          'fill-opacity': ['case', isSelected, 0.3, isHighlighted, 0.26, 0.12],
        },
      },
      {
        // A soft, blurred inner edge: the area reads as a focus, not as a drawn boundary.
        id: 'structure-edge',
        type: 'line',
        source,
        filter: isArea,
        paint: {
          'line-color': stateColor,
          'line-width': ['case', isSelected, 10, isHighlighted, 9, 7],
          'line-blur': 6,
          'line-offset': 4,
          'line-opacity': ['case', isSelected, 0.9, isHighlighted, 0.8, 0.45],
        },
      },
      {
        id: 'structure-cluster',
        type: 'circle',
        source,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': roleColor,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 7, 12, 12],
          'circle-stroke-color': [
            'case',
            isSelected,
            palette.selected,
            isHighlighted,
            palette.highlight,
            palette.labelHalo,
          ],
          'circle-stroke-width': ['case', isSelected, 4, isHighlighted, 4, 2],
        },
      },
      {
        id: 'structure-label',
        type: 'symbol',
        source: labelSource,
        layout: {
          // The short name at city scale; from zoom 9 the document's words under it.
          'text-field': [
            'step',
            ['zoom'],
            shortName,
            9,
            [
              'case',
              ['has', 'focus'],
              ['format', shortName, {}, '\n', {}, focus, { 'font-scale': 0.75 }],
              shortName,
            ],
          ] as ExpressionSpecification,
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 13, 11, 16],
          'text-font': LABEL_FONTS,
          'text-max-width': 12,
          'text-offset': [
            'case',
            ['==', role, 'cluster'],
            ['literal', [0, 1.4]],
            ['literal', [0, 0]],
          ],
          'text-anchor': [
            'case',
            ['==', role, 'cluster'],
            'top',
            'center',
          ] as ExpressionSpecification,
        },
        paint: {
          'text-color': roleColor,
          'text-halo-color': palette.labelHalo,
          'text-halo-width': 2,
        },
      },
    ];
  },
  legend: ({ palette }) => [
    {
      label: {
        zh: '一核:以云岩区、南明区为重点(重点区域,不是边界)',
        en: 'The core: Yunyan and Nanming as its focus (a focus area, not a boundary)',
      },
      swatch: { shape: 'fill', color: palette.core },
    },
    {
      label: {
        zh: '三心:南部、东部、北部中心(重点区域)',
        en: 'Three centres: southern, eastern, northern (focus areas)',
      },
      swatch: { shape: 'fill', color: palette.centre },
    },
    {
      label: {
        zh: '多组团:开阳、息烽、修文县城等',
        en: 'Clusters: the county seats of Kaiyang, Xifeng, Xiuwen and others',
      },
      swatch: { shape: 'point', color: palette.cluster },
    },
  ],
  interaction: {
    queryLayers: ['structure-cluster', 'structure-fill'],
    nameProperty: 'name',
    nameEnProperty: 'nameEn',
    fields: [
      {
        property: 'role',
        label: { zh: '类别', en: 'Element' },
        values: {
          core: { zh: '一核', en: 'The core' },
          centre: { zh: '三心之一', en: 'One of the three centres' },
          cluster: { zh: '多组团之一', en: 'One of the clusters' },
        },
      },
      { property: 'focus', label: { zh: '文件表述', en: 'The document says' }, quote: true },
      { property: 'placementNote', label: { zh: '绘制方法', en: 'How it is drawn' } },
    ],
  },
  describe: (collection, locale) => {
    const names = collection.features.map((f) =>
      String((locale === 'en' && f.properties?.nameEn) || f.properties?.name || f.id),
    );
    return names.length
      ? locale === 'zh'
        ? `空间格局(示意):${names.join(listSeparator(locale))}。`
        : `Spatial structure (schematic): ${names.join('; ')}.`
      : null;
  },
  contract: () => import('./structure-contract.ts').then((m) => m.structureContract),
});
