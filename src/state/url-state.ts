import {
  DEFAULT_STATE,
  PANELS,
  defaultPanelFor,
  type AppState,
  type FeatureRef,
  type View,
} from './app-state.ts';

/** What the parser may check names against; unknown names become warnings, not errors. */
export interface UrlVocabulary {
  layerIds: readonly string[];
  /** Layer ids not known at start-up but possibly valid later (the planner's imported layers). */
  isLateLayer?: (id: string) => boolean;
  isMeasure?: (id: string) => boolean;
  isIndicator?: (id: string) => boolean;
}

/** The result of reading a URL: a complete state, and what was ignored and why. */
export interface ParsedUrlState {
  state: AppState;
  warnings: string[];
}

/** The query parameters this app reads; anything else is reported and ignored. */
export const URL_PARAMS = [
  'view',
  'layers',
  'feature',
  'measure',
  'indicator',
  'panel',
  'lang',
  'care',
] as const;

import { FILTER_PARAMS, parseFilterParam, printFilterParams } from './thematic-filters.ts';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function parseView(raw: string): View | undefined {
  const parts = raw.split(',').map(Number);
  if (parts.length < 3 || parts.length > 4 || parts.some((n) => !Number.isFinite(n)))
    return undefined;
  const [lng, lat, zoom, bearing = 0] = parts as [number, number, number, number?];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return undefined;
  return { center: [lng, lat], zoom, bearing: ((bearing % 360) + 360) % 360 };
}

/**
 * Reads app state from a query string (`?view=106.7,26.6,10&layers=districts&feature=districts:520115`).
 * Never throws: malformed or unknown parameters fall back to defaults and are listed in
 * `warnings`, so a mistyped link still opens a working map.
 */
export function parseUrlState(search: string, vocabulary: UrlVocabulary): ParsedUrlState {
  const params = new URLSearchParams(search);
  const state: AppState = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters } };
  const warnings: string[] = [];
  const warn = (name: string, value: string, why: string) =>
    warnings.push(`URL parameter ${name}=${JSON.stringify(value)} ignored: ${why}`);

  let panelGiven = false;
  for (const [name, value] of params) {
    switch (name) {
      case 'view': {
        const view = parseView(value);
        if (view) state.view = view;
        else warn(name, value, 'expected lng,lat,zoom[,bearing] in range');
        break;
      }
      case 'layers': {
        const ids = value === '' ? [] : value.split(',');
        const known = ids.filter((id) => vocabulary.layerIds.includes(id));
        const late = ids.filter(
          (id) => !known.includes(id) && ID.test(id) && vocabulary.isLateLayer?.(id),
        );
        const unknown = ids.filter((id) => !known.includes(id) && !late.includes(id));
        if (unknown.length > 0) warn(name, unknown.join(','), 'unknown layer');
        // Keep draw order canonical so equal states print equal URLs; late layers draw last.
        state.layers = [...vocabulary.layerIds.filter((id) => known.includes(id)), ...late];
        break;
      }
      case 'feature': {
        const [layer, id, ...rest] = value.split(':');
        if (!layer || !id || rest.length > 0 || !ID.test(id)) {
          warn(name, value, 'expected <layer>:<feature id>');
        } else if (!vocabulary.layerIds.includes(layer)) warn(name, value, 'unknown layer');
        else state.feature = { layer, id } satisfies FeatureRef;
        break;
      }
      case 'measure':
      case 'indicator': {
        const check = name === 'measure' ? vocabulary.isMeasure : vocabulary.isIndicator;
        if (!ID.test(value) || (check && !check(value))) warn(name, value, `unknown ${name}`);
        else state[name] = value;
        break;
      }
      case 'panel':
        if ((PANELS as readonly string[]).includes(value)) {
          state.panel = value as AppState['panel'];
          panelGiven = true;
        } else warn(name, value, `expected one of ${PANELS.join(', ')}`);
        break;
      case 'lang':
        if (value === 'zh' || value === 'en') state.locale = value;
        else warn(name, value, 'expected zh or en');
        break;
      case 'care':
        if (value === '1' || value === '0') state.care = value === '1';
        else warn(name, value, 'expected 1 or 0');
        break;
      default:
        if ((FILTER_PARAMS as readonly string[]).includes(name)) {
          const warning = parseFilterParam(state.filters, name, value);
          if (warning) warnings.push(warning);
        } else if (!(URL_PARAMS as readonly string[]).includes(name)) {
          warn(name, value, 'unknown parameter');
        }
    }
  }
  // A link that opens a measure or an indicator shows it, unless it names another panel.
  if (!panelGiven) state.panel = defaultPanelFor(state);
  return { state, warnings };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Writes state as a query string (without `?`), leaving out whatever equals the default. */
export function printUrlState(state: AppState): string {
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
  printFilterParams(state.filters, params);
  // Commas and colons are legal in a query and far easier to read in a shared link.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
