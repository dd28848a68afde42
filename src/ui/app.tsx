import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { type SiteConfig } from '../config/site-config.ts';
import { loadLocale } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { linksOf } from '../import/imported-layer-record.ts';
import { createImportedLayerStore } from '../import/imported-store.ts';
import type { LayerRegistry } from '../layers/registry.ts';
import { type BasemapStatus } from '../map/apply-basemap.ts';
import { type PlanMap } from '../map/plan-map.ts';
import type { FeatureRef } from '../model/feature-ref.ts';
import { importedLayerId, isImportedLayerId } from '../model/imported-layer-id.ts';
import { pick } from '../model/locale.ts';
import type { DataManifest } from '../model/manifest.ts';
import type { Catalogue, PlanLink } from '../plan/plan-schema.ts';
import type { SearchEntry } from '../search/search-index.ts';
import { type AppState } from '../state/app-state.ts';
import { useUrlState } from '../state/use-url-state.ts';
import type { UrlWarning } from '../state/url-state.ts';
import { palette } from '../theme/palette.ts';
import { AlsoHere } from './also-here.tsx';
import { FeatureBrowser } from './feature-browser.tsx';
import { FeatureLinks } from './feature-links.tsx';
import { HeaderMenu } from './header-menu.tsx';
import { ImportedFeatureDetails } from './import/imported-feature-details.tsx';
import { useImportedLayers } from './import/use-imported-layers.ts';
import { IndicatorDashboard } from './indicator-dashboard.tsx';
import { Inspector } from './inspector.tsx';
import { LayerPanel } from './layer-panel.tsx';
import { panelPadding } from './layout-metrics.ts';
import { MapSummary } from './map-summary.tsx';
import { TileCoverageNote } from './tile-coverage-note.tsx';
import { MapTools } from './map-tools.tsx';
import { MapView } from './map-view.tsx';
import { Notices } from './notices.tsx';
import { PlanContext } from './plan-context.ts';
import { PlanPanel } from './plan-panel.tsx';
import { SearchBox } from './search-box.tsx';
import { SheetHandle } from './sheet-handle.tsx';
import { ShareDialog } from './share-dialog.tsx';
import { SidePanel } from './side-panel.tsx';
import { useImportedMapLayers } from './use-imported-map-layers.ts';
import { useMapSession } from './use-map-session.ts';
import { PHONE_QUERY, useMediaQuery, useViewportHeight } from './use-viewport.ts';
import { featureNameOf } from './use-plan-context.ts';

