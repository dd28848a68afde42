import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Palette } from '../theme/palette.ts';
import type { LocalizedText } from './dataset-meta.ts';
import type { ThematicFilters } from '../state/thematic-filters.ts';

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
  /** Filters and styling chosen for the thematic layers (default: DEFAULT_FILTERS). */
  filters?: ThematicFilters;
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
  /** The legend, generated from the same palette tokens (and filters) as the style. */
  legend: (palette: Palette, filters?: ThematicFilters) => LegendItem[];
  /**
   * Sources this layer draws besides its dataset, computed in the browser (e.g. the charging
   * coverage surface); the map creates them empty and the app fills them.
   */
  extraSources?: string[];
  interaction: {
    /** Sublayer ids whose features can be clicked and selected. */
    queryLayers: string[];
    /** Property holding the feature's display name. */
    nameProperty: string;
    /** Property holding the English name, where the data has one. */
    nameEnProperty?: string;
    /** Attributes the inspector lists, in order, with labels and optional units. */
    fields?: InspectorField[];
  };
}

/** One attribute row of the inspector. */
export interface InspectorField {
  property: string;
  label: LocalizedText;
  unit?: LocalizedText;
  /** Translations of enum values (e.g. 燃气 → gas); values not listed are shown as they are. */
  values?: Record<string, LocalizedText>;
  /** The value is a feature id of this layer (e.g. a district code): show that feature's name. */
  lookupLayer?: string;
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
