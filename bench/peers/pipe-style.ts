/**
 * The pipe style of `src/layers/pipe-network.ts` (colour by type, width by zoom, renewed
 * thicker, planned dashed) written out plainly for the peer pages, from the same palette, so
 * every page draws the same pixels without importing the product's layer machinery.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import { palette } from '../../src/theme/palette.ts';

/** Colour per pipe type, as PIPE_TYPE_STYLE maps types to palette tokens. */
export const PIPE_COLORS: Record<string, string> = {
  给水: palette.pipeWater,
  '排水-雨水': palette.pipeStorm,
  '排水-污水': palette.pipeSewage,
  燃气: palette.pipeGas,
  综合管廊: palette.pipeTunnel,
};

/** Colour of a pipe whose type has none of its own (the `match` fallback). */
export const PIPE_COLOR_OTHER = palette.statusExisting;

/** The slider's default year (PLAN_PERIOD.end): planned pipes after it are hidden. */
export const PLAN_YEAR = 2030;

/** The colour a clicked segment turns, as the product's selection. */
export const SELECTED_COLOR = palette.selected;

/** The page's background and district colours. */
export const BASE_COLORS = {
  land: palette.land,
  districtFill: palette.districtFill,
  districtLine: palette.districtLine,
};

const get = (p: string): ExpressionSpecification => ['get', p];
const renewed: ExpressionSpecification = [
  'all',
  ['==', get('status'), '已改造'],
  ['<=', get('year'), PLAN_YEAR],
];
const byType = [
  'match',
  get('type'),
  ...Object.entries(PIPE_COLORS).flat(),
  PIPE_COLOR_OTHER,
] as ExpressionSpecification;

/** Whether a pipe is drawn thicker: renewed by the slider's year (the `renewed` expression). */
export function isRenewed(p: { status?: unknown; year?: unknown }): boolean {
  return p.status === '已改造' && Number(p.year) <= PLAN_YEAR;
}

/** Line width in px at a zoom, as the product's interpolation (9 → 0.6/1.6, 15 → 2/4/6). */
export function widthAt(zoom: number, renewedPipe: boolean, selected = false): number {
  const t = Math.min(1, Math.max(0, (zoom - 9) / 6));
  const [low, high] = renewedPipe ? [1.6, 4] : [0.6, selected ? 6 : 2];
  return low + t * (high - low);
}

/** The two MapLibre pipe sublayers; `selectedId` recolours one segment (a paint change). */
export function pipeLayers(source: string, sourceLayer?: string, selectedId?: string) {
  const color = (
    selectedId === undefined
      ? byType
      : ['case', ['==', get('id'), selectedId], SELECTED_COLOR, byType]
  ) as ExpressionSpecification;
  const width: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['zoom'],
    9,
    ['case', renewed, 1.6, 0.6],
    15,
    ['case', ['==', get('id'), selectedId ?? ''], 6, renewed, 4, 2],
  ];
  const common = { source, ...(sourceLayer ? { 'source-layer': sourceLayer } : {}) };
  const layers: LineLayerSpecification[] = [
    {
      id: 'pipes-line',
      type: 'line',
      ...common,
      filter: ['!=', get('status'), '规划'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': width },
    },
    {
      id: 'pipes-planned',
      type: 'line',
      ...common,
      filter: ['all', ['==', get('status'), '规划'], ['<=', get('year'), PLAN_YEAR]],
      paint: { 'line-color': color, 'line-width': width, 'line-dasharray': [2, 1.5] },
    },
  ];
  return layers;
}

/** The initial camera from `?view=lng,lat,zoom` (MapLibre zoom), as the product's URL. */
export function viewFromUrl(): { center: [number, number]; zoom: number } {
  const [lng = 106.7, lat = 26.6, zoom = 9] = (
    new URLSearchParams(location.search).get('view') ?? ''
  )
    .split(',')
    .filter(Boolean)
    .map(Number);
  return { center: [lng, lat], zoom };
}

/** Fetches a dataset of the app build the bench serves (same files, same bytes). */
export async function fetchCollection(name: string): Promise<FeatureCollection> {
  const response = await fetch(`../../app/data/${name}`);
  return (await response.json()) as FeatureCollection;
}
