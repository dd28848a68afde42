import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { FeatureCollection } from 'geojson';
import { loadSiteConfig, type SiteConfig } from '../config/site-config.ts';
import { loadDataset, loadManifest } from '../data/load-data.ts';
import { initI18n } from '../i18n/i18n.ts';
import { LAYERS } from '../layers/index.ts';
import { createRegistry, type LayerRegistry } from '../layers/registry.ts';
import { isImportedLayerId } from '../model/imported-layer-id.ts';
import type { DataManifest } from '../model/manifest.ts';
import { catalogue } from '../plan/catalogue.ts';
import { links } from '../plan/links.ts';
import { layersOf, openItemOf } from '../plan/plan-queries.ts';
import type { AppState } from '../state/app-state.ts';
import type { UrlVocabulary } from '../state/url-state.ts';
import { paletteToCssVariables, palette } from '../theme/palette.ts';

/** What both entry points (planner app and embed) need before they can render. */
export interface LoadedApp {
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  config: SiteConfig;
}

/** The shipped layers of both pages, in draw order. */
export const SHIPPED: LayerRegistry = createRegistry(LAYERS);

/** The names a URL may use, checked against the layers and the plan catalogue. */
export const URL_VOCABULARY: UrlVocabulary = {
  layerIds: SHIPPED.ids,
  // Imported layers live in the browser's store, read after the URL: keep their ids.
  isLateLayer: isImportedLayerId,
  isMeasure: (id) => catalogue.measures.some((m) => m.id === id),
  isIndicator: (id) => catalogue.indicators.some((i) => i.id === id),
  layerParams: SHIPPED.params,
};

/** The datasets the first view needs: visible layers, the selection, the open item's layers. */
export function initialDatasets(
  state: Pick<AppState, 'layers' | 'feature' | 'measure' | 'indicator'>,
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

/**
 * Shared start-up: palette tokens as CSS variables, i18n, then the manifest, configuration
 * and datasets, with a loading message and, on failure, a clear error with a retry button.
 */
export async function startApp(
  state: Pick<AppState, 'locale' | 'layers' | 'feature' | 'measure' | 'indicator'>,
  render: (loaded: LoadedApp) => ReactNode,
): Promise<void> {
  const locale = state.locale;
  const root = document.getElementById('root')!;
  for (const [name, value] of Object.entries(paletteToCssVariables(palette))) {
    document.documentElement.style.setProperty(name, value);
  }
  const i18n = initI18n(locale);
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  root.setAttribute('aria-busy', 'true');
  root.textContent = i18n.t('app.loading');
  try {
    const [manifest, config] = await Promise.all([loadManifest(), loadSiteConfig()]);
    // Only what the first view shows; the rest loads when a layer is turned on.
    // Tiled datasets are not fetched whole: the map reads their tiles.
    const datasetIds = initialDatasets(state).filter((id) => !manifest.datasets[id]?.tiles);
    const collections = await Promise.all(
      datasetIds.map((id) => {
        const meta = manifest.datasets[id];
        if (!meta) throw new Error(`data/manifest.json has no dataset "${id}"`);
        return loadDataset(meta);
      }),
    );
    const data = new Map(datasetIds.map((id, i) => [id, collections[i]!]));
    root.textContent = '';
    root.removeAttribute('aria-busy');
    createRoot(root).render(<StrictMode>{render({ manifest, data, config })}</StrictMode>);
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
