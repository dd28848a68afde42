import { type Locale } from '../layers/layer-def.ts';
import { DEFAULT_FILTERS, type ThematicFilters } from './thematic-filters.ts';

/** A camera position; `null` in {@link AppState.view} means "fit the whole city". */
export interface View {
  center: [number, number];
  zoom: number;
  bearing: number;
}

/** A feature, named by its layer and its stable id (e.g. `districts` / `520115`). */
export interface FeatureRef {
  layer: string;
  id: string;
}

/** The side panel's tabs. */
export const PANELS = ['layers', 'plan', 'indicators'] as const;
/** One of {@link PANELS}. */
export type Panel = (typeof PANELS)[number];

/** Everything a link must restore: the whole shareable state of the map. */
export interface AppState {
  view: View | null;
  /** Visible layer ids; `null` means each layer's default. */
  layers: string[] | null;
  feature: FeatureRef | null;
  measure: string | null;
  indicator: string | null;
  panel: Panel;
  locale: Locale;
  /** 关怀模式: large text, high contrast, no motion. */
  care: boolean;
  /** Filters and styling of the thematic layers (pipes, charging). */
  filters: ThematicFilters;
}

/** The state of a link with no parameters. */
export const DEFAULT_STATE: AppState = {
  view: null,
  layers: null,
  feature: null,
  measure: null,
  indicator: null,
  panel: 'layers',
  locale: 'zh',
  care: false,
  filters: DEFAULT_FILTERS,
};

/** The panel a link shows when it does not say: the indicator's, the measure's, or layers. */
export function defaultPanelFor(state: Pick<AppState, 'measure' | 'indicator'>): Panel {
  if (state.indicator) return 'indicators';
  if (state.measure) return 'plan';
  return 'layers';
}