interface AppProps {
  initialState: AppState;
  /** The shipped layers; the planner's imported ones join them here. */
  shipped: LayerRegistry;
  catalogue: Catalogue;
  links: readonly PlanLink[];
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  config: SiteConfig;
  /** What the address asked for that the map could not use, said once, quietly. */
  urlWarnings?: readonly UrlWarning[];
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
export function App({
  initialState,
  shipped,
  catalogue,
  links,
  manifest,
  data: initialData,
  config,
  urlWarnings = [],
}: AppProps) {
  const { t } = useTranslation();
  const summaryId = useId();
  const inspectorSheetId = useId();
  const [state, update] = useUrlState(initialState, shipped.params);
  // The planner's own datasets (IndexedDB) become layers beside the shipped ones.
  const [store] = useState(createImportedLayerStore);
  const imported = useImportedLayers(store);
  const { registry, importedData, allLinks } = useImportedMapLayers(
    imported,
    shipped.layers,
    catalogue,
    links,
  );
  const layers = registry.layers;
  const period = config.planPeriod;
  // Warnings about the address: what the parser ignored, plus imported layers a link names
  // that this browser no longer stores (known only once the store has been read).
  const [warnings, setWarnings] = useState<readonly UrlWarning[]>(urlWarnings);
  const {
    visible,
    data,
    unlisted,
    featureOf,
    featureLoading,
    dataFailures,
    mapProps,
    layerPanelProps,
    plan,
    announcement,
    setAnnouncement,
  } = useMapSession({
    initialState,
    state,
    update,
    manifest,
    initialData,
    registry,
    catalogue,
    links: allLinks,
    period,
    extraData: importedData,
  });
  const [planMap, setPlanMap] = useState<PlanMap | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const [basemapStatus, setBasemapStatus] = useState<BasemapStatus | undefined>(undefined);
  const [focused, setFocused] = useState<FeatureRef | null>(null);
  // Everything under the last click, so the inspector offers the features below the selection.
  const [hits, setHits] = useState<FeatureRef[]>([]);
  const [sharing, setSharing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const inspectorHeading = useRef<HTMLHeadingElement>(null);
  // On a phone the panels are a bottom sheet (app.css): peeking by default, pulled up on demand.
  const phone = useMediaQuery(PHONE_QUERY);
  const height = useViewportHeight();
  const [sheetExpanded, setSheetExpanded] = useState(false);

  const loadSearch = useCallback(async () => {
    const { buildSearchEntries, searchEntries } = await import('../search/search-index.ts');
    return { entries: buildSearchEntries(catalogue, layers, data), search: searchEntries };
  }, [catalogue, layers, data]);
  const onSearch = (entry: SearchEntry) => {
    if (entry.kind === 'measure') plan.openMeasure(entry.key);
    else if (entry.kind === 'indicator') plan.openIndicator(entry.key);
    else if (entry.kind === 'layer') plan.showLayer(entry.key);
    else {
      const [layer = '', id = ''] = entry.key.split(':');
      plan.focusFeature({ layer, id });
    }
  };
  const onToggle = (layerId: string, on: boolean) => {
    const next = on ? [...visible, layerId] : visible.filter((id) => id !== layerId);
    update({ layers: layers.map((l) => l.id).filter((id) => next.includes(id)) });
    const name = pick(registry.byId(layerId)!.title, state.locale);
    setAnnouncement(t(on ? 'a11y.announceLayerOn' : 'a11y.announceLayerOff', { name }));
  };
  const select = useCallback(
    (ref: FeatureRef | null, moveFocus = false) => {
      update({ feature: ref });
      setAnnouncement(
        ref
          ? t('a11y.announceSelected', {
              name: featureNameOf(registry, data, ref, state.locale),
            })
          : t('a11y.announceCleared'),
      );
      // Keyboard users go on reading in the inspector; a mouse click leaves focus alone.
      if (ref && moveFocus) requestAnimationFrame(() => inspectorHeading.current?.focus());
    },
    [update, registry, data, state.locale, t, setAnnouncement],
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

  const gone = (id: string) => !imported.loading && isImportedLayerId(id) && !registry.byId(id);
  const staleLayers = (state.layers ?? []).filter(gone);
  const staleFeature = state.feature && gone(state.feature.layer) ? state.feature : null;
  if (staleLayers.length > 0 || staleFeature) {
    // Adjusting state while rendering (React's pattern for state derived from a change): the
    // store has been read and the link names imported layers it no longer holds.
    const value = [...staleLayers, ...(staleFeature ? [staleFeature.layer] : [])].join(',');
    update({
      ...(staleLayers.length ? { layers: state.layers!.filter((id) => !gone(id)) } : {}),
      ...(staleFeature ? { feature: null } : {}),
    });
    setWarnings((w) => [
      ...w,
      {
        name: staleFeature ? 'feature' : 'layers',
        value,
        reason: {
          zh: '本浏览器中已没有这些导入的图层',
          en: 'these imported layers are no longer stored in this browser',
        },
      },
    ]);
  }

  const visibleLayers = layers.filter((l) => visible.includes(l.id));
  const importedRecord = state.feature
    ? imported.layers.find((l) => importedLayerId(l.id) === state.feature!.layer)
    : undefined;
  const inspectorOpen = state.feature !== null;
  const padding = useMemo(
    () => panelPadding({ phone, care: state.care, inspectorOpen, height }),
    [phone, state.care, inspectorOpen, height],
  );
  const selectedLayer = state.feature ? registry.byId(state.feature.layer) : undefined;
  const selectedFeature = selectedLayer ? featureOf(state.feature) : undefined;

  return (
    <PlanContext.Provider value={plan}>
      <div
        className={`app${state.care ? ' care' : ''}${phone ? ' fold-notices' : ''}`}
        data-sheet={sheetExpanded ? 'expanded' : 'peek'}
      >
        <a className="skip-link" href="#map">
          {t('app.skipToMap')}
        </a>
        <header className="app-header">
          <div className="app-title">
            <h1 title={t('app.title')}>{t('app.title')}</h1>
            <p>{t('app.subtitle')}</p>
          </div>
          <SearchBox loadEngine={loadSearch} locale={state.locale} onChoose={onSearch} />
          <HeaderMenu>
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
          </HeaderMenu>
        </header>
        <SidePanel
          panel={state.panel}
          onPanel={(panel) => update({ panel })}
          sheetExpanded={sheetExpanded}
          onSheetExpanded={setSheetExpanded}
        >
          {state.panel === 'layers' && (
            <LayerPanel
              arrangement={phone ? 'shown-first' : 'draw-order'}
              {...layerPanelProps}
              onToggle={onToggle}
            />
          )}
          {state.panel === 'layers' && (
            <Suspense fallback={null}>
              <ImportPanel
                locale={state.locale}
                imported={imported}
                reference={data.get(registry.home?.dataset ?? '')}
                map={planMap?.map ?? null}
                onImported={(layer) => {
                  // An explicit layer list would hide the new layer: add it.
                  const id = importedLayerId(layer.id);
                  if (state.layers) update({ layers: [...state.layers, id] });
                  plan.showLayer(id);
                }}
              />
            </Suspense>
          )}
          {state.panel === 'plan' && <PlanPanel openMeasureId={state.measure} />}
          {state.panel === 'indicators' && <IndicatorDashboard openIndicatorId={state.indicator} />}
        </SidePanel>
        {state.feature && selectedLayer && (
          // On a phone the inspector is the bottom sheet over the panel; elsewhere the wrapper
          // leaves no box (display: contents) and the inspector stands beside the panel.
          <div
            id={inspectorSheetId}
            className="inspector-sheet"
            data-testid="inspector-sheet"
            data-sheet={sheetExpanded ? 'expanded' : 'peek'}
          >
            <SheetHandle
              expanded={sheetExpanded}
              onExpandedChange={setSheetExpanded}
              controls={inspectorSheetId}
              label={t('inspector.label')}
            />
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
              <AlsoHere
                hits={hits}
                selected={state.feature}
                onSelect={(ref) => select(ref, true)}
              />
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
          </div>
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
            onFeatureClick={(ref, hits) => {
              if (measuring) return;
              setHits(hits);
              select(ref);
            }}
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
            home={registry.home?.id}
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
          <TileCoverageNote
            visibleLayers={visibleLayers}
            manifest={manifest}
            zoom={state.view?.zoom}
            locale={state.locale}
            onZoomTo={(zoom) => planMap?.flyTo(planMap.map.getCenter().toArray(), zoom)}
          />
        </main>
        <Notices
          urlWarnings={warnings}
          reviewNumber={config.reviewNumber}
          basemap={basemapStatus}
          layers={layers}
          visible={visible}
          manifest={manifest}
          locale={state.locale}
          dataFailures={dataFailures}
        />
        <ShareDialog
          state={state}
          layerParams={shipped.params}
          open={sharing}
          onClose={() => setSharing(false)}
        />
        {exporting && (
          <Suspense fallback={null}>
            <ExportDialog
              planMap={planMap}
              registry={registry}
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
