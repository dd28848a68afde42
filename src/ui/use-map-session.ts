import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { Feature, FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { type Bounds } from '../geo/bounds-of-features.ts';
import { applyLocale } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { COVERAGE_SOURCE } from '../layers/charging-stations.ts';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { isImportedLayerId } from '../layers/imported-layer.ts';
import { layerById } from '../layers/index.ts';
import { type LayerDef } from '../layers/layer-def.ts';
import { links } from '../plan/links.ts';
import { type PlanLink } from '../plan/plan-schema.ts';
import { type AppState, type FeatureRef } from '../state/app-state.ts';
import { palette } from '../theme/palette.ts';
import { useComputedFigures, useCoverageSurface } from './use-computed-figures.ts';
import { useDatasets } from './use-datasets.ts';
import {
  boundsOfRefs,
  highlightOf,
  layersOf,
  toLngLatBounds,
  usePlanContext,
} from './use-plan-context.ts';

interface MapSessionOptions {
  initialState: AppState;
  state: AppState;
  update: (patch: Partial<AppState>) => void;
  manifest: DataManifest;
  initialData: ReadonlyMap<string, FeatureCollection>;
  /** Every layer on offer (shipped, and in the planner app the imported ones). */
  layers: readonly LayerDef[];
  /** Data that does not come from the manifest (the planner's imported datasets). */
  extraData?: ReadonlyMap<string, FeatureCollection>;
  /** links.json plus links made on imported features. */
  allLinks?: readonly PlanLink[];
}

/**
 * What the planner app and the embed share around one map: visible layers, data loaded per
 * layer, the camera target of plan actions, computed figures, the coverage surface, the plan
 * context and the highlighted features, plus the page's language and care-mode classes.
 */
export function useMapSession({
  initialState,
  state,
  update,
  manifest,
  initialData,
  layers,
  extraData,
  allLinks = links,
}: MapSessionOptions) {
  const { t } = useTranslation();
  const visible = useMemo(
    () => state.layers ?? layers.filter((l) => l.defaultVisible).map((l) => l.id),
    [state.layers, layers],
  );
  // Data arrives per layer, when a layer is first shown or an opened measure needs it.
  const wantedDatasets = useMemo(() => {
    const layerIds = [
      ...visible,
      ...(state.feature ? [state.feature.layer] : []),
      ...layersOf(state),
    ];
    return [
      ...new Set(layerIds.map((id) => layerById(id)?.dataset).filter((d) => d !== undefined)),
    ];
  }, [visible, state]);
  // Imported datasets come from the browser's store (extraData), never from the manifest.
  const builtDatasets = useMemo(
    () => wantedDatasets.filter((id) => !isImportedLayerId(id)),
    [wantedDatasets],
  );
  const {
    data: loaded,
    tiled,
    loading,
    failed,
    retry,
  } = useDatasets(manifest, initialData, builtDatasets);
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
      const collection = data.get(layerById(ref.layer)?.dataset ?? '');
      return (
        collection?.features.find((f) => String(f.id) === ref.id) ??
        tiledFeatures.get(`${ref.layer}:${ref.id}`) ??
        undefined
      );
    },
    [data, tiledFeatures],
  );
  /** Whether a feature's data is still on its way (its layer's file, or its tile). */
  const featureLoading = useCallback(
    (ref: FeatureRef | null): boolean => {
      const dataset = ref && layerById(ref.layer)?.dataset;
      if (!ref || !dataset) return false;
      if (tiled.has(dataset)) return !tiledFeatures.has(`${ref.layer}:${ref.id}`);
      return loading.includes(dataset);
    },
    [tiled, tiledFeatures, loading],
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
      toLngLatBounds((manifest.datasets.districts?.bbox as Bounds) ?? [106.1, 26.1, 107.3, 27.4]),
    [manifest],
  );
  // Where to move the camera after an action; a deep link with its own view keeps that view.
  const [fitTarget, setFitTarget] = useState<{ bounds: LngLatBoundsLike; key: string } | null>(
    () => {
      if (initialState.view) return null;
      const refs = initialState.feature ? [initialState.feature] : highlightOf(initialState);
      const bounds = boundsOfRefs(data, refs);
      return bounds ? { bounds: toLngLatBounds(bounds), key: 'initial' } : null;
    },
  );
  const fitTo = useCallback(
    (refs: FeatureRef[], key: string) => {
      const bounds = boundsOfRefs(data, refs);
      setFitTarget({
        bounds: bounds ? toLngLatBounds(bounds) : homeBounds,
        key: `${key}:${Date.now()}`,
      });
    },
    [data, homeBounds],
  );
  const figures = useComputedFigures(manifest, data, state.filters, wantedDatasets);
  const coverage = useCoverageSurface(data, state.filters, visible.includes('charging'));
  const mapData = useMemo(
    () => (coverage ? new Map(data).set(COVERAGE_SOURCE, coverage) : data),
    [data, coverage],
  );
  const plan = usePlanContext({
    allLinks,
    figures,
    manifest,
    state,
    data,
    visible,
    update,
    fitTo,
    announce: setAnnouncement,
    t: t as never,
  });
  const { measure, indicator } = state;
  const highlighted = useMemo(
    () => highlightOf({ measure, indicator }, allLinks),
    [measure, indicator, allLinks],
  );
  // The MapView props both pages pass the same way; each adds its own callbacks and padding.
  const mapProps = {
    layers,
    data: mapData,
    tiled,
    visible,
    locale: state.locale,
    filters: state.filters,
    palette,
    homeBounds,
    initialView: initialState.view,
    selected: state.feature,
    highlighted,
    fitTarget,
    animate: !state.care && !reducedMotion,
    onTiledFeature,
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
    plan,
    announcement,
    setAnnouncement,
  };
}
