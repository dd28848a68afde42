import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { type SiteConfig } from '../config/site-config.ts';
import { applyLocale } from '../i18n/i18n.ts';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { LAYERS, layerById } from '../layers/index.ts';
import { type AppState, type FeatureRef } from '../state/app-state.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { palette } from '../theme/palette.ts';
import { Inspector } from './inspector.tsx';
import { LayerPanel } from './layer-panel.tsx';
import { MapView } from './map-view.tsx';
import { Notices } from './notices.tsx';

interface AppProps {
  initialState: AppState;
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  config: SiteConfig;
}

const PANEL_PADDING = { top: 80, right: 60, bottom: 60, left: 400 };

/** The whole bounding box of Guiyang–Gui'an's own districts (not the context neighbours). */
function homeBoundsOf(manifest: DataManifest): LngLatBoundsLike {
  const [w, s, e, n] = manifest.datasets.districts?.bbox ?? [106.1, 26.1, 107.3, 27.4];
  return [
    [w, s],
    [e, n],
  ];
}

/** The planner application: header, side panel, inspector, map and notices. */
export function App({ initialState, manifest, data, config }: AppProps) {
  const { t } = useTranslation();
  const [state, update] = useUrlState(initialState);
  const visible = useMemo(
    () => state.layers ?? LAYERS.filter((l) => l.defaultVisible).map((l) => l.id),
    [state.layers],
  );
  const [reducedMotion] = useState(
    () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  );

  useEffect(() => applyLocale(state.locale), [state.locale]);

  const onToggle = useCallback(
    (layerId: string, on: boolean) => {
      const next = on ? [...visible, layerId] : visible.filter((id) => id !== layerId);
      update({ layers: LAYERS.map((l) => l.id).filter((id) => next.includes(id)) });
    },
    [visible, update],
  );
  const onFeatureClick = useCallback(
    (ref: FeatureRef | null) => update({ feature: ref }),
    [update],
  );
  const homeBounds = useMemo(() => homeBoundsOf(manifest), [manifest]);

  const selectedLayer = state.feature ? layerById(state.feature.layer) : undefined;
  const selectedFeature =
    state.feature && selectedLayer
      ? data.get(selectedLayer.dataset)?.features.find((f) => String(f.id) === state.feature!.id)
      : undefined;

  return (
    <div className={`app${state.care ? ' care' : ''}`}>
      <a className="skip-link" href="#map">
        {t('app.skipToMap')}
      </a>
      <header className="app-header">
        <div className="app-title">
          <h1>{t('app.title')}</h1>
          <p>{t('app.subtitle')}</p>
        </div>
        <button
          type="button"
          className="lang-switch"
          lang={state.locale === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('app.switchLanguageLabel')}
          onClick={() => update({ locale: state.locale === 'zh' ? 'en' : 'zh' })}
        >
          {t('app.switchLanguage')}
        </button>
      </header>
      <nav className="side-panel" aria-label={t('panel.label')} data-testid="side-panel">
        <LayerPanel
          layers={LAYERS}
          visible={visible}
          manifest={manifest}
          palette={palette}
          locale={state.locale}
          onToggle={onToggle}
        />
      </nav>
      {state.feature && selectedLayer && (
        <Inspector
          layer={selectedLayer}
          featureId={state.feature.id}
          feature={selectedFeature}
          meta={manifest.datasets[selectedLayer.dataset]}
          locale={state.locale}
          onClose={() => update({ feature: null })}
        />
      )}
      <main className="map-area">
        <MapView
          layers={LAYERS}
          data={data}
          visible={visible}
          locale={state.locale}
          palette={palette}
          homeBounds={homeBounds}
          initialView={initialState.view}
          selected={state.feature}
          highlighted={[]}
          fitTarget={null}
          padding={PANEL_PADDING}
          animate={!state.care && !reducedMotion}
          onViewChange={(view) => update({ view })}
          onFeatureClick={onFeatureClick}
        />
      </main>
      <Notices
        reviewNumber={config.reviewNumber}
        layers={LAYERS}
        visible={visible}
        manifest={manifest}
        locale={state.locale}
      />
    </div>
  );
}
