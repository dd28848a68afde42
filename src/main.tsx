import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSiteConfig } from './config/site-config.ts';
import { initI18n } from './i18n/i18n.ts';
import { LAYERS } from './layers/index.ts';
import { loadDataset, loadManifest } from './layers/load-data.ts';
import { catalogue } from './plan/catalogue.ts';
import { readInitialState } from './state/use-url-state.ts';
import { paletteToCssVariables, palette } from './theme/palette.ts';
import { App } from './ui/app.tsx';
import './ui/app.css';

const root = document.getElementById('root')!;
for (const [name, value] of Object.entries(paletteToCssVariables(palette))) {
  document.documentElement.style.setProperty(name, value);
}

const initialState = readInitialState({
  layerIds: LAYERS.map((l) => l.id),
  isMeasure: (id) => catalogue.measures.some((m) => m.id === id),
  isIndicator: (id) => catalogue.indicators.some((i) => i.id === id),
});
const i18n = initI18n(initialState.locale);
document.documentElement.lang = initialState.locale === 'zh' ? 'zh-CN' : 'en';

async function start() {
  root.setAttribute('aria-busy', 'true');
  root.textContent = i18n.t('app.loading');
  try {
    const [manifest, config] = await Promise.all([loadManifest(), loadSiteConfig()]);
    const datasetIds = [...new Set(LAYERS.map((l) => l.dataset))];
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
    createRoot(root).render(
      <StrictMode>
        <App initialState={initialState} manifest={manifest} data={data} config={config} />
      </StrictMode>,
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

void start();
