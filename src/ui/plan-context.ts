import { createContext, useContext } from 'react';
import type { FeatureCollection } from 'geojson';
import type { ComputedValue } from '../model/computed-value.ts';
import type { FeatureRef } from '../model/feature-ref.ts';
import type { Locale } from '../model/locale.ts';
import type { Provenance } from '../model/manifest.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import type { Catalogue, PlanLink } from '../plan/plan-schema.ts';

/** What the plan panels need from the app: the plan, the data, and the actions they trigger. */
export interface PlanContextValue {
  catalogue: Catalogue;
  /** links.json plus the links planners made on imported features. */
  links: readonly PlanLink[];
  data: ReadonlyMap<string, FeatureCollection>;
  locale: Locale;
  /** The plan period the deployment assumes (the document names none). */
  period: PlanPeriod;
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
  /** Figures the layers in use computed for the plan's indicators, by indicator id. */
  figures: Readonly<Record<string, ComputedValue>>;
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
