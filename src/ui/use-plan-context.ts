import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { boundsOfFeatures, type Bounds } from '../geo/bounds-of-features.ts';
import { LAYERS, layerById } from '../layers/index.ts';
import { catalogue } from '../plan/catalogue.ts';
import { featuresForPlanItem } from '../plan/features-for-plan-item.ts';
import { links } from '../plan/links.ts';
import { type AppState, type FeatureRef } from '../state/app-state.ts';
import { type PlanContextValue } from './plan-context.ts';

/** `[w, s, e, n]` as MapLibre bounds. */
export const toLngLatBounds = ([w, s, e, n]: Bounds): LngLatBoundsLike => [
  [w, s],
  [e, n],
];

/** The bounds of some features of the loaded layers, or undefined when none has geometry. */
export function boundsOfRefs(data: ReadonlyMap<string, FeatureCollection>, refs: FeatureRef[]) {
  return boundsOfFeatures(
    refs.map((r) => ({ collection: data.get(layerById(r.layer)?.dataset ?? ''), ids: [r.id] })),
  );
}

/** The features an open indicator (else measure) highlights, as references. */
export function highlightOf(state: Pick<AppState, 'measure' | 'indicator'>): FeatureRef[] {
  const item = state.indicator
    ? ({ type: 'indicator', id: state.indicator } as const)
    : state.measure
      ? ({ type: 'measure', id: state.measure } as const)
      : null;
  if (!item) return [];
  return featuresForPlanItem(item, catalogue, links).flatMap((s) =>
    s.ids.map((id) => ({ layer: s.layer, id })),
  );
}

/** The display name of a feature, in English where the data has one and English is chosen. */
export function featureNameOf(
  data: ReadonlyMap<string, FeatureCollection>,
  ref: FeatureRef,
  locale: AppState['locale'],
): string {
  const layer = layerById(ref.layer);
  const p = data
    .get(layer?.dataset ?? '')
    ?.features.find((f) => String(f.id) === ref.id)?.properties;
  const zh = p?.[layer?.interaction.nameProperty ?? 'name'];
  const en = layer?.interaction.nameEnProperty ? p?.[layer.interaction.nameEnProperty] : undefined;
  return String((locale === 'en' && en) || zh || ref.id);
}

interface PlanActions {
  state: AppState;
  data: ReadonlyMap<string, FeatureCollection>;
  visible: readonly string[];
  update: (patch: Partial<AppState>) => void;
  /** Moves the camera to these features (or the whole city when they have no geometry). */
  fitTo: (refs: FeatureRef[], key: string) => void;
  announce: (message: string) => void;
  t: (key: string, options?: Record<string, unknown>) => string;
}

/** The plan context: the catalogue, and what opening a measure, indicator or feature does. */
export function usePlanContext({ state, data, visible, update, fitTo, announce, t }: PlanActions) {
  return useMemo((): PlanContextValue => {
    const withLayers = (layerIds: string[]) => {
      const missing = layerIds.filter((id) => !visible.includes(id));
      return missing.length
        ? LAYERS.map((l) => l.id).filter((id) => visible.includes(id) || missing.includes(id))
        : state.layers;
    };
    return {
      catalogue,
      links,
      data,
      locale: state.locale,
      featureName: (ref) => featureNameOf(data, ref, state.locale),
      openMeasure: (id) => {
        if (!id) return update({ measure: null, indicator: null });
        const refs = highlightOf({ measure: id, indicator: null });
        // The measure's places must be on the map to be seen highlighted.
        update({
          measure: id,
          indicator: null,
          panel: 'plan',
          layers: withLayers([...new Set(refs.map((r) => r.layer))]),
        });
        fitTo(refs, `measure:${id}`);
        const label = catalogue.measures.find((m) => m.id === id)?.label ?? id;
        announce(t('a11y.announceMeasure', { label, count: refs.length }));
      },
      openIndicator: (id) => {
        if (!id) return update({ indicator: null });
        const refs = highlightOf({ measure: state.measure, indicator: id });
        update({
          indicator: id,
          panel: 'indicators',
          layers: withLayers([...new Set(refs.map((r) => r.layer))]),
        });
        fitTo(refs, `indicator:${id}`);
        const indicator = catalogue.indicators.find((i) => i.id === id);
        announce(
          t('a11y.announceIndicator', {
            name: (state.locale === 'en' ? indicator?.nameEn : indicator?.name) ?? id,
          }),
        );
      },
      focusFeature: (ref) => {
        update({ feature: ref, layers: withLayers([ref.layer]) });
        fitTo([ref], `feature:${ref.layer}:${ref.id}`);
        announce(t('a11y.announceSelected', { name: featureNameOf(data, ref, state.locale) }));
      },
    };
  }, [state, data, visible, update, fitTo, announce, t]);
}
