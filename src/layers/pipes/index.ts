import type { ExpressionSpecification } from 'maplibre-gl';
import type { Palette } from '../../theme/palette.ts';
import {
  defineLayer,
  isHighlighted,
  isSelected,
  type LayerContext,
  type LegendItem,
} from '../layer-module.ts';
import { pipeParams, type PipeParams } from './params.ts';
import { PIPE_STATUSES, PIPE_STATUS_STYLE, PIPE_TYPES, PIPE_TYPE_STYLE } from './values.ts';

const get = (p: string): ExpressionSpecification => ['get', p];

/**
 * Renewed by the slider's year: 已改造 with a year from the start of the assumed plan period up
 * to Y, exactly as the 1800公里 figure counts (figures.ts).
 */
function renewedBy({ year, period }: Pick<LayerContext<PipeParams>, 'year' | 'period'>) {
  return [
    'all',
    ['==', get('status'), '已改造'],
    ['>=', get('year'), period.start],
    ['<=', get('year'), year],
  ] as ExpressionSpecification;
}

/**
 * What the filters let through. At year Y a planned pipe (规划) is shown only once its year has
 * come, and a renewal completed after Y is drawn as still awaiting renewal (by the status colour
 * of 现状), so moving the slider shows the network renewing.
 */
export function pipeFilter(params: PipeParams, year: number): ExpressionSpecification {
  const all: ExpressionSpecification[] = [
    ['!', ['all', ['==', get('status'), '规划'], ['>', get('year'), year]]],
  ];
  if (params.types) all.push(['in', get('type'), ['literal', params.types]]);
  if (params.statuses) all.push(['in', get('status'), ['literal', params.statuses]]);
  if (params.districts) all.push(['in', get('district'), ['literal', params.districts]]);
  return ['all', ...all];
}

function colorBy(context: LayerContext<PipeParams>, palette: Palette): ExpressionSpecification {
  if (context.params.style === 'type') {
    return [
      'match',
      get('type'),
      ...PIPE_TYPES.flatMap((t) => [t, palette[PIPE_TYPE_STYLE[t].token]]),
      palette.statusExisting,
    ] as ExpressionSpecification;
  }
  return [
    'case',
    renewedBy(context),
    palette.statusRenewed,
    ['==', get('status'), '已改造'],
    palette.statusExisting, // renewed before the period or after the slider's year
    [
      'match',
      get('status'),
      ...PIPE_STATUSES.flatMap((s) => [s, palette[PIPE_STATUS_STYLE[s].token]]),
      palette.statusExisting,
    ],
  ] as unknown as ExpressionSpecification;
}

function legend({ palette, params, year }: LayerContext<PipeParams>): LegendItem[] {
  if (params.style === 'type') {
    return PIPE_TYPES.map((t) => ({
      label: PIPE_TYPE_STYLE[t].label,
      swatch: { shape: 'line' as const, color: palette[PIPE_TYPE_STYLE[t].token] },
    }));
  }
  return PIPE_STATUSES.map((s) => ({
    label:
      s === '已改造'
        ? { zh: `已改造(至${year}年,加粗)`, en: `Renewed by ${year} (thicker)` }
        : s === '规划'
          ? { zh: '规划(虚线)', en: 'Planned (dashed)' }
          : PIPE_STATUS_STYLE[s].label,
    swatch: {
      shape: 'line' as const,
      color: palette[PIPE_STATUS_STYLE[s].token],
      dashed: s === '规划',
    },
  }));
}

/** The underground pipe network (sample data): by type or status, filtered, with a year slider. */
export const pipes = defineLayer<PipeParams>({
  id: 'pipes',
  dataset: 'pipes',
  title: { zh: '地下管网', en: 'Underground pipe network' },
  keywords: [
    { zh: '管网', en: 'pipes' },
    { zh: '管道', en: 'pipeline' },
    { zh: '燃气', en: 'gas' },
    { zh: '供水', en: 'water supply' },
    { zh: '排水', en: 'drainage' },
    { zh: '管廊', en: 'utility tunnel' },
  ],
  defaultVisible: false,
  usesYear: true,
  params: pipeParams,
  style: (context) => {
    const { palette, source, params, year } = context;
    const color = [
      'case',
      isSelected,
      palette.selected,
      isHighlighted,
      palette.highlight,
      colorBy(context, palette),
    ] as ExpressionSpecification;
    // Renewed segments are drawn thicker, so renewal reads without colour too.
    // Readable at the whole-city zoom a measure opens on (~8.5), not specks.
    const width: ExpressionSpecification = [
      'interpolate',
      ['linear'],
      ['zoom'],
      8,
      ['case', renewedBy(context), 2, 1.1],
      15,
      ['case', isSelected, 6, renewedBy(context), 4, 2],
    ];
    const base = pipeFilter(params, year);
    return [
      {
        id: 'pipes-line',
        type: 'line',
        source,
        filter: ['all', base, ['!=', get('status'), '规划']],
        layout: { 'line-cap': 'round' },
        paint: { 'line-color': color, 'line-width': width },
      },
      {
        // line-dasharray cannot vary per feature: planned pipes get their own dashed sublayer.
        id: 'pipes-planned',
        type: 'line',
        source,
        filter: ['all', base, ['==', get('status'), '规划']],
        paint: { 'line-color': color, 'line-width': width, 'line-dasharray': [2, 1.5] },
      },
    ];
  },
  legend,
  controls: () => import('./controls.tsx').then((m) => m.PipeControls),
  figures: {
    'pipe-network-km': {
      reads: 'summary',
      compute: (input) => import('./figures.ts').then((m) => m.pipeRenewalFigure(input)),
    },
  },
  interaction: {
    queryLayers: ['pipes-line', 'pipes-planned'],
    nameProperty: 'id',
    fields: [
      {
        property: 'type',
        label: { zh: '类型', en: 'Type' },
        values: Object.fromEntries(PIPE_TYPES.map((t) => [t, PIPE_TYPE_STYLE[t].label])),
      },
      {
        property: 'status',
        label: { zh: '状态', en: 'Status' },
        values: Object.fromEntries(PIPE_STATUSES.map((s) => [s, PIPE_STATUS_STYLE[s].label])),
      },
      {
        property: 'year',
        label: { zh: '年份(建成/改造/计划)', en: 'Year (built / renewed / planned)' },
      },
      {
        property: 'diameterMm',
        label: { zh: '管径', en: 'Diameter' },
        unit: { zh: '毫米', en: 'mm' },
      },
      { property: 'material', label: { zh: '材质', en: 'Material' } },
      { property: 'district', label: { zh: '所在区县', en: 'District' }, district: true },
    ],
  },
  contract: () => import('./contract.ts').then((m) => m.pipeContract),
  summarize: () =>
    import('./compute-pipe-renewal.ts').then(
      (m) => (collection) => m.pipeKmRows(collection as never),
    ),
});
