import type { ExpressionSpecification } from 'maplibre-gl';
import type { Palette } from '../theme/palette.ts';
import { DEFAULT_FILTERS, type ThematicFilters } from '../state/thematic-filters.ts';
import { PIPE_STATUSES, PIPE_TYPES, type PipeStatus, type PipeType } from './feature-values.ts';
import type { LocalizedText } from './dataset-meta.ts';
import { type LayerDef, isHighlighted, isSelected } from './layer-def.ts';

/** Pipe types in words, and their palette tokens. */
export const PIPE_TYPE_STYLE: Record<PipeType, { token: keyof Palette; label: LocalizedText }> = {
  给水: { token: 'pipeWater', label: { zh: '给水', en: 'Water supply' } },
  '排水-雨水': { token: 'pipeStorm', label: { zh: '排水-雨水', en: 'Storm drainage' } },
  '排水-污水': { token: 'pipeSewage', label: { zh: '排水-污水', en: 'Sewerage' } },
  燃气: { token: 'pipeGas', label: { zh: '燃气', en: 'Gas' } },
  综合管廊: { token: 'pipeTunnel', label: { zh: '综合管廊', en: 'Utility tunnel' } },
};

/** Pipe statuses in words, and their palette tokens. */
export const PIPE_STATUS_STYLE: Record<PipeStatus, { token: keyof Palette; label: LocalizedText }> =
  {
    现状: { token: 'statusExisting', label: { zh: '现状', en: 'Existing' } },
    改造中: { token: 'statusRenewing', label: { zh: '改造中', en: 'Under renewal' } },
    已改造: { token: 'statusRenewed', label: { zh: '已改造', en: 'Renewed' } },
    规划: { token: 'statusPlanned', label: { zh: '规划', en: 'Planned' } },
  };

const get = (p: string): ExpressionSpecification => ['get', p];

/** Renewed by the slider's year: 已改造 with 2025 ≤ year ≤ Y (as the 1800公里 figure counts). */
function renewedBy(year: number): ExpressionSpecification {
  return ['all', ['==', get('status'), '已改造'], ['<=', get('year'), year]];
}

/**
 * What the filters let through. At year Y a planned pipe (规划) is shown only once its year has
 * come, and a renewal completed after Y is drawn as still awaiting renewal (by the status colour
 * of 现状), so moving the slider shows the network renewing.
 */
export function pipeFilter(f: ThematicFilters): ExpressionSpecification {
  const all: ExpressionSpecification[] = [
    ['!', ['all', ['==', get('status'), '规划'], ['>', get('year'), f.year]]],
  ];
  if (f.pipeTypes) all.push(['in', get('type'), ['literal', f.pipeTypes]]);
  if (f.pipeStatuses) all.push(['in', get('status'), ['literal', f.pipeStatuses]]);
  if (f.pipeDistricts) all.push(['in', get('district'), ['literal', f.pipeDistricts]]);
  return ['all', ...all];
}

function colorBy(f: ThematicFilters, palette: Palette): ExpressionSpecification {
  if (f.pipeStyle === 'type') {
    return [
      'match',
      get('type'),
      ...PIPE_TYPES.flatMap((t) => [t, palette[PIPE_TYPE_STYLE[t].token]]),
      palette.statusExisting,
    ] as ExpressionSpecification;
  }
  return [
    'case',
    renewedBy(f.year),
    palette.statusRenewed,
    ['==', get('status'), '已改造'],
    palette.statusExisting, // renewed only after the slider's year
    [
      'match',
      get('status'),
      ...PIPE_STATUSES.flatMap((s) => [s, palette[PIPE_STATUS_STYLE[s].token]]),
      palette.statusExisting,
    ],
  ] as unknown as ExpressionSpecification;
}

/** The underground pipe network (sample data): by type or status, filtered, with a year slider. */
export const pipeNetwork: LayerDef = {
  id: 'pipes',
  dataset: 'pipes',
  title: { zh: '地下管网', en: 'Underground pipe network' },
  defaultVisible: false,
  style: ({ palette, source, filters = DEFAULT_FILTERS }) => {
    const color = [
      'case',
      isSelected,
      palette.selected,
      isHighlighted,
      palette.highlight,
      colorBy(filters, palette),
    ] as ExpressionSpecification;
    // Renewed segments are drawn thicker, so renewal reads without colour too.
    const width: ExpressionSpecification = [
      'interpolate',
      ['linear'],
      ['zoom'],
      9,
      ['case', renewedBy(filters.year), 1.6, 0.6],
      15,
      ['case', isSelected, 6, renewedBy(filters.year), 4, 2],
    ];
    const base = pipeFilter(filters);
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
  legend: (palette, filters = DEFAULT_FILTERS) =>
    filters.pipeStyle === 'type'
      ? PIPE_TYPES.map((t) => ({
          label: PIPE_TYPE_STYLE[t].label,
          swatch: { shape: 'line' as const, color: palette[PIPE_TYPE_STYLE[t].token] },
        }))
      : PIPE_STATUSES.map((s) => ({
          label:
            s === '已改造'
              ? {
                  zh: `已改造(至${filters.year}年,加粗)`,
                  en: `Renewed by ${filters.year} (thicker)`,
                }
              : s === '规划'
                ? { zh: '规划(虚线)', en: 'Planned (dashed)' }
                : PIPE_STATUS_STYLE[s].label,
          swatch: {
            shape: 'line' as const,
            color: palette[PIPE_STATUS_STYLE[s].token],
            dashed: s === '规划',
          },
        })),
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
      { property: 'district', label: { zh: '所在区县', en: 'District' }, lookupLayer: 'districts' },
    ],
  },
};
