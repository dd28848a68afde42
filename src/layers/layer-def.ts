import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { type Palette } from '../theme/palette.ts';
import { type LocalizedText } from './dataset-meta.ts';

/** The interface language; Chinese is the default. */
export type Locale = 'zh' | 'en';

/** What a style builder gets: the palette, the source to draw from and the label language. */
export interface StyleContext {
  palette: Palette;
  /** The MapLibre source id holding this layer's dataset. */
  source: string;
  /** The source holding one label point per feature (see `label-points-of.ts`). */
  labelSource: string;
  locale: Locale;
}

/** A legend swatch, drawn from the same tokens as the map. */
export interface LegendSwatch {
  shape: 'fill' | 'line' | 'point';
  color: string;
  /** Dashed outline: used for schematic features on the map and in the legend alike. */
  dashed?: boolean;
}

/** One row of a layer's legend. */
export interface LegendItem {
  label: LocalizedText;
  swatch: LegendSwatch;
}

/**
 * A map layer, declared once as data (in the spirit of NYC Planning's labs-layers-api):
 * adding a layer means adding one file in `src/layers/` and one line in `index.ts`.
 */
export interface LayerDef {
  /** Stable id, used in URLs (`layers=`, `feature=<id>:<featureId>`) and as sublayer prefix. */
  id: string;
  /** The dataset id in `data/manifest.json`; its metadata gives the provenance badge. */
  dataset: string;
  title: LocalizedText;
  /** Shown when the URL does not say which layers are visible. */
  defaultVisible: boolean;
  /** MapLibre style layers, ids `<id>-<role>`, drawn in this order. */
  style: (context: StyleContext) => LayerSpecification[];
  /** The legend, generated from the same palette tokens as the style. */
  legend: (palette: Palette) => LegendItem[];
  interaction: {
    /** Sublayer ids whose features can be clicked and selected. */
    queryLayers: string[];
    /** Property holding the feature's display name. */
    nameProperty: string;
    /** Property holding the English name, where the data has one. */
    nameEnProperty?: string;
  };
}

/** Label text in the chosen language, falling back to Chinese where no English name exists. */
export function labelExpression(
  locale: Locale,
  nameProperty: string,
  nameEnProperty?: string,
): ExpressionSpecification {
  return locale === 'en' && nameEnProperty
    ? ['coalesce', ['get', nameEnProperty], ['get', nameProperty]]
    : ['get', nameProperty];
}

/** MapLibre expression: true while the feature is the selected one. */
export const isSelected: ExpressionSpecification = [
  'boolean',
  ['feature-state', 'selected'],
  false,
];
/** MapLibre expression: true while the feature belongs to the opened measure or indicator. */
export const isHighlighted: ExpressionSpecification = [
  'boolean',
  ['feature-state', 'highlighted'],
  false,
];
