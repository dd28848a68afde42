import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { FeatureCollection } from 'geojson';
import { type SiteConfig } from '../config/site-config.ts';
import { type BasemapStatus } from '../map/apply-basemap.ts';
import { loadLocale, pick } from '../i18n/i18n.ts';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { LAYERS, layerById } from '../layers/index.ts';
import { catalogue } from '../plan/catalogue.ts';
import type { SearchEntry } from '../search/search-index.ts';
import { type AppState, type FeatureRef } from '../state/app-state.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { palette } from '../theme/palette.ts';
import { FeatureBrowser } from './feature-browser.tsx';
import { FeatureLinks } from './feature-links.tsx';
import { IndicatorDashboard } from './indicator-dashboard.tsx';
import { Inspector } from './inspector.tsx';
import { LayerPanel } from './layer-panel.tsx';
import { MapSummary } from './map-summary.tsx';
import { MapView } from './map-view.tsx';
import { Notices } from './notices.tsx';
import { PlanContext } from './plan-context.ts';
import { PlanPanel } from './plan-panel.tsx';
import { SearchBox } from './search-box.tsx';
import { ShareDialog } from './share-dialog.tsx';
import { SidePanel } from './side-panel.tsx';
import { featureNameOf } from './use-plan-context.ts';
import { useMapSession } from './use-map-session.ts';
import { useImportedLayers } from './import/use-imported-layers.ts';
import { useImportedMapLayers } from './use-imported-map-layers.ts';
import { ImportedFeatureDetails } from './import/imported-feature-details.tsx';
import { MapTools } from './map-tools.tsx';
import { linksOf } from '../import/imported-layer-record.ts';
import { isImportedLayerId } from '../layers/imported-layer.ts';
import { type PlanMap } from '../map/plan-map.ts';

interface AppProps {
  initialState: AppState;
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  config: SiteConfig;
}

/**
 * The space the panels cover (see app.css: panel widths 340 px, 400 px in care mode; a bottom
 * sheet on phones), so fitting the view keeps features out from under them.
 */
function panelPadding(care: boolean, inspectorOpen: boolean) {
  if (window.matchMedia?.('(max-width: 700px)').matches) {
    return { top: 70, right: 20, bottom: window.innerHeight * 0.45, left: 20 };
  }
  const panel = (care ? 400 : 340) + 12;
  return { top: 90, right: 280, bottom: 60, left: 12 + panel * (inspectorOpen ? 2 : 1) + 24 };
}

// The export dialog brings its own CSS; the exporter itself loads only when an export starts.
const ExportDialog = lazy(() =>
  import('./export-dialog.tsx').then((m) => ({ default: m.ExportDialog })),
);
// The import panel brings the worker client and its schemas: loaded when the panel is shown.
const ImportPanel = lazy(() =>
  import('./import/import-panel.tsx').then((m) => ({ default: m.ImportPanel })),
);

