import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { type SiteConfig } from '../config/site-config.ts';
import { boundsOfFeatures, type Bounds } from '../geo/bounds-of-features.ts';
import { applyLocale } from '../i18n/i18n.ts';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { LAYERS, layerById } from '../layers/index.ts';
import { catalogue } from '../plan/catalogue.ts';
import { featuresForPlanItem } from '../plan/features-for-plan-item.ts';
import { links } from '../plan/links.ts';
import { buildSearchEntries, type SearchEntry } from '../search/search-index.ts';
import { type AppState, type FeatureRef } from '../state/app-state.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { palette } from '../theme/palette.ts';
import { FeatureLinks } from './feature-links.tsx';
import { IndicatorDashboard } from './indicator-dashboard.tsx';
import { Inspector } from './inspector.tsx';
import { LayerPanel } from './layer-panel.tsx';
import { MapView } from './map-view.tsx';
import { Notices } from './notices.tsx';
import { PlanContext, type PlanContextValue } from './plan-context.ts';
import { PlanPanel } from './plan-panel.tsx';
import { SearchBox } from './search-box.tsx';
import { SidePanel } from './side-panel.tsx';

interface AppProps {
  initialState: AppState;
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  config: SiteConfig;
}

const PANEL_PADDING = { top: 80, right: 60, bottom: 60, left: 400 };
const INSPECTOR_PADDING = { ...PANEL_PADDING, left: 760 };

const toLngLatBounds = ([w, s, e, n]: Bounds): LngLatBoundsLike => [
  [w, s],
  [e, n],
];

/** The bounds of some features of the loaded layers, or undefined when none has geometry. */
function boundsOfRefs(data: ReadonlyMap<string, FeatureCollection>, refs: FeatureRef[]) {
  return boundsOfFeatures(
    refs.map((r) => ({ collection: data.get(layerById(r.layer)?.dataset ?? ''), ids: [r.id] })),
  );
}

/** The features a measure or indicator highlights, as references. */
function highlightOf(state: AppState): FeatureRef[] {
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

/** The planner application: header with search, side panel, inspector, map and notices. */
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

  const homeBounds = useMemo(
    () =>
      toLngLatBounds((manifest.datasets.districts?.bbox as Bounds) ?? [106.1, 26.1, 107.3, 27.4]),
    [manifest],
  );
  const highlighted = useMemo(() => highlightOf(state), [state.measure, state.indicator]); // eslint-disable-line react-hooks/exhaustive-deps

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

  const showLayerOf = useCallback(
    (layerIds: string[]) => {
      const missing = layerIds.filter((id) => !visible.includes(id));
      return missing.length
        ? LAYERS.map((l) => l.id).filter((id) => visible.includes(id) || missing.includes(id))
        : state.layers;
    },
    [visible, state.layers],
  );

  const plan: PlanContextValue = useMemo(
    () => ({
      catalogue,
      links,
      data,
      locale: state.locale,
      featureName: (ref) => {
        const layer = layerById(ref.layer);
        const p = data
          .get(layer?.dataset ?? '')
          ?.features.find((f) => String(f.id) === ref.id)?.properties;
        const zh = p?.[layer?.interaction.nameProperty ?? 'name'];
        const en = layer?.interaction.nameEnProperty
          ? p?.[layer.interaction.nameEnProperty]
          : undefined;
        return String((state.locale === 'en' && en) || zh || ref.id);
      },
      openMeasure: (id) => {
        update({ measure: id, indicator: null, panel: 'plan' });
        if (id) fitTo(highlightOf({ ...state, measure: id, indicator: null }), `measure:${id}`);
      },
      openIndicator: (id) => {
        update({ indicator: id, panel: 'indicators' });
        if (id) fitTo(highlightOf({ ...state, indicator: id }), `indicator:${id}`);
      },
      focusFeature: (ref) => {
        update({ feature: ref, layers: showLayerOf([ref.layer]) });
        fitTo([ref], `feature:${ref.layer}:${ref.id}`);
      },
    }),
    [data, state, update, fitTo, showLayerOf],
  );

  const searchEntries = useMemo(() => buildSearchEntries(catalogue, LAYERS, data), [data]);
  const onSearch = (entry: SearchEntry) => {
    if (entry.kind === 'measure') plan.openMeasure(entry.key);
    else if (entry.kind === 'indicator') plan.openIndicator(entry.key);
    else {
      const [layer = '', id = ''] = entry.key.split(':');
      plan.focusFeature({ layer, id });
    }
  };
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

  const selectedLayer = state.feature ? layerById(state.feature.layer) : undefined;
  const selectedFeature =
    state.feature && selectedLayer
      ? data.get(selectedLayer.dataset)?.features.find((f) => String(f.id) === state.feature!.id)
      : undefined;

  return (
    <PlanContext.Provider value={plan}>
      <div className={`app${state.care ? ' care' : ''}`}>
        <a className="skip-link" href="#map">
          {t('app.skipToMap')}
        </a>
        <header className="app-header">
          <div className="app-title">
            <h1>{t('app.title')}</h1>
            <p>{t('app.subtitle')}</p>
          </div>
          <SearchBox entries={searchEntries} locale={state.locale} onChoose={onSearch} />
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
        <SidePanel panel={state.panel} onPanel={(panel) => update({ panel })}>
          {state.panel === 'layers' && (
            <LayerPanel
              layers={LAYERS}
              visible={visible}
              manifest={manifest}
              palette={palette}
              locale={state.locale}
              onToggle={onToggle}
            />
          )}
          {state.panel === 'plan' && <PlanPanel openMeasureId={state.measure} />}
          {state.panel === 'indicators' && <IndicatorDashboard openIndicatorId={state.indicator} />}
        </SidePanel>
        {state.feature && selectedLayer && (
          <Inspector
            layer={selectedLayer}
            featureId={state.feature.id}
            feature={selectedFeature}
            meta={manifest.datasets[selectedLayer.dataset]}
            locale={state.locale}
            onClose={() => update({ feature: null })}
          >
            <FeatureLinks feature={state.feature} />
          </Inspector>
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
            highlighted={highlighted}
            fitTarget={fitTarget}
            padding={state.feature ? INSPECTOR_PADDING : PANEL_PADDING}
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
    </PlanContext.Provider>
  );
}
