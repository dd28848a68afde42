import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { boundsOfFeatures } from '../geo/bounds-of-features.ts';
import type { LayerRegistry } from '../layers/registry.ts';
import type { ComputedValue } from '../model/computed-value.ts';
import type { Bounds, FeatureRef } from '../model/feature-ref.ts';
import type { Locale } from '../model/locale.ts';
import type { DataManifest } from '../model/manifest.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import { fitBoundsOf, highlightOf, layersOf, openItemOf } from '../plan/plan-queries.ts';
import type { PlanItemRef } from '../plan/plan-item-of-link.ts';
import type { Catalogue, PlanLink } from '../plan/plan-schema.ts';
import type { AppState } from '../state/app-state.ts';
import type { PlanContextValue } from './plan-context.ts';
import { shortenText } from './import/shorten-text.ts';

/**
 * The box of some features of a layer (`ids` null: all of it): from the loaded collection, or
 * for a layer whose features are not in the browser (tiles), the build's bbox of the dataset.
 */
export function extentOf(
  registry: LayerRegistry,
  manifest: DataManifest,
  data: ReadonlyMap<string, FeatureCollection>,
  layerId: string,
  ids: readonly string[] | null,
): Bounds | undefined {
  const dataset = registry.byId(layerId)?.dataset ?? '';
  const collection = data.get(dataset);
  if (collection) return boundsOfFeatures([{ collection, ids }]);
  return ids === null ? (manifest.datasets[dataset]?.bbox as Bounds | undefined) : undefined;
}

/** The display name of a feature, in English where the data has one and English is chosen. */
export function featureNameOf(
  registry: LayerRegistry,
  data: ReadonlyMap<string, FeatureCollection>,
  ref: FeatureRef,
  locale: Locale,
): string {
  const layer = registry.byId(ref.layer);
  const p = data
    .get(layer?.dataset ?? '')
    ?.features.find((f) => String(f.id) === ref.id)?.properties;
  const zh = p?.[layer?.interaction.nameProperty ?? 'name'];
  const en = layer?.interaction.nameEnProperty ? p?.[layer.interaction.nameEnProperty] : undefined;
  return shortenText(String((locale === 'en' && en) || zh || ref.id)).text;
}

interface PlanActions {
  state: AppState;
  registry: LayerRegistry;
  catalogue: Catalogue;
  /** links.json plus the links planners made on imported features: one list for everything. */
  links: readonly PlanLink[];
  figures: Readonly<Record<string, ComputedValue>>;
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  visible: readonly string[];
  period: PlanPeriod;
  update: (patch: Partial<AppState>) => void;
  /** Moves the camera to these bounds (or the whole city when undefined). */
  fitTo: (bounds: Bounds | undefined, key: string) => void;
  announce: (message: string) => void;
  t: (key: string, options?: Record<string, unknown>) => string;
}

/** The plan context: the catalogue, and what opening a measure, indicator or feature does. */
export function usePlanContext({
  state,
  registry,
  catalogue,
  links,
  figures,
  manifest,
  data,
  visible,
  period,
  update,
  fitTo,
  announce,
  t,
}: PlanActions) {
  return useMemo((): PlanContextValue => {
    const withLayers = (layerIds: string[]) => {
      const missing = layerIds.filter((id) => !visible.includes(id) && registry.byId(id));
      return missing.length
        ? registry.ids.filter((id) => visible.includes(id) || missing.includes(id))
        : state.layers;
    };
    const extent = (layer: string, ids: readonly string[] | null) =>
      extentOf(registry, manifest, data, layer, ids);
    const city = registry.home ? extent(registry.home.id, null) : undefined;
    const featureName = (ref: FeatureRef) => featureNameOf(registry, data, ref, state.locale);
    const openItem = (item: PlanItemRef, patch: Partial<AppState>) => {
      // The item's places must be on the map to be seen highlighted.
      update({ ...patch, layers: withLayers(layersOf(item, catalogue, links)) });
      fitTo(fitBoundsOf(item, catalogue, links, extent, city), `${item.type}:${item.id}`);
    };
    return {
      catalogue,
      links,
      data,
      locale: state.locale,
      period,
      featureName,
      openMeasure: (id) => {
        if (!id) return update({ measure: null, indicator: null });
        const item = { type: 'measure', id } as const;
        openItem(item, { measure: id, indicator: null, panel: 'plan' });
        const label = catalogue.measures.find((m) => m.id === id)?.label ?? id;
        const count = highlightOf(item, catalogue, links).length;
        announce(t('a11y.announceMeasure', { label, count }));
      },
      openIndicator: (id) => {
        if (!id) return update({ indicator: null });
        openItem({ type: 'indicator', id }, { indicator: id, panel: 'indicators' });
        const indicator = catalogue.indicators.find((i) => i.id === id);
        announce(
          t('a11y.announceIndicator', {
            name: (state.locale === 'en' ? indicator?.nameEn : indicator?.name) ?? id,
          }),
        );
      },
      showLayer: (layerId) => {
        update({ layers: withLayers([layerId]) });
        fitTo(extent(layerId, null), `layer:${layerId}`);
      },
      figures,
      provenanceOf: (layerId) =>
        manifest.datasets[registry.byId(layerId)?.dataset ?? '']?.provenance,
      layerName: (layerId) => registry.byId(layerId)?.title[state.locale] ?? layerId,
      focusFeature: (ref) => {
        update({ feature: ref, layers: withLayers([ref.layer]) });
        fitTo(extent(ref.layer, [ref.id]), `feature:${ref.layer}:${ref.id}`);
        announce(t('a11y.announceSelected', { name: featureName(ref) }));
      },
    };
  }, [
    state,
    registry,
    catalogue,
    links,
    figures,
    manifest,
    data,
    visible,
    period,
    update,
    fitTo,
    announce,
    t,
  ]);
}

/**
 * A link that opens a measure or an indicator without naming layers shows the default layers
 * plus those the item concerns (四(二) opens with the pipes), as opening it in the app would.
 */
export function withItemLayers(
  state: AppState,
  registry: LayerRegistry,
  catalogue: Catalogue,
  links: readonly PlanLink[],
): AppState {
  const needed = layersOf(openItemOf(state), catalogue, links);
  if (state.layers !== null || needed.every((id) => registry.byId(id)?.defaultVisible !== false))
    return state;
  return {
    ...state,
    layers: registry.layers
      .filter((l) => l.defaultVisible || needed.includes(l.id))
      .map((l) => l.id),
  };
}