/** The planner application: header with search, side panel, inspector, map and notices. */
export function App({ initialState, manifest, data: initialData, config }: AppProps) {
  const { t } = useTranslation();
  const summaryId = useId();
  const [state, update] = useUrlState(initialState);
  // The planner's own datasets (IndexedDB) become layers beside the shipped ones.
  const imported = useImportedLayers();
  const { layers, importedData, allLinks } = useImportedMapLayers(imported);
  const {
    visible,
    data,
    unlisted,
    featureOf,
    featureLoading,
    dataFailures,
    mapProps,
    plan,
    announcement,
    setAnnouncement,
  } = useMapSession({
    initialState,
    state,
    update,
    manifest,
    initialData,
    layers,
    extraData: importedData,
    allLinks,
  });
  const [planMap, setPlanMap] = useState<PlanMap | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const [basemapStatus, setBasemapStatus] = useState<BasemapStatus | undefined>(undefined);
  const [focused, setFocused] = useState<FeatureRef | null>(null);
  const [sharing, setSharing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const inspectorHeading = useRef<HTMLHeadingElement>(null);

  const loadSearch = useCallback(async () => {
    const { buildSearchEntries, searchEntries } = await import('../search/search-index.ts');
    return { entries: buildSearchEntries(catalogue, LAYERS, data), search: searchEntries };
  }, [data]);
  const onSearch = (entry: SearchEntry) => {
    if (entry.kind === 'measure') plan.openMeasure(entry.key);
    else if (entry.kind === 'indicator') plan.openIndicator(entry.key);
    else {
      const [layer = '', id = ''] = entry.key.split(':');
      plan.focusFeature({ layer, id });
    }
  };
  const onToggle = (layerId: string, on: boolean) => {
    const next = on ? [...visible, layerId] : visible.filter((id) => id !== layerId);
    update({ layers: layers.map((l) => l.id).filter((id) => next.includes(id)) });
    const name = pick(layerById(layerId)!.title, state.locale);
    setAnnouncement(t(on ? 'a11y.announceLayerOn' : 'a11y.announceLayerOff', { name }));
  };
  const select = useCallback(
    (ref: FeatureRef | null, moveFocus = false) => {
      update({ feature: ref });
      setAnnouncement(
        ref
          ? t('a11y.announceSelected', { name: featureNameOf(data, ref, state.locale) })
          : t('a11y.announceCleared'),
      );
      // Keyboard users go on reading in the inspector; a mouse click leaves focus alone.
      if (ref && moveFocus) requestAnimationFrame(() => inspectorHeading.current?.focus());
    },
    [update, data, state.locale, t, setAnnouncement],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.key === 'Escape' &&
        state.feature &&
        !(e.target as HTMLElement).closest('[role="combobox"]')
      )
        select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state.feature, select]);

  const visibleLayers = layers.filter((l) => visible.includes(l.id));
  const importedRecord =
    state.feature && isImportedLayerId(state.feature.layer)
      ? imported.layers.find((l) => `imported-${l.id}` === state.feature!.layer)
      : undefined;
  const inspectorOpen = state.feature !== null;
  const padding = useMemo(
    () => panelPadding(state.care, inspectorOpen),
    [state.care, inspectorOpen],
  );
  const selectedLayer = state.feature ? layerById(state.feature.layer) : undefined;
  const selectedFeature = selectedLayer ? featureOf(state.feature) : undefined;

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
          <SearchBox loadEngine={loadSearch} locale={state.locale} onChoose={onSearch} />
          <button
            type="button"
            className="care-switch"
            onClick={() => setSharing(true)}
            aria-haspopup="dialog"
          >
            {t('share.open')}
          </button>
          <button
            type="button"
            className="care-switch"
            onClick={() => setExporting(true)}
            aria-haspopup="dialog"
          >
            {t('export.open')}
          </button>
          <button
            type="button"
            className="care-switch"
            aria-pressed={state.care}
            title={state.care ? t('a11y.careModeOn') : t('a11y.careModeOff')}
            onClick={() => update({ care: !state.care })}
            data-testid="care-switch"
          >
            {t('a11y.careMode')}
          </button>
          <button
            type="button"
            className="lang-switch"
            lang={state.locale === 'zh' ? 'en' : 'zh-CN'}
            aria-label={t('app.switchLanguageLabel')}
            onClick={() => {
              const locale = state.locale === 'zh' ? 'en' : 'zh';
              loadLocale(locale).then(() => update({ locale }), console.error);
            }}
          >
            {t('app.switchLanguage')}
          </button>
        </header>
        <SidePanel panel={state.panel} onPanel={(panel) => update({ panel })}>
          {state.panel === 'layers' && (
            <LayerPanel
              layers={layers}
              visible={visible}
              manifest={manifest}
              palette={palette}
              locale={state.locale}
              filters={state.filters}
              onFilters={(patch) => update({ filters: { ...state.filters, ...patch } })}
              onToggle={onToggle}
            />
          )}
          {state.panel === 'layers' && (
            <Suspense fallback={null}>
              <ImportPanel
                locale={state.locale}
                imported={imported}
                reference={data.get('districts')}
                map={planMap?.map ?? null}
                onImported={(layer) => {
                  // An explicit layer list would hide the new layer: add it.
                  if (state.layers) update({ layers: [...state.layers, `imported-${layer.id}`] });
                  plan.showLayer(`imported-${layer.id}`);
                }}
              />
            </Suspense>
          )}
          {state.panel === 'plan' && <PlanPanel openMeasureId={state.measure} />}
          {state.panel === 'indicators' && <IndicatorDashboard openIndicatorId={state.indicator} />}
        </SidePanel>
        {state.feature && selectedLayer && (
          <Inspector
            layer={selectedLayer}
            featureId={state.feature.id}
            feature={selectedFeature}
            loading={featureLoading(state.feature)}
            meta={manifest.datasets[selectedLayer.dataset]}
            locale={state.locale}
            headingRef={inspectorHeading}
            onClose={() => select(null)}
          >
            <FeatureLinks feature={state.feature} />
            {importedRecord && selectedFeature && (
              <ImportedFeatureDetails
                feature={selectedFeature}
                links={linksOf(importedRecord, state.feature.id)}
                catalogue={catalogue}
                locale={state.locale}
                onLinksChange={(l) =>
                  void imported.setLinks(importedRecord.id, state.feature!.id, l)
                }
              />
            )}
          </Inspector>
        )}
        <main className="map-area">
          <MapView
            {...mapProps}
            focused={focused}
            padding={padding}
            describedBy={summaryId}
            onViewChange={(view) => update({ view })}
            basemap={config.basemap}
            onBasemapChange={setBasemapStatus}
            onFeatureClick={(ref) => !measuring && select(ref)}
            onReady={setPlanMap}
          />
          <MapSummary
            id={summaryId}
            state={state}
            layers={layers}
            visible={visible}
            manifest={manifest}
            data={data}
            locale={state.locale}
          />
          <FeatureBrowser
            layers={visibleLayers}
            data={data}
            unlisted={unlisted}
            locale={state.locale}
            selected={state.feature}
            onFocusFeature={setFocused}
            onSelect={(ref) => select(ref, true)}
          />
          <MapTools
            map={planMap?.map ?? null}
            palette={palette}
            locale={state.locale}
            onMeasuringChange={setMeasuring}
          />
        </main>
        <Notices
          reviewNumber={config.reviewNumber}
          basemap={basemapStatus}
          layers={layers}
          visible={visible}
          manifest={manifest}
          locale={state.locale}
          dataFailures={dataFailures}
        />
        <ShareDialog state={state} open={sharing} onClose={() => setSharing(false)} />
        {exporting && (
          <Suspense fallback={null}>
            <ExportDialog
              state={state}
              visible={visible}
              manifest={manifest}
              data={data}
              reviewNumber={config.reviewNumber}
              open={exporting}
              onClose={() => setExporting(false)}
            />
          </Suspense>
        )}
        <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
          {announcement}
        </div>
      </div>
    </PlanContext.Provider>
  );
}
