import type { FeatureRef, View } from '../model/feature-ref.ts';
import type { Locale } from '../model/locale.ts';

/** The side panel's tabs. */
export const PANELS = ['layers', 'plan', 'indicators'] as const;
/** One of {@link PANELS}. */
export type Panel = (typeof PANELS)[number];

/** Everything a link must restore: the whole shareable state of the map. */
export interface AppState {
  /** The camera; `null` means "fit the whole city". */
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
  /** The time slider's year; `null` means the end of the assumed plan period. */
  year: number | null;
  /** Each layer's own parameters by layer id; a layer not listed has its defaults. */
  layerParams: Readonly<Record<string, unknown>>;
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
  year: null,
  layerParams: {},
};

/** The panel a link shows when it does not say: the indicator's, the measure's, or layers. */
export function defaultPanelFor(state: Pick<AppState, 'measure' | 'indicator'>): Panel {
  if (state.indicator) return 'indicators';
  if (state.measure) return 'plan';
  return 'layers';
}
