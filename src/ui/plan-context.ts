import { createContext, useContext } from 'react';
import type { FeatureCollection } from 'geojson';
import { type Locale } from '../layers/layer-def.ts';
import { type Catalogue, type PlanLink } from '../plan/plan-schema.ts';
import { type ComputedFigures } from '../plan/computed-indicators.ts';
import { type Provenance } from '../layers/dataset-meta.ts';
import { type FeatureRef } from '../state/app-state.ts';

/** What the plan panels need from the app: the plan, the data, and the actions they trigger. */
export interface PlanContextValue {
  catalogue: Catalogue;
  links: readonly PlanLink[];
  data: ReadonlyMap<string, FeatureCollection>;
  locale: Locale;
  /** The display name of a map feature, in the current language where the data has one. */
  featureName: (ref: FeatureRef) => string;
  openMeasure: (id: string | null) => void;
  openIndicator: (id: string | null) => void;
  /** Selects a feature and brings it into view. */
  focusFeature: (ref: FeatureRef) => void;
  /** Turns a layer on and brings all of it into view (a measure about a whole layer). */
  showLayer: (layerId: string) => void;
  /** A layer's title in the current language. */
  layerName: (layerId: string) => string;
  /** Figures computed from the thematic layers, for the indicators that can be computed. */
  figures: ComputedFigures;
  /** Whether a layer's data is real, schematic or sample (from its metadata). */
  provenanceOf: (layerId: string) => Provenance | undefined;
}

/** Shared by the plan panel, the dashboard and the inspector, so props stay short. */
export const PlanContext = createContext<PlanContextValue | null>(null);

/** Reads {@link PlanContext}; throws if a component is used outside the app. */
export function usePlan(): PlanContextValue {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan() outside <PlanContext.Provider>');
  return value;
}
