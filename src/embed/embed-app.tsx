import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { type SiteConfig } from '../config/site-config.ts';
import { loadLocale } from '../i18n/i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { LayerRegistry } from '../layers/registry.ts';
import { type BasemapStatus } from '../map/apply-basemap.ts';
import { type PlanMap } from '../map/plan-map.ts';
import type { FeatureRef } from '../model/feature-ref.ts';
import type { DataManifest } from '../model/manifest.ts';
import { formatTarget } from '../plan/format-target.ts';
import type { Catalogue, PlanLink } from '../plan/plan-schema.ts';
import { type AppState } from '../state/app-state.ts';
import { type UiLevel } from '../state/embed-url.ts';
import { printUrlState, type UrlWarning } from '../state/url-state.ts';
import { FeatureBrowser } from '../ui/feature-browser.tsx';
import { LayerPanel } from '../ui/layer-panel.tsx';
import { embedPadding } from '../ui/layout-metrics.ts';
import { MapView } from '../ui/map-view.tsx';
import { Notices } from '../ui/notices.tsx';
import { PlanContext } from '../ui/plan-context.ts';
import { SheetHandle } from '../ui/sheet-handle.tsx';
import { useMapSession } from '../ui/use-map-session.ts';
import { featureNameOf } from '../ui/use-plan-context.ts';
import { EMBED_PHONE_QUERY, useMediaQuery, useViewportHeight } from '../ui/use-viewport.ts';
import type { EmbedDetails } from './embed-details.tsx';
import { HostChannel } from './host-channel.ts';
import { type HostCommand } from './protocol.ts';

interface EmbedAppProps {
  initialState: AppState;
  ui: UiLevel;
  hostOrigin: string | undefined;
  registry: LayerRegistry;
  catalogue: Catalogue;
  links: readonly PlanLink[];
  /** What the address asked for that the map could not use, said once, quietly. */
  urlWarnings?: readonly UrlWarning[];
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  config: SiteConfig;
}

/**
 * The public map inside the government website's iframe: map first, as much interface as the
 * editors chose (`ui`), driven by and reporting to the host page over postMessage.
 */
