import type { FeatureRef, View } from '../model/feature-ref.ts';
import type { LayerParamsEntry } from '../model/layer-params.ts';
import type { LocalizedText } from '../model/locale.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import { DEFAULT_STATE, PANELS, defaultPanelFor, type AppState } from './app-state.ts';

/** What the parser may check names against; unknown names become warnings, not errors. */
export interface UrlVocabulary {
  layerIds: readonly string[];
  /** Layer ids not known at start-up but possibly valid later (the planner's imported layers). */
  isLateLayer?: (id: string) => boolean;
  isMeasure?: (id: string) => boolean;
  isIndicator?: (id: string) => boolean;
  /** The layers' own parameters (see `LayerModule.params`). */
  layerParams?: readonly LayerParamsEntry[];
  /** The plan period the time slider spans; a year outside it is ignored. */
  period?: PlanPeriod;
}

/** A parameter the parser ignored, and why, in both languages. */
export interface UrlWarning {
  name: string;
  value: string;
  reason: LocalizedText;
}

/** The result of reading a URL: a complete state, and what was ignored and why. */
export interface ParsedUrlState {
  state: AppState;
  warnings: UrlWarning[];
}

/** The query parameters the app itself reads (besides the layers' own). */
export const URL_PARAMS = [
  'view',
  'layers',
  'feature',
  'measure',
  'indicator',
  'panel',
  'lang',
  'care',
  'year',
] as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
// Values longer than this are not read at all (no id or list of ids is near it).
const MAX_VALUE_LENGTH = 4096;

/** A warning as one English line, for the console. */
export function formatUrlWarning(warning: UrlWarning, locale: 'zh' | 'en' = 'en'): string {
  const value = JSON.stringify(
    warning.value.length > 80 ? `${warning.value.slice(0, 80)}…` : warning.value,
  );
  return locale === 'zh'
    ? `已忽略链接参数 ${warning.name}=${value}:${warning.reason.zh}`
    : `URL parameter ${warning.name}=${value} ignored: ${warning.reason.en}`;
}

function parseView(raw: string): View | undefined {
  const parts = raw.split(',');
  // An empty part would read as 0 (Number('') === 0) and open the map on the ocean.
  if (parts.length < 3 || parts.length > 4 || parts.some((p) => p.trim() === '')) return undefined;
  const numbers = parts.map(Number);
  if (numbers.some((n) => !Number.isFinite(n))) return undefined;
  const [lng, lat, zoom, bearing = 0] = numbers as [number, number, number, number?];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return undefined;
  return { center: [lng, lat], zoom, bearing: ((bearing % 360) + 360) % 360 };
}

const REASONS = {
  view: {
    zh: '应为 经度,纬度,缩放[,方位],且在范围内',
    en: 'expected lng,lat,zoom[,bearing] in range',
  },
  layers: { zh: '没有这些图层', en: 'unknown layer' },
  noKnownLayer: {
    zh: '没有这些图层,显示默认图层',
    en: 'no known layer; the default layers are shown',
  },
  feature: { zh: '应为 图层:要素编号', en: 'expected <layer>:<feature id>' },
  featureLayer: { zh: '没有这个图层', en: 'unknown layer' },
  measure: { zh: '规划中没有这一条措施', en: 'unknown measure' },
  indicator: { zh: '规划中没有这项指标', en: 'unknown indicator' },
  panel: { zh: `应为 ${PANELS.join('、')} 之一`, en: `expected one of ${PANELS.join(', ')}` },
  lang: { zh: '应为 zh 或 en', en: 'expected zh or en' },
  care: { zh: '应为 1 或 0', en: 'expected 1 or 0' },
  unknown: { zh: '不认识这个参数', en: 'unknown parameter' },
  tooLong: { zh: '值过长', en: 'value too long' },
} satisfies Record<string, LocalizedText>;

/**
 * Reads app state from a query string (`?view=106.7,26.6,10&layers=districts&feature=districts:520115`).
 * Never throws: malformed or unknown parameters fall back to defaults and are listed in
 * `warnings`, so a mistyped link still opens a working map.
 */
