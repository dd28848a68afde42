import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { boundsOfFeatures, type Bounds } from '../geo/bounds-of-features.ts';
import { LAYERS, allLayers, layerById } from '../layers/index.ts';
import { catalogue } from '../plan/catalogue.ts';
import { featuresForPlanItem } from '../plan/features-for-plan-item.ts';
import { links } from '../plan/links.ts';
import { type AppState, type FeatureRef } from '../state/app-state.ts';
import { type PlanContextValue } from './plan-context.ts';
import { type PlanLink } from '../plan/plan-schema.ts';
import { type ComputedFigures } from '../plan/computed-indicators.ts';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { shortenText } from './import/shorten-text.ts';

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

function selectionOf(
  state: Pick<AppState, 'measure' | 'indicator'>,
  allLinks: readonly PlanLink[] = links,
) {
  const item = state.indicator
    ? ({ type: 'indicator', id: state.indicator } as const)
    : state.measure
      ? ({ type: 'measure', id: state.measure } as const)
      : null;
  return item ? featuresForPlanItem(item, catalogue, allLinks) : [];
}

/** The features an open indicator (else measure) highlights, as references. */
export function highlightOf(
  state: Pick<AppState, 'measure' | 'indicator'>,
  allLinks: readonly PlanLink[] = links,
): FeatureRef[] {
  return selectionOf(state, allLinks).flatMap((s) => s.ids.map((id) => ({ layer: s.layer, id })));
}

/** Every layer an open indicator (else measure) concerns, including whole-layer links. */
export function layersOf(state: Pick<AppState, 'measure' | 'indicator'>): string[] {
  return [...new Set(selectionOf(state).map((s) => s.layer))];
}

/** What to fit the view to for an open item: its features, or all of a whole-layer link's. */
export function fitRefsOf(
  state: Pick<AppState, 'measure' | 'indicator'>,
  data: ReadonlyMap<string, FeatureCollection>,
): FeatureRef[] {
  return selectionOf(state).flatMap((s) => {
    if (!s.all) return s.ids.map((id) => ({ layer: s.layer, id }));
    const collection = data.get(layerById(s.layer)?.dataset ?? '');
    return (collection?.features ?? []).map((f) => ({ layer: s.layer, id: String(f.id) }));
  });
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
  return shortenText(String((locale === 'en' && en) || zh || ref.id)).text;
}

interface PlanActions {
  state: AppState;
  /** links.json plus the links planners made on imported features. */
  allLinks?: readonly PlanLink[];
  figures: ComputedFigures;
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  visible: readonly string[];
  update: (patch: Partial<AppState>) => void;
  /** Moves the camera to these features (or the whole city when they have no geometry). */
  fitTo: (refs: FeatureRef[], key: string) => void;
  announce: (message: string) => void;
  t: (key: string, options?: Record<string, unknown>) => string;
}

/** The plan context: the catalogue, and what opening a measure, indicator or feature does. */
export function usePlanContext({
  allLinks = links,
  state,
  figures,
  manifest,
  data,
  visible,
  update,
  fitTo,
  announce,
  t,
}: PlanActions) {
  return useMemo((): PlanContextValue => {
    const withLayers = (layerIds: string[]) => {
      const missing = layerIds.filter((id) => !visible.includes(id));
      return missing.length
        ? allLayers()
            .map((l) => l.id)
            .filter((id) => visible.includes(id) || missing.includes(id))
        : state.layers;
    };
    return {
      catalogue,
      links: allLinks,
      data,
      locale: state.locale,
      featureName: (ref) => featureNameOf(data, ref, state.locale),
      openMeasure: (id) => {
        if (!id) return update({ measure: null, indicator: null });
        const item = { measure: id, indicator: null };
        // The measure's places must be on the map to be seen highlighted.
        update({ ...item, panel: 'plan', layers: withLayers(layersOf(item)) });
        const refs = fitRefsOf(item, data);
        fitTo(refs, `measure:${id}`);
        const label = catalogue.measures.find((m) => m.id === id)?.label ?? id;
        announce(t('a11y.announceMeasure', { label, count: refs.length }));
      },
      openIndicator: (id) => {
        if (!id) return update({ indicator: null });
        const item = { measure: state.measure, indicator: id };
        update({ indicator: id, panel: 'indicators', layers: withLayers(layersOf(item)) });
        const refs = fitRefsOf(item, data);
        fitTo(refs, `indicator:${id}`);
        const indicator = catalogue.indicators.find((i) => i.id === id);
        announce(
          t('a11y.announceIndicator', {
            name: (state.locale === 'en' ? indicator?.nameEn : indicator?.name) ?? id,
          }),
        );
      },
      showLayer: (layerId) => {
        update({ layers: withLayers([layerId]) });
        const collection = data.get(layerById(layerId)?.dataset ?? '');
        fitTo(
          (collection?.features ?? []).map((f) => ({ layer: layerId, id: String(f.id) })),
          `layer:${layerId}`,
        );
      },
      figures,
      provenanceOf: (layerId) => manifest.datasets[layerById(layerId)?.dataset ?? '']?.provenance,
      layerName: (layerId) => {
        const layer = layerById(layerId);
        return layer ? layer.title[state.locale] : layerId;
      },
      focusFeature: (ref) => {
        update({ feature: ref, layers: withLayers([ref.layer]) });
        fitTo([ref], `feature:${ref.layer}:${ref.id}`);
        announce(t('a11y.announceSelected', { name: featureNameOf(data, ref, state.locale) }));
      },
    };
  }, [allLinks, state, figures, manifest, data, visible, update, fitTo, announce, t]);
}

/**
 * A link that opens a measure or an indicator without naming layers shows the default layers
 * plus those the item concerns (四(二) opens with the pipes), as opening it in the app would.
 */
export function withItemLayers(state: AppState): AppState {
  const needed = layersOf(state);
  if (state.layers !== null || needed.every((id) => layerById(id)?.defaultVisible)) return state;
  return {
    ...state,
    layers: LAYERS.filter((l) => l.defaultVisible || needed.includes(l.id)).map((l) => l.id),
  };
}