export function EmbedApp({
  initialState,
  ui,
  hostOrigin,
  registry,
  catalogue,
  links,
  urlWarnings = [],
  manifest,
  data: initialData,
  config,
}: EmbedAppProps) {
  const period = config.planPeriod;
  const { t } = useTranslation();
  const [state, setState] = useState(initialState);
  const update = useCallback(
    (patch: Partial<AppState>) => setState((s) => ({ ...s, ...patch })),
    [],
  );
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
  } = useMapSession({
    initialState,
    state,
    update,
    manifest,
    initialData,
    registry,
    catalogue,
    links,
    period,
  });
  const layers = registry.layers;
  const mapRef = useRef<PlanMap | null>(null);
  const [focused, setFocused] = useState<FeatureRef | null>(null);
  const inspectorHeading = useRef<HTMLHeadingElement>(null);
  const [basemapStatus, setBasemapStatus] = useState<BasemapStatus | undefined>(undefined);
  // In a narrow frame (embed.css) the legend and the details are bottom sheets: the legend
  // peeks, or folds to its handle while the details peek above it; either can be pulled up.
  const phone = useMediaQuery(EMBED_PHONE_QUERY);
  const height = useViewportHeight();
  const [legendExpanded, setLegendExpanded] = useState(false);
  const [detailsExpanded, setDetailsExpanded] = useState(false);
  const legendId = useId();
  const detailsId = useId();
  // The detail pane of ui=full, fetched as the embed starts rather than in its first load.
  const [Details, setDetails] = useState<typeof EmbedDetails | null>(null);
  useEffect(() => {
    if (ui === 'full')
      void import('./embed-details.tsx').then((m) => setDetails(() => m.EmbedDetails));
  }, [ui]);

  // The host page's channel; commands arrive through a ref so the channel is created once.
  const channel = useRef<HostChannel | null>(null);
  const handle = useRef<(command: HostCommand) => void>(() => {});
  useEffect(() => {
    handle.current = (command) => {
      const fail = (message: string) =>
        channel.current?.send({
          type: 'error',
          message,
          ...(command.requestId ? { requestId: command.requestId } : {}),
        });
      switch (command.type) {
        case 'show-layers': {
          const unknown = command.layers.filter((id) => !registry.byId(id));
          if (unknown.length) return fail(`unknown layer(s): ${unknown.join(', ')}`);
          return update({
            layers: layers.map((l) => l.id).filter((id) => command.layers.includes(id)),
          });
        }
        case 'fly-to':
          return mapRef.current?.flyTo(command.center, command.zoom);
        case 'select-feature': {
          const ref = command.feature;
          // A feature of a loaded layer must exist; a tiled layer's features are not in the
          // page, so its selection is resolved from the tiles (or reported not found there).
          const layer = ref && registry.byId(ref.layer);
          const collection = layer && data.get(layer.dataset);
          const tiled = layer && manifest.datasets[layer.dataset]?.tiles;
          if (
            ref &&
            (!layer ||
              (!tiled && collection && !collection.features.some((f) => String(f.id) === ref.id)))
          ) {
            return fail(`unknown feature ${ref.layer}:${ref.id}`);
          }
          return ref ? plan.focusFeature(ref) : update({ feature: null });
        }
        case 'open-measure':
          if (command.measure && !catalogue.measures.some((m) => m.id === command.measure)) {
            return fail(`unknown measure ${command.measure}`);
          }
          return plan.openMeasure(command.measure);
        case 'open-indicator':
          if (command.indicator && !catalogue.indicators.some((i) => i.id === command.indicator)) {
            return fail(`unknown indicator ${command.indicator}`);
          }
          return plan.openIndicator(command.indicator);
        case 'set-locale': {
          const { locale } = command;
          return void loadLocale(locale).then(
            () => update({ locale }),
            () => fail(`could not load the ${locale} interface text`),
          );
        }
      }
    };
  });
  useEffect(() => {
    const c = new HostChannel(config.embed.allowedOrigins, hostOrigin, (command) =>
      handle.current(command),
    );
    c.start();
    channel.current = c;
    return () => c.stop();
  }, [config, hostOrigin]);

  // Events: what changed, in the host's terms.
  const send = (event: Parameters<HostChannel['send']>[0]) => channel.current?.send(event);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return;
    const f = state.feature;
    send({
      type: 'feature-selected',
      feature: f ? { ...f, name: featureNameOf(registry, data, f, state.locale) } : null,
    });
  }, [state.feature]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (first.current) return;
    const m = catalogue.measures.find((x) => x.id === state.measure);
    send({
      type: 'measure-opened',
      measure: m ? { id: m.id, label: m.label, title: m.title } : null,
    });
    // Events follow the state that changed, not the send function of each render.
  }, [state.measure]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (first.current) return;
    const i = catalogue.indicators.find((x) => x.id === state.indicator);
    send({
      type: 'indicator-opened',
      indicator: i ? { id: i.id, name: i.name, figure: formatTarget(i, 'zh') } : null,
    });
  }, [state.indicator]); // eslint-disable-line react-hooks/exhaustive-deps
  const onReady = (map: PlanMap) => {
    mapRef.current = map;
    first.current = false;
    send({ type: 'ready', layers: layers.map((l) => l.id), visible, locale: state.locale });
  };

  const selectedLayer = state.feature ? registry.byId(state.feature.layer) : undefined;
  const fullQuery = printUrlState(state, registry.params);
  const fullMapHref = `./${fullQuery ? `?${fullQuery}` : ''}`;
  const measure = catalogue.measures.find((m) => m.id === state.measure);
  const indicator = catalogue.indicators.find((i) => i.id === state.indicator);
  const detailsOpen = Boolean(Details && (state.feature || measure || indicator));
  const padding = useMemo(
    () => embedPadding({ phone, legend: ui !== 'map', details: detailsOpen, height }),
    [phone, ui, detailsOpen, height],
  );

  return (
    <PlanContext.Provider value={plan}>
      <div
        className={`embed fold-notices ui-${ui}${state.care ? ' care' : ''}${detailsOpen ? ' has-details' : ''}`}
        data-legend={legendExpanded ? 'expanded' : 'peek'}
        data-details={detailsExpanded ? 'expanded' : 'peek'}
      >
        <main className="map-area">
          <MapView
            {...mapProps}
            focused={focused}
            padding={padding}
            describedBy="embed-summary"
            cooperativeGestures
            onReady={onReady}
            onViewChange={(view) => send({ type: 'view-changed', ...view })}
            basemap={config.basemap}
            onBasemapChange={setBasemapStatus}
            onFeatureClick={(ref) => update({ feature: ref })}
          />
          <p id="embed-summary" className="visually-hidden">
            {t('app.title')}
          </p>
          <a
            className="open-full-map"
            href={fullMapHref}
            target="_blank"
            rel="noopener"
            data-testid="open-full-map"
          >
            {t('map.openFullMap')}
          </a>
          {ui !== 'full' && (measure || indicator) && (
            // What the host opened (by URL or message), named over the map: the highlighted
            // places would otherwise go unexplained.
            <p className="embed-caption" role="status" data-testid="embed-caption">
              {indicator
                ? `${t('map.indicatorOpen')}${state.locale === 'zh' ? indicator.name : indicator.nameEn}`
                : `${t('map.measureOpen')}${measure!.label} ${state.locale === 'zh' ? measure!.title : measure!.titleEn}`}
            </p>
          )}
        </main>
        {ui !== 'map' && (
          <aside
            id={legendId}
            className="embed-legend"
            aria-label={t('panel.layers')}
            data-testid="embed-legend"
          >
            <SheetHandle
              expanded={legendExpanded}
              onExpandedChange={(expanded) => {
                setLegendExpanded(expanded);
                if (expanded) setDetailsExpanded(false);
              }}
              controls={legendId}
              label={t('layers.heading')}
              showLabel
            />
            <div className="sheet-body">
              <LayerPanel
                arrangement="shown-first"
                {...layerPanelProps}
                onToggle={(id, on) =>
                  update({
                    layers: layers
                      .map((l) => l.id)
                      .filter((x) => (x === id ? on : visible.includes(x))),
                  })
                }
              />
              <FeatureBrowser
                layers={layers.filter((l) => visible.includes(l.id))}
                home={registry.home?.id}
                data={data}
                unlisted={unlisted}
                locale={state.locale}
                selected={state.feature}
                onFocusFeature={setFocused}
                onSelect={(ref) => {
                  update({ feature: ref });
                  if (ui === 'full') requestAnimationFrame(() => inspectorHeading.current?.focus());
                }}
              />
            </div>
          </aside>
        )}
        {Details && detailsOpen && (
          // A sheet on a narrow frame; elsewhere the wrapper leaves no box (display: contents).
          <div id={detailsId} className="embed-details-sheet" data-testid="details-sheet">
            <SheetHandle
              expanded={detailsExpanded}
              onExpandedChange={(expanded) => {
                setDetailsExpanded(expanded);
                if (expanded) setLegendExpanded(false);
              }}
              controls={detailsId}
              label={t('layout.details')}
            />
            <Details
              measure={measure}
              indicator={indicator}
              selected={state.feature}
              layer={selectedLayer}
              feature={featureOf(state.feature)}
              loading={featureLoading(state.feature)}
              manifest={manifest}
              locale={state.locale}
              headingRef={inspectorHeading}
              onClose={() => update({ feature: null })}
            />
          </div>
        )}
        <Notices
          urlWarnings={urlWarnings}
          reviewNumber={config.reviewNumber}
          basemap={basemapStatus}
          layers={layers}
          visible={visible}
          manifest={manifest}
          locale={state.locale}
          dataFailures={dataFailures}
        />
        <div className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </div>
      </div>
    </PlanContext.Provider>
  );
}