export function parseUrlState(search: string, vocabulary: UrlVocabulary): ParsedUrlState {
  const params = new URLSearchParams(search);
  const state: AppState = { ...DEFAULT_STATE };
  const layerParams: Record<string, unknown> = {};
  const warnings: UrlWarning[] = [];
  const warn = (name: string, value: string, reason: LocalizedText) =>
    warnings.push({ name, value, reason });
  const owners = new Map(
    (vocabulary.layerParams ?? []).flatMap((entry) => entry.params.names.map((n) => [n, entry])),
  );

  let panelGiven = false;
  for (const [name, value] of params) {
    if (value.length > MAX_VALUE_LENGTH) {
      warn(name, value, REASONS.tooLong);
      continue;
    }
    switch (name) {
      case 'view': {
        const view = parseView(value);
        if (view) state.view = view;
        else warn(name, value, REASONS.view);
        break;
      }
      case 'layers': {
        const ids = value === '' ? [] : value.split(',');
        const known = ids.filter((id) => vocabulary.layerIds.includes(id));
        const late = ids.filter(
          (id) => !known.includes(id) && ID.test(id) && vocabulary.isLateLayer?.(id),
        );
        const unknown = ids.filter((id) => !known.includes(id) && !late.includes(id));
        if (ids.length > 0 && known.length === 0 && late.length === 0) {
          // Only unknown ids: a blank map helps nobody; keep the defaults and say so.
          warn(name, unknown.join(','), REASONS.noKnownLayer);
          break;
        }
        if (unknown.length > 0) warn(name, unknown.join(','), REASONS.layers);
        // Keep draw order canonical so equal states print equal URLs; late layers draw last.
        state.layers = [...vocabulary.layerIds.filter((id) => known.includes(id)), ...late];
        break;
      }
      case 'feature': {
        const [layer, id, ...rest] = value.split(':');
        if (!layer || !id || rest.length > 0 || !ID.test(id)) warn(name, value, REASONS.feature);
        else if (!vocabulary.layerIds.includes(layer) && !vocabulary.isLateLayer?.(layer))
          warn(name, value, REASONS.featureLayer);
        else state.feature = { layer, id } satisfies FeatureRef;
        break;
      }
      case 'measure':
      case 'indicator': {
        const check = name === 'measure' ? vocabulary.isMeasure : vocabulary.isIndicator;
        if (!ID.test(value) || (check && !check(value))) warn(name, value, REASONS[name]);
        else state[name] = value;
        break;
      }
      case 'panel':
        if ((PANELS as readonly string[]).includes(value)) {
          state.panel = value as AppState['panel'];
          panelGiven = true;
        } else warn(name, value, REASONS.panel);
        break;
      case 'lang':
        if (value === 'zh' || value === 'en') state.locale = value;
        else warn(name, value, REASONS.lang);
        break;
      case 'care':
        if (value === '1' || value === '0') state.care = value === '1';
        else warn(name, value, REASONS.care);
        break;
      case 'year': {
        const year = Number(value);
        const { start, end } = vocabulary.period ?? { start: 1900, end: 2100 };
        if (value !== '' && Number.isInteger(year) && year >= start && year <= end)
          state.year = year;
        else
          warn(name, value, {
            zh: `应为 ${start}–${end} 之间的年份(假定的规划期)`,
            en: `expected a year from ${start} to ${end} (the assumed plan period)`,
          });
        break;
      }
      default: {
        const owner = owners.get(name);
        if (!owner) {
          warn(name, value, REASONS.unknown);
          break;
        }
        const current = owner.layer in layerParams ? layerParams[owner.layer] : undefined;
        const parsed = owner.params.parse(current ?? owner.params.defaults, name, value);
        if (isWarning(parsed)) warn(name, value, parsed.warning);
        else layerParams[owner.layer] = parsed;
      }
    }
  }
  // A link that opens a measure or an indicator shows it, unless it names another panel.
  if (!panelGiven) state.panel = defaultPanelFor(state);
  if (Object.keys(layerParams).length > 0) state.layerParams = layerParams;
  return { state, warnings };
}

function isWarning(value: unknown): value is { warning: LocalizedText } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    'warning' in value
  );
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * Writes state as a query string (without `?`), leaving out whatever equals the default. The
 * layers' own parameters are printed by their layers (`layerParams` of the vocabulary).
 */
export function printUrlState(
  state: AppState,
  layerParams: readonly LayerParamsEntry[] = [],
): string {
  const params = new URLSearchParams();
  if (state.view) {
    const { center, zoom, bearing } = state.view;
    const parts = [round(center[0], 5), round(center[1], 5), round(zoom, 2)];
    if (round(bearing, 1) !== 0) parts.push(round(bearing, 1));
    params.set('view', parts.join(','));
  }
  if (state.layers) params.set('layers', state.layers.join(','));
  if (state.feature) params.set('feature', `${state.feature.layer}:${state.feature.id}`);
  if (state.measure) params.set('measure', state.measure);
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.panel !== defaultPanelFor(state)) params.set('panel', state.panel);
  if (state.locale !== DEFAULT_STATE.locale) params.set('lang', state.locale);
  if (state.care) params.set('care', '1');
  if (state.year !== null) params.set('year', String(state.year));
  for (const { layer, params: spec } of layerParams) {
    if (layer in state.layerParams) spec.print(state.layerParams[layer], params);
  }
  // Commas and colons are legal in a query and far easier to read in a shared link.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/**
 * The year of a parsed link checked against the deployment's plan period, known only once the
 * configuration is read: a year outside it is dropped with a warning.
 */
export function withinPeriod(parsed: ParsedUrlState, period: PlanPeriod): ParsedUrlState {
  const { year } = parsed.state;
  if (year === null || (year >= period.start && year <= period.end)) return parsed;
  return {
    state: { ...parsed.state, year: null },
    warnings: [
      ...parsed.warnings,
      {
        name: 'year',
        value: String(year),
        reason: {
          zh: `应为 ${period.start}–${period.end} 之间的年份(假定的规划期)`,
          en: `expected a year from ${period.start} to ${period.end} (the assumed plan period)`,
        },
      },
    ],
  };
}
