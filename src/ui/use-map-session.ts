import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { Feature, FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { applyLocale } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { LayerRegistry } from '../layers/registry.ts';
import type { Bounds, FeatureRef } from '../model/feature-ref.ts';
import type { DataManifest } from '../model/manifest.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import { fitBoundsOf, highlightOf, layersOf, openItemOf } from '../plan/plan-queries.ts';
import type { Catalogue, PlanLink } from '../plan/plan-schema.ts';
import type { AppState } from '../state/app-state.ts';
import { palette } from '../theme/palette.ts';
import { useComputedFigures } from './use-computed-figures.ts';
import { useDatasets } from './use-datasets.ts';
import { useDerivedSources } from './use-derived-sources.ts';
import { extentOf, usePlanContext } from './use-plan-context.ts';

interface MapSessionOptions {
  initialState: AppState;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  manifest: DataManifest;
  initialData: ReadonlyMap<string, FeatureCollection>;
  /** Every layer on offer (shipped, and in the planner app the imported ones). */
  registry: LayerRegistry;
  catalogue: Catalogue;
  /** links.json plus links made on imported features: the one list every plan query reads. */
  links: readonly PlanLink[];
  /** The plan period the deployment assumes. */
  period: PlanPeriod;
  /** Data that does not come from the manifest (the planner's imported datasets). */
  extraData?: ReadonlyMap<string, FeatureCollection>;
}

/** `[w, s, e, n]` as MapLibre bounds. */
export const toLngLatBounds = ([w, s, e, n]: Bounds): LngLatBoundsLike => [
  [w, s],
  [e, n],
];

/**
 * What the planner app and the embed share around one map: visible layers, data loaded per
 * layer, the camera target of plan actions, computed figures, derived sources, the plan
 * context and the highlighted features, plus the page's language and care-mode classes.
 */
export function useMapSession({
  initialState,
  state,
  update,
  manifest,
  initialData,
  registry,
  catalogue,
  links,
  period,
  extraData,
}: MapSessionOptions) {
  const { t } = useTranslation();
  const visible = useMemo(
    () => state.layers ?? registry.layers.filter((l) => l.defaultVisible).map((l) => l.id),
    [state.layers, registry],
  );
  const item = useMemo(
    () => openItemOf({ measure: state.measure, indicator: state.indicator }),
    [state.measure, state.indicator],
  );
  const year = state.year ?? period.end;
  // Data arrives per layer, when a layer is first shown or an opened item needs it.
  const wantedDatasets = useMemo(() => {
    const layerIds = [
      ...visible,
      ...(state.feature ? [state.feature.layer] : []),
      ...layersOf(item, catalogue, links),
    ];
    const datasets = layerIds.map((id) => registry.byId(id)?.dataset);
    return [...new Set(datasets.filter((d) => d !== undefined))];
  }, [visible, state.feature, item, catalogue, links, registry]);
  // Imported datasets live in the browser's store, not in the manifest: never fetched.
  const fetchable = useMemo(
    () => wantedDatasets.filter((id) => !extraData?.has(id)),
    [wantedDatasets, extraData],
  );
  const {
    data: loaded,
    tiled,
    loading,
    failed,
    retry,
  } = useDatasets(manifest, initialData, fetchable);
  const data = useMemo(
    () => (extraData?.size ? new Map([...loaded, ...extraData]) : loaded),
    [loaded, extraData],
  );
  // Tiled layers are not in `data`: the feature list says how many features they have instead.
  const unlisted = useMemo(
    () => new Map([...tiled.keys()].map((id) => [id, manifest.datasets[id]?.featureCount ?? 0])),
    [tiled, manifest],
  );
  // Features of tiled layers the map read from its tiles (the selection), by "layer:id";
  // null: the map looked in its loaded tiles and the feature is not there.
  const [tiledFeatures, setTiledFeatures] = useState<ReadonlyMap<string, Feature | null>>(
    new Map(),
  );
  const onTiledFeature = useCallback(
    (ref: FeatureRef, feature: Feature | null) =>
      setTiledFeatures((m) => new Map(m).set(`${ref.layer}:${ref.id}`, feature)),
    [],
  );
  /** A feature by reference: from its layer's collection, or as read from its tiles. */
  const featureOf = useCallback(
    (ref: FeatureRef | null): Feature | undefined => {
      if (!ref) return undefined;
      const collection = data.get(registry.byId(ref.layer)?.dataset ?? '');
      return (
        collection?.features.find((f) => String(f.id) === ref.id) ??
        tiledFeatures.get(`${ref.layer}:${ref.id}`) ??
        undefined
      );
    },
    [data, tiledFeatures, registry],
  );
  /** Whether a feature's data is still on its way (its layer's file, or its tile). */
  const featureLoading = useCallback(
    (ref: FeatureRef | null): boolean => {
      const dataset = ref && registry.byId(ref.layer)?.dataset;
      if (!ref || !dataset) return false;
      if (tiled.has(dataset)) return !tiledFeatures.has(`${ref.layer}:${ref.id}`);
      return loading.includes(dataset);
    },
    [tiled, tiledFeatures, loading, registry],
  );
  const [announcement, setAnnouncement] = useState('');
  // Both pages honour the system setting as well as 关怀模式: no animated camera moves.
  const [reducedMotion] = useState(
    () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  );
  // Layout effects: the page's language and type size change with the render that switched
  // them, not a frame later (Preact runs plain effects after paint).
  useLayoutEffect(() => applyLocale(state.locale), [state.locale]);
  // rem-based type: care mode enlarges the root size, so every text and control grows.
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('care-mode', state.care);
  }, [state.care]);

  const homeBounds = useMemo(
    () =>
      toLngLatBounds(
        (manifest.datasets[registry.home?.dataset ?? '']?.bbox as Bounds | undefined) ?? [
          106.1, 26.1, 107.3, 27.4,
        ],
      ),
    [manifest, registry],
  );
  const extent = useCallback(
    (layer: string, ids: readonly string[] | null) =>
      extentOf(registry, manifest, data, layer, ids),
    [registry, manifest, data],
  );
  // Where to move the camera after an action; a deep link with its own view keeps that view.
  const [fitTarget, setFitTarget] = useState<{ bounds: LngLatBoundsLike; key: string } | null>(
    () => {
      if (initialState.view) return null;
      const first = initialState.feature;
      const bounds = first
        ? extent(first.layer, [first.id])
        : fitBoundsOf(
            openItemOf(initialState),
            catalogue,
            links,
            extent,
            registry.home && extent(registry.home.id, null),
          );
      return bounds ? { bounds: toLngLatBounds(bounds), key: 'initial' } : null;
    },
  );
  const fitTo = useCallback(
    (bounds: Bounds | undefined, key: string) =>
      setFitTarget({
        bounds: bounds ? toLngLatBounds(bounds) : homeBounds,
        key: `${key}:${Date.now()}`,
      }),
    [homeBounds],
  );
  const figures = useComputedFigures({
    registry,
    manifest,
    indicators: catalogue.indicators,
    data,
    wanted: wantedDatasets,
    layerParams: state.layerParams,
    year,
    period,
  });
  const derived = useDerivedSources(registry, data, visible, state.layerParams, year);
  const mapData = useMemo(
    () => (derived.size ? new Map([...data, ...derived]) : data),
    [data, derived],
  );
  const plan = usePlanContext({
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
    announce: setAnnouncement,
    t: t as never,
  });
  const highlighted = useMemo(() => highlightOf(item, catalogue, links), [item, catalogue, links]);
  // The MapView props both pages pass the same way; each adds its own callbacks and padding.
  const mapProps = {
    layers: registry.layers,
    data: mapData,
    tiled,
    visible,
    locale: state.locale,
    layerParams: state.layerParams,
    year,
    period,
    palette,
    homeBounds,
    initialView: initialState.view,
    selected: state.feature,
    highlighted,
    fitTarget,
    animate: !state.care && !reducedMotion,
    // 关怀模式 enlarges map text with the interface (the root font grows by the same share).
    textScale: state.care ? 1.3 : 1,
    onTiledFeature,
  };
  // The layer list's props both pages pass the same way; each adds its arrangement and toggle.
  const layerPanelProps = {
    layers: registry.layers,
    visible,
    manifest,
    palette,
    locale: state.locale,
    layerParams: state.layerParams,
    onLayerParams: (id: string, params: unknown) =>
      update({ layerParams: { ...state.layerParams, [id]: params } }),
    year,
    period,
    onYear: (y: number) => update({ year: y === period.end ? null : y }),
  };
  return {
    visible,
    data,
    unlisted,
    featureOf,
    featureLoading,
    // A layer whose data failed to load: the notices say so, with a retry.
    dataFailures: { failed, retry },
    mapProps,
    layerPanelProps,
    plan,
    announcement,
    setAnnouncement,
  };
}
