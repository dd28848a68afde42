import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { Feature, FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { type BasemapConfig } from '../config/site-config.ts';
import { type BasemapStatus } from '../map/apply-basemap.ts';
import { PlanMap } from '../map/plan-map.ts';
import { ensureTileProtocol } from '../map/tile-source.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import { type Palette } from '../theme/palette.ts';
import { type BuiltTiles } from '../model/manifest.ts';
import { type LayerModule } from '../layers/layer-module.ts';
import { type Locale } from '../model/locale.ts';
import { type FeatureRef, type View } from '../model/feature-ref.ts';

declare global {
  interface Window {
    /** Test hook: the live map, for the browser stories (never read by product code). */
    planMap?: PlanMap;
  }
}

interface MapViewProps {
  layers: readonly LayerModule[];
  data: ReadonlyMap<string, FeatureCollection>;
  /** Datasets the build cut into vector tiles: drawn from those, not from a collection. */
  tiled: ReadonlyMap<string, BuiltTiles>;
  visible: readonly string[];
  locale: Locale;
  /** Each layer's own parameters, by layer id (absent: the layer's defaults). */
  layerParams: Readonly<Record<string, unknown>>;
  /** The time slider's year, and the plan period it lies in. */
  year: number;
  period: PlanPeriod;
  palette: Palette;
  homeBounds: LngLatBoundsLike;
  initialView: View | null;
  selected: FeatureRef | null;
  /** The feature under the keyboard in the feature list. */
  focused: FeatureRef | null;
  highlighted: FeatureRef[];
  /** Id of the element that describes the map in words. */
  describedBy: string;
  /** Bounds to fit once, e.g. the features of a just-opened measure. */
  fitTarget: { bounds: LngLatBoundsLike; key: string } | null;
  padding: { top: number; right: number; bottom: number; left: number };
  animate: boolean;
  onViewChange: (view: View) => void;
  /** A click: what it selects, and every selectable feature under the pointer. */
  onFeatureClick: (ref: FeatureRef | null, hits: FeatureRef[]) => void;
  /** Map text size (1; larger in 关怀模式). */
  textScale?: number;
  /** The selected feature of a tiled layer, read from its tiles (see PlanMap). */
  onTiledFeature?: (ref: FeatureRef, feature: Feature | null) => void;
  /** Wheel and one-finger drag need a modifier (for maps inside scrolling pages). */
  cooperativeGestures?: boolean;
  /** Hands the map to its owner once it is ready (the embed drives the camera through it). */
  onReady?: (map: PlanMap) => void;
  /** The configured basemap (site-config.json); default the offline one. */
  basemap?: BasemapConfig;
  /** Told when the basemap loads or falls back, so the notices can say so. */
  onBasemapChange?: (status: BasemapStatus) => void;
}

/** The map as a React component: creates one {@link PlanMap} and feeds it state changes. */
export function MapView(props: MapViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<PlanMap | null>(null);
  // Callbacks change identity on every render; the map keeps calling the latest ones.
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    let live = true;
    let planMap: PlanMap | undefined;
    const create = () => {
      const { palette, locale, homeBounds, initialView, padding, animate } = callbacks.current;
      const props = callbacks.current;
      planMap = new PlanMap({
        container: container.current!,
        palette,
        locale,
        homeBounds,
        view: initialView,
        padding,
        animate,
        resetLabel: t('map.resetView'),
        cooperativeGestures: props.cooperativeGestures ?? false,
        ...(props.basemap ? { basemap: props.basemap } : {}),
        // The first view's data in the first style: it loads while the map starts.
        initial: {
          data: props.data,
          tiles: props.tiled,
          layers: props.layers,
          visible: props.visible,
          settings: { layerParams: props.layerParams, year: props.year, period: props.period },
        },
        onBasemapChange: (status) => callbacks.current.onBasemapChange?.(status),
        onViewChange: (view) => callbacks.current.onViewChange(view),
        onFeatureClick: (ref, hits) => callbacks.current.onFeatureClick(ref, hits),
        onTiledFeature: (ref, feature) => callbacks.current.onTiledFeature?.(ref, feature),
      });
      // Test hook only: stories read rendered features through it. Product code gets the map
      // from `onReady`.
      window.planMap = planMap;
      // The canvas is the map's landmark (MapLibre names it from the locale); describe it too.
      planMap.map.getCanvas().setAttribute('aria-describedby', callbacks.current.describedBy);
      const created = planMap;
      void created.ready.then(() => {
        if (!live) return;
        setMap(created);
        callbacks.current.onReady?.(created);
      });
    };
    // A first view drawn from tiles needs the tile reader registered before the first style.
    if (callbacks.current.tiled.size > 0) void ensureTileProtocol().then(() => live && create());
    else create();
    return () => {
      live = false;
      planMap?.destroy();
      if (planMap && window.planMap === planMap) delete window.planMap;
    };
    // The map is created once; later prop changes go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // State reaches the map in the same frame as the DOM (layout effects): Preact runs plain
  // effects only after the next paint, so a click right after toggling a layer would still
  // hit the layer it hid.
  useLayoutEffect(() => {
    if (!map) return;
    for (const [id, collection] of props.data) map.setData(id, collection);
  }, [map, props.data]);
  useLayoutEffect(() => {
    if (!map) return;
    for (const [id, tiles] of props.tiled) map.setTiles(id, tiles);
  }, [map, props.tiled]);

  useLayoutEffect(() => {
    map?.setLayers(props.layers, props.visible, props.locale, t('map.resetView'), {
      layerParams: props.layerParams,
      year: props.year,
      period: props.period,
    });
  }, [
    map,
    props.layers,
    props.visible,
    props.locale,
    props.layerParams,
    props.year,
    props.period,
    t,
  ]);
  useLayoutEffect(() => map?.setFocused(props.focused), [map, props.focused]);
  useLayoutEffect(() => map?.setTextScale(props.textScale ?? 1), [map, props.textScale]);

  useLayoutEffect(() => map?.setPadding(props.padding), [map, props.padding]);
  useLayoutEffect(() => map?.setSelected(props.selected), [map, props.selected]);
  useLayoutEffect(() => map?.setHighlighted(props.highlighted), [map, props.highlighted]);

  const fitKey = props.fitTarget?.key;
  useLayoutEffect(() => {
    if (map && callbacks.current.fitTarget) map.fitBounds(callbacks.current.fitTarget.bounds);
  }, [map, fitKey]);

  return (
    <div
      ref={container}
      className="map"
      id="map"
      tabIndex={-1}
      data-testid="map"
      data-ready={map ? 'true' : 'false'}
    />
  );
}
