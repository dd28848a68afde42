import type { ComponentType } from 'react';
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ZodType } from 'zod';
import type { ComputedValue } from '../model/computed-value.ts';
import type { Locale, LocalizedText } from '../model/locale.ts';
import type { BuiltDataset } from '../model/manifest.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import type { LayerParams } from '../model/layer-params.ts';
import type { Indicator } from '../plan/plan-schema.ts';
import type { Palette } from '../theme/palette.ts';

/** What every style, legend and figure of a layer is computed from. */
export interface LayerContext<P> {
  palette: Palette;
  locale: Locale;
  params: P;
  /** The year of the time slider (within the plan period). */
  year: number;
  /** The plan period the deployment assumes. */
  period: PlanPeriod;
}

/** A style builder's context: the layer context plus the sources it draws from. */
export interface StyleContext<P> extends LayerContext<P> {
  /** The MapLibre source id holding this layer's dataset. */
  source: string;
  /** The source holding one label point per feature (see `geo/label-points-of.ts`). */
  labelSource: string;
}

/** A legend swatch, drawn from the same tokens as the map. */
export interface LegendSwatch {
  shape: 'fill' | 'line' | 'point';
  color: string;
  /** Dashed outline: schematic features on the map and in the legend alike. */
  dashed?: boolean;
}

/** One row of a layer's legend. */
export interface LegendItem {
  label: LocalizedText;
  swatch: LegendSwatch;
}

/** One attribute row of the inspector (and a column of the layer's table exports). */
export interface InspectorField {
  property: string;
  label: LocalizedText;
  unit?: LocalizedText;
  /** Translations of enum values (e.g. 燃气 → gas); values not listed are shown as they are. */
  values?: Record<string, LocalizedText>;
  /** The value is a Guiyang district code: show the district's name. */
  district?: boolean;
  /**
   * The value quotes the plan: shown in Chinese as it is, with the `<property>En` gist under it
   * for an English reader, marked as an unofficial translation. Other text values are simply
   * replaced by their `<property>En` in English.
   */
  quote?: boolean;
}

/** Props every layer's controls receive. */
export interface LayerControlsProps<P> {
  params: P;
  onParams: (next: P) => void;
  locale: Locale;
  year: number;
}

/** What a figure provider reads. */
export interface FigureInput<P> {
  /**
   * The plan's target, from the catalogue (its value is the divisor of any progress); absent
   * for a figure about a measure that names no number (see `FigureProvider.about`).
   */
  indicator?: Indicator;
  params: P;
  year: number;
  period: PlanPeriod;
  /** The layer's dataset as the build describes it. */
  dataset: BuiltDataset;
  /** The features, when the provider reads `features` (never for tiled layers). */
  collection?: FeatureCollection;
  /** The build's summary rows (`summaryUrl`), when the provider reads `summary`. */
  summary?: readonly unknown[];
  /** Rows of a table of the manifest (e.g. the township list), fetched once. */
  table(id: string): Promise<readonly unknown[]>;
}

/** Computes one indicator's figure from a layer's data; code loads on first use. */
export interface FigureProvider<P> {
  /** The layer's features (loaded GeoJSON) or the rows the build summed beside them. */
  reads: 'features' | 'summary';
  /**
   * For a figure keyed by a name of its own rather than an indicator id: the measure it counts
   * for and its heading (e.g. renewal sites per district for 四(一), which names no number).
   */
  about?: { measure: string; title: LocalizedText };
  compute(input: FigureInput<P>): Promise<FigureValue | null>;
}

/** A figure as a provider computes it; the registry adds the layer (and `about`) it came from. */
export type FigureValue = Omit<ComputedValue, 'layer' | 'about'>;

/** A source the browser computes from a layer's features (e.g. a coverage surface). */
export interface DerivedSource<P> {
  /** The MapLibre source id; the layer's style draws from it. */
  id: string;
  compute(input: {
    collection: FeatureCollection;
    params: P;
    year: number;
  }): Promise<FeatureCollection>;
}

/** The contract every feature of a dataset must meet; the data build checks each feature. */
export interface FeatureContract {
  /** A short name for messages and the manifest, e.g. `pipe-segment`. */
  name: string;
  /** The geometry types a feature may have. */
  geometry: readonly ('Point' | 'LineString' | 'Polygon' | 'MultiPolygon' | 'MultiLineString')[];
  properties: ZodType;
  /** Tables of the build the check reads (built before this dataset). */
  tables?: readonly string[];
  /**
   * Checks across features or against tables (e.g. a township code that must exist);
   * messages name the feature.
   */
  check?(
    collection: FeatureCollection,
    tables: ReadonlyMap<string, readonly unknown[]>,
  ): { feature: string; message: string; property?: string }[];
}

/**
 * A map layer, declared once: everything about it lives in its module (NYC Planning's
 * labs-layers-api, react-map-gl). The app, the embed, the URL state, the dashboard, search and
 * the exports loop over the registered modules; no other code names a layer's id.
 */
export interface LayerModule<P = unknown> {
  /** Stable id, used in URLs (`layers=`, `feature=<id>:<featureId>`) and as sublayer prefix. */
  id: string;
  /** The dataset id in `data/manifest.json`; its metadata gives the provenance badge. */
  dataset: string;
  title: LocalizedText;
  /** Other words people search this layer by (充电 → the charging layer). */
  keywords?: readonly LocalizedText[];
  /** Shown when the URL does not say which layers are visible. */
  defaultVisible: boolean;
  /**
   * The layer that stands for the city: its extent is the home view, its features are the
   * reference imports are checked against, and the feature list opens on it.
   */
  home?: boolean;
  /**
   * How much its labels matter when labels collide (higher wins): the structure's names over
   * district names over zone and place names. Default 0.
   */
  labelPriority?: number;
  /** Whether what the layer draws depends on the time slider's year. */
  usesYear?: boolean;
  /** The layer's own URL parameters, if it has any. */
  params?: LayerParams<P>;
  /** MapLibre style layers, ids `<id>-<role>`, drawn in this order. */
  style(context: StyleContext<P>): LayerSpecification[];
  /** The legend, generated from the same palette tokens (and params) as the style. */
  legend(context: LayerContext<P>): LegendItem[];
  /** Sources computed in the browser from the layer's features. */
  derivedSources?: readonly DerivedSource<P>[];
  /** Controls shown under the layer while it is visible; loaded on first use. */
  controls?(): Promise<ComponentType<LayerControlsProps<P>>>;
  /** Figures for indicators of the plan, by indicator id. */
  figures?: Readonly<Record<string, FigureProvider<P>>>;
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
  /** Whether the feature list and search offer this layer's features (default true). */
  listed?: boolean;
  /** A sentence about the visible layer for the map's text summary (screen readers). */
  describe?(collection: FeatureCollection, locale: Locale): string | null;
  /** Build time: the contract of the dataset's features (zod, never in the browser). */
  contract?(): Promise<FeatureContract>;
  /** Build time: rows summed from the features for the figures (written as `summaryUrl`). */
  summarize?(): Promise<(collection: FeatureCollection) => unknown[]>;
}

/**
 * Declares a layer with its parameter type checked inside the module; the registry holds
 * layers of every parameter type side by side, and passes each its own parameters back.
 */
export function defineLayer<P>(layer: LayerModule<P>): LayerModule {
  return layer as unknown as LayerModule;
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

/** The fonts map labels ask for: the system's CJK fonts, drawn locally (no glyph server). */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

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
