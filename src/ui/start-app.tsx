import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { FeatureCollection } from 'geojson';
import { loadSiteConfig, type SiteConfig } from '../config/site-config.ts';
import { loadBuiltJson, loadDataset, loadManifest, prefetchDatasets } from '../data/load-data.ts';
import { initI18n, loadLocale } from '../i18n/i18n.ts';
import { LAYERS } from '../layers/index.ts';
import { createRegistry, type LayerRegistry } from '../layers/registry.ts';
import { isImportedLayerId } from '../model/imported-layer-id.ts';
import type { DataManifest } from '../model/manifest.ts';
import { prewarmMaps } from '../map/plan-map.ts';
import { ensureTileProtocol } from '../map/tile-source.ts';
import { layersOf, openItemOf } from '../plan/plan-queries.ts';
import type { Catalogue, PlanLink } from '../plan/plan-schema.ts';
import type { AppState } from '../state/app-state.ts';
import type { Locale } from '../model/locale.ts';
import type { UrlVocabulary } from '../state/url-state.ts';
import { paletteToCssVariables, palette } from '../theme/palette.ts';

/** The plan 筑府发〔2025〕17号 as the data build checked it: measures, indicators, their places. */
export interface LoadedPlan {
  catalogue: Catalogue;
  links: readonly PlanLink[];
}

/** What both entry points (planner app and embed) need before they can render. */
export interface LoadedApp extends LoadedPlan {
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  config: SiteConfig;
}

/** The shipped layers of both pages, in draw order. */
export const SHIPPED: LayerRegistry = createRegistry(LAYERS);

/**
 * The names a URL may use, checked against the layers and, once it is loaded, the plan
 * catalogue (without it, any well-formed measure or indicator id passes: enough to read the
 * language before the plan arrives).
 */
export function urlVocabulary(catalogue?: Catalogue): UrlVocabulary {
  return {
    layerIds: SHIPPED.ids,
    // Imported layers live in the browser's store, read after the URL: keep their ids.
    isLateLayer: isImportedLayerId,
    ...(catalogue && {
      isMeasure: (id: string) => catalogue.measures.some((m) => m.id === id),
      isIndicator: (id: string) => catalogue.indicators.some((i) => i.id === id),
    }),
    layerParams: SHIPPED.params,
  };
}

/** The datasets the first view needs: visible layers, the selection, the open item's layers. */
export function initialDatasets(
  state: Pick<AppState, 'layers' | 'feature' | 'measure' | 'indicator'>,
  { catalogue, links }: LoadedPlan,
): string[] {
  const visible = state.layers ?? SHIPPED.layers.filter((l) => l.defaultVisible).map((l) => l.id);
  const layerIds = [
    ...visible,
    ...(state.feature ? [state.feature.layer] : []),
    ...layersOf(openItemOf(state), catalogue, links),
  ];
  const datasets = layerIds.map((id) => SHIPPED.byId(id)?.dataset);
  return [...new Set(datasets.filter((d) => d !== undefined))];
}

type StartState = Pick<AppState, 'layers' | 'view' | 'feature' | 'measure' | 'indicator'>;

/**
 * Whether the first camera is framed on features (a linked feature, measure or indicator
 * without a view of its own), whose extents are read from their data.
 */
export function cameraNeedsData(
  state: Pick<AppState, 'view' | 'feature' | 'measure' | 'indicator'>,
): boolean {
  return !state.view && Boolean(state.feature || state.measure || state.indicator);
}

/**
 * Shared start-up: palette tokens as CSS variables, i18n, then the manifest, configuration and
 * plan (all three preloaded by the page), with a loading message and, on failure, a clear error
 * with a retry button. `readAddress` reads the address once the plan is there to check it
 * against. The first view's datasets start downloading here and reach the interface as they
 * arrive (`useDatasets`).
 */
export async function startApp<S extends { state: StartState }>(
  locale: Locale,
  readAddress: (plan: LoadedPlan) => S,
  render: (loaded: LoadedApp, address: S) => ReactNode,
): Promise<void> {
  prewarmMaps();
  const root = document.getElementById('root')!;
  for (const [name, value] of Object.entries(paletteToCssVariables(palette))) {
    document.documentElement.style.setProperty(name, value);
  }
  await loadLocale(locale);
  const i18n = initI18n(locale);
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  root.setAttribute('aria-busy', 'true');
  root.textContent = i18n.t('app.loading');
  try {
    const [manifest, config, plan] = await Promise.all([
      loadManifest(),
      loadSiteConfig(),
      loadBuiltJson('data/plan.json') as Promise<LoadedPlan>,
    ]);
    const address = readAddress(plan);
    const state = address.state;
    // Only what the first view shows; the rest loads when a layer is turned on.
    // Tiled datasets are not fetched whole: the map reads their tiles.
    const wanted = initialDatasets(state, plan);
    const datasetIds = wanted.filter((id) => !manifest.datasets[id]?.tiles);
    const metas = datasetIds.map((id) => {
      const meta = manifest.datasets[id];
      if (!meta) throw new Error(`data/manifest.json has no dataset "${id}"`);
      return meta;
    });
    prefetchDatasets(metas);
    // A first view drawn from tiles needs the tile reader before the map's first style.
    if (wanted.length > datasetIds.length) void ensureTileProtocol();
    // The interface and the map start while the files download (the map's WebGL set-up alone
    // is ~1 s on a slow phone); only a first view framed on features waits for their data.
    const data = cameraNeedsData(state)
      ? new Map(datasetIds.map((id, i) => [id, loadDataset(metas[i]!)] as const))
      : new Map<string, Promise<FeatureCollection>>();
    const collections = await Promise.all(data.values());
    const loaded = new Map([...data.keys()].map((id, i) => [id, collections[i]!]));
    root.textContent = '';
    root.removeAttribute('aria-busy');
    createRoot(root).render(
      <StrictMode>{render({ ...plan, manifest, data: loaded, config }, address)}</StrictMode>,
    );
  } catch (error) {
    root.removeAttribute('aria-busy');
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'load-error';
    message.textContent = i18n.t('app.loadFailed', { message: (error as Error).message });
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = i18n.t('app.retry');
    retry.addEventListener('click', () => window.location.reload());
    root.replaceChildren(message, retry);
  }
}
