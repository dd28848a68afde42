import {
  Map as MapLibreMap,
  prewarm,
  setWorkerUrl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type LayerSpecification,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Feature, FeatureCollection } from 'geojson';
import type { BasemapConfig } from '../config/site-config.ts';
import { labelPointsOf } from '../geo/label-points-of.ts';
import { maplibreLocale } from '../i18n/i18n.ts';
import { type Palette } from '../theme/palette.ts';
import { applyBasemap, initialBasemapStatus, type BasemapStatus } from './apply-basemap.ts';
import { MapControls } from './map-controls.ts';
import { updateLayer } from './update-layer.ts';
import { showFocusRing } from './focus-ring.ts';
import { featuresAtPoint, pickAmong } from './hit-test.ts';
import { beforeIdFor, labelsAnchorLayer } from './layer-order.ts';
import { scaleTextSize } from './scale-text-size.ts';
import { specsForTiles, TiledSources, tileSourceSpec } from './tile-source.ts';
import { paramsOf } from '../layers/registry.ts';
import { DEFAULT_PLAN_PERIOD, type PlanPeriod } from '../model/plan-period.ts';
import { type BuiltTiles } from '../model/manifest.ts';
import { type LayerModule } from '../layers/layer-module.ts';
import { type Locale } from '../model/locale.ts';
import { type FeatureRef, type View } from '../model/feature-ref.ts';
import { mapSafeCollection } from './map-safe-collection.ts';

// In a production build the worker is a separate asset; MapLibre must be told where.
setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's web workers (their script fetched and run) before any map exists, so a
 * page's own start-up (its files, its interface) overlaps with it instead of preceding it.
 */
export function prewarmMaps(): void {
  prewarm();
}

/** What the layers' styles read besides palette and locale (see `LayerContext`). */
export interface LayerSettings {
  layerParams: Readonly<Record<string, unknown>>;
  year: number;
  period: PlanPeriod;
}

/** Options of {@link PlanMap}, each documented with its default. */
export interface PlanMapOptions {
  container: HTMLElement;
  palette: Palette;
  locale: Locale;
  /** Bounds shown by default and by "reset view". */
  homeBounds: LngLatBoundsLike;
  /** Initial camera; default: fit `homeBounds`. */
  view?: View | null;
  /** Extra padding (px) when fitting, e.g. for a panel covering the map's left side. */
  padding?: { top: number; right: number; bottom: number; left: number };
  /**
   * What the first view draws, put in the map's first style, so its data loads while the map
   * itself starts, not one step after MapLibre's `load` (as a bare map page does it). Tiled
   * datasets need the tile protocol registered first (`ensureTileProtocol`).
   */
  initial?: {
    data: ReadonlyMap<string, FeatureCollection>;
    tiles: ReadonlyMap<string, BuiltTiles>;
    layers: readonly LayerModule[];
    visible: readonly string[];
    settings: LayerSettings;
  };
  /** Map-to-app callbacks. */
  onViewChange?: (view: View) => void;
  /**
   * A click on the map: what it selects (the topmost feature, or the next one down when
   * clicking again on the selection) and every selectable feature under the pointer.
   */
  onFeatureClick?: (ref: FeatureRef | null, hits: FeatureRef[]) => void;
  /**
   * The selected feature of a tiled layer, read from its tiles once they are loaded: the app
   * has no collection to look it up in (the inspector shows its properties from this).
   */
  onTiledFeature?: (ref: FeatureRef, feature: Feature | null) => void;
  /** Whether animations run (off in 关怀模式 and for users who prefer reduced motion). */
  animate?: boolean;
  /** Text for the reset-view control. */
  resetLabel: string;
  /**
   * Wheel zoom and one-finger pan only with Ctrl/⌘ or two fingers, so a map inside a
   * scrolling page does not capture the scroll (the embed). Default: false.
   */
  cooperativeGestures?: boolean;
  /** The basemap under the plan's layers (site-config.json); default the offline one. */
  basemap?: BasemapConfig;
  /** Called when the basemap's status changes, e.g. to show a notice when it falls back. */
  onBasemapChange?: (status: BasemapStatus) => void;
}

/** The style every map starts from: our own plain land colour, no remote anything. */
function baseStyle(palette: Palette): StyleSpecification {
  // No `glyphs`: MapLibre then draws every label locally with the system's CJK fonts.
  return {
    version: 8,
    sources: {},
    layers: [
      { id: 'land', type: 'background', paint: { 'background-color': palette.land } },
      labelsAnchorLayer,
    ],
  };
}

/**
 * The MapLibre map of the product: owns sources, sublayers, selection and highlight states,
 * and reports camera moves and clicks. React talks to it through these methods only.
 */
export class PlanMap {
  readonly map: MapLibreMap;
  private readonly options: PlanMapOptions;
  private readonly data = new Map<string, FeatureCollection>();
  /** Datasets drawn from vector tiles (the build's `tiles`), by dataset id. */
  private readonly tiled: TiledSources;
  private layers: readonly LayerModule[] = [];
  private visible = new Set<string>();
  private locale: Locale;
  /** What the layers' styles are computed from besides palette and locale. */
  private context: LayerSettings = {
    layerParams: {},
    year: DEFAULT_PLAN_PERIOD.end,
    period: DEFAULT_PLAN_PERIOD,
  };
  /** The last spec applied per sublayer, to update only what changed. */
  private readonly applied = new Map<string, string>();
  private selected: FeatureRef | null = null;
  private highlighted: FeatureRef[] = [];
  private readonly controls: MapControls;
  /** Resolves when the style has loaded and sources can be added. */
  readonly ready: Promise<void>;
  /** Where the configured basemap stands (read by the UI's notices and by tests). */
  basemapStatus: BasemapStatus;

  constructor(options: PlanMapOptions) {
    this.options = options;
    this.locale = options.locale;
    this.padding = options.padding ?? { top: 24, right: 24, bottom: 24, left: 24 };
    this.resetLabel = options.resetLabel;
    const view = options.view;
    const style = baseStyle(options.palette);
    if (options.initial) this.firstStyle(style, options.initial);
    this.map = new MapLibreMap({
      container: options.container,
      style,
      ...(view
        ? { center: view.center, zoom: view.zoom, bearing: view.bearing }
        : { bounds: options.homeBounds, fitBoundsOptions: { padding: this.fitPadding() } }),
      attributionControl: false, // sources and 审图号 are shown by the app's own notice
      cooperativeGestures: options.cooperativeGestures ?? false,
      locale: maplibreLocale(options.locale),
      maxZoom: 17,
      minZoom: 5,
      // No label fade: bare map pages have none, and each pan waited 300 ms more for it.
      fadeDuration: 0,
      canvasContextAttributes: { preserveDrawingBuffer: true }, // exports and screenshots read the canvas
    });
    this.tiled = new TiledSources(this.map);
    for (const [id, tiles] of options.initial?.tiles ?? []) this.tiled.markAdded(id, tiles);
    this.controls = new MapControls(this.map, () => this.resetView());
    this.controls.show(this.resetLabel);
    this.map.on('moveend', () => options.onViewChange?.(this.view()));
    this.map.on('click', (event) => {
      const hits = this.featuresAt(event);
      options.onFeatureClick?.(pickAmong(hits, this.selected), hits);
      // Once the app has laid out the inspector (and set the padding), keep the spot in view.
      if (hits.length) {
        this.pendingReveal = event.lngLat;
        requestAnimationFrame(() => requestAnimationFrame(() => this.revealPending()));
      }
    });
    this.map.on('mousemove', (event) => {
      this.map.getCanvas().style.cursor = this.featuresAt(event).length ? 'pointer' : '';
    });
    this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.basemapStatus = initialBasemapStatus(options.basemap ?? { kind: 'offline' });
    void this.ready.then(() => this.loadBasemap());
  }

  /**
   * Puts the first view's sources and layers into the first style, and records them as
   * applied, so the updates that follow change nothing that is already there.
   */
  private firstStyle(style: StyleSpecification, initial: NonNullable<PlanMapOptions['initial']>) {
    this.layers = initial.layers;
    this.visible = new Set(initial.visible);
    this.context = initial.settings;
    for (const [id, collection] of initial.data) {
      this.data.set(id, collection);
      style.sources[id] = { type: 'geojson', data: collection, promoteId: 'id' };
      style.sources[`${id}-labels`] = {
        type: 'geojson',
        data: labelPointsOf(collection),
        promoteId: 'id',
      };
    }
    for (const [id, tiles] of initial.tiles) style.sources[id] = tileSourceSpec(tiles);
    const geometry: LayerSpecification[] = [];
    const labels: LayerSpecification[] = [];
    for (const [rank, layer] of initial.layers.entries()) {
      if (!initial.data.has(layer.dataset) && !initial.tiles.has(layer.dataset)) continue;
      for (const { id } of layer.derivedSources ?? [])
        style.sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
      for (const spec of this.specsFor(layer, initial.tiles.get(layer.dataset) ?? null)) {
        this.applied.set(spec.id, JSON.stringify(spec));
        this.drawRank.set(spec.id, rank);
        const visibility = this.visible.has(layer.id) ? 'visible' : 'none';
        const placed = { ...spec, layout: { ...spec.layout, visibility } } as LayerSpecification;
        (spec.type === 'symbol' ? labels : geometry).push(placed);
      }
    }
    // Labels by priority, lowest first: MapLibre places the topmost labels first.
    labels.sort(
      (a, b) => (this.labelPriority.get(a.id) ?? 0) - (this.labelPriority.get(b.id) ?? 0),
    );
    const [land, anchor] = style.layers;
    style.layers = [land!, ...geometry, anchor!, ...labels];
  }

  /** Adds the configured basemap once the style is there; a failure falls back to offline. */
  private async loadBasemap() {
    const basemap = this.options.basemap ?? { kind: 'offline' };
    const setStatus = (status: BasemapStatus) => {
      this.basemapStatus = status;
      this.options.onBasemapChange?.(status);
    };
    const status = await applyBasemap(this.map, basemap, this.options.palette, (reason) =>
      setStatus({ ...this.basemapStatus, state: 'fallback', attribution: '', reason }),
    );
    // A fallback reported while setting up has already been announced.
    if (this.basemapStatus.state !== 'fallback') setStatus(status);
  }

  private padding: NonNullable<PlanMapOptions['padding']>;
  private resetLabel: string;

  private fitPadding() {
    return this.padding;
  }

  /** Space kept free of features when fitting, e.g. where panels cover the map. */
  setPadding(padding: NonNullable<PlanMapOptions['padding']>) {
    this.padding = padding;
    this.revealPending();
  }

  /** Where the user last clicked, to keep in view once the inspector has opened. */
  private pendingReveal: { lng: number; lat: number } | null = null;

  private revealPending() {
    if (!this.pendingReveal) return;
    const at = this.pendingReveal;
    this.pendingReveal = null;
    this.reveal(at);
  }

  /** The current camera, as the URL stores it. */
  view(): View {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing() };
  }

  /** Adds (or replaces) a dataset's features, with a label-point companion source. */
  setData(datasetId: string, collection: FeatureCollection) {
    // The same object again (another dataset arrived): nothing to send to the worker.
    if (this.data.get(datasetId) === collection) return;
    this.data.set(datasetId, collection);
    // MapLibre gets a copy it can serialise whatever the property names (see map-safe-collection).
    const drawn = mapSafeCollection(collection);
    const labels = labelPointsOf(drawn);
    for (const [id, data] of [
      [datasetId, drawn],
      [`${datasetId}-labels`, labels],
    ] as const) {
      const source = this.map.getSource<GeoJSONSource>(id);
      if (source) source.setData(data);
      else this.map.addSource(id, { type: 'geojson', data, promoteId: 'id' });
    }
    this.render();
  }

  /**
   * Draws a dataset from the build's vector tiles instead of GeoJSON: no collection crosses to
   * the worker, and only the tiles in view are fetched.
   */
  setTiles(datasetId: string, tiles: BuiltTiles) {
    this.tiled.add(datasetId, tiles, () => {
      this.render();
      this.resolveTiledSelection();
    });
  }

  /** Whether a dataset's source exists yet (GeoJSON added or tiles set up). */
  private hasSource(datasetId: string) {
    return this.data.has(datasetId) || this.tiled.get(datasetId) !== undefined;
  }

  /** Map text size: 1, or larger in 关怀模式 (large-text mode). */
  private textScale = 1;
  /** Each sublayer's layer's place in the draw order (see layer-order.ts). */
  private readonly drawRank = new Map<string, number>();
  /** Label priority of each symbol sublayer, from its module (see layer-order.ts). */
  private readonly labelPriority = new Map<string, number>();

  /** Scales every label (关怀模式 enlarges map text with the interface). */
  setTextScale(scale: number) {
    if (scale === this.textScale) return;
    this.textScale = scale;
    this.render();
  }

  /**
   * A layer's specs for its source: from tiles they read the dataset's tile layer, and the
   * label sublayers are left out (label points need the whole collection).
   */
  private specsFor(layer: LayerModule, tiles?: BuiltTiles | null): LayerSpecification[] {
    const specs = layer.style({
      palette: this.options.palette,
      source: layer.dataset,
      labelSource: `${layer.dataset}-labels`,
      locale: this.locale,
      params: paramsOf(layer, this.context.layerParams),
      year: this.context.year,
      period: this.context.period,
    });
    for (const spec of specs)
      if (spec.type === 'symbol') this.labelPriority.set(spec.id, layer.labelPriority ?? 0);
    const scaled =
      this.textScale === 1 ? specs : specs.map((s) => scaleTextSize(s, this.textScale));
    const from = tiles === undefined ? this.tiled.get(layer.dataset) : tiles;
    return from ? specsForTiles(scaled, layer.dataset, from) : scaled;
  }

  /** Declares the layers, which are visible and the label language; re-renders what changed. */
  setLayers(
    layers: readonly LayerModule[],
    visibleIds: readonly string[],
    locale: Locale,
    resetLabel = this.resetLabel,
    context: LayerSettings = this.context,
  ) {
    this.resetLabel = resetLabel;
    this.context = context;
    const localeChanged = locale !== this.locale;
    this.layers = layers;
    this.visible = new Set(visibleIds);
    this.locale = locale;
    // Labels follow through render(): their changed text-field is set on the existing layers.
    // Removing and re-adding them instead raced tile reloads: a tile that finished reloading
    // before the next frame applied its feature states with the new layer's paint values not
    // yet evaluated, and MapLibre threw "this.expression.evaluate is not a function".
    if (localeChanged) this.controls.relabel(locale, resetLabel);
    this.render();
  }

  /**
   * Adds each layer's sublayers once their sources exist, applies visibility, and updates the
   * filter, paint and layout of sublayers whose spec changed (a filter or slider moved):
   * `setFilter` and `setPaintProperty` keep the source, which re-adding a layer would not.
   */
  private render() {
    for (const [rank, layer] of this.layers.entries()) {
      if (!this.hasSource(layer.dataset)) continue;
      for (const { id } of layer.derivedSources ?? []) {
        if (!this.map.getSource(id)) {
          this.map.addSource(id, {
            type: 'geojson',
            data: { type: 'FeatureCollection', features: [] },
          });
        }
      }
      const specs = this.specsFor(layer);
      const visibility = this.visible.has(layer.id) ? 'visible' : 'none';
      for (const spec of specs) this.drawRank.set(spec.id, rank);
      for (const spec of specs) {
        const json = JSON.stringify(spec);
        if (!this.map.getLayer(spec.id)) {
          // Geometry in draw order under every label, labels by priority, the focus ring on top.
          const before = beforeIdFor(this.map, spec, this.labelPriority, (id) =>
            this.drawRank.get(id),
          );
          this.map.addLayer(spec, before);
        } else if (this.applied.get(spec.id) !== json) {
          updateLayer(this.map, spec);
        }
        this.applied.set(spec.id, json);
        this.map.setLayoutProperty(spec.id, 'visibility', visibility);
      }
    }
    this.applyStates();
  }

  /** Every selectable feature under the pointer, topmost first. */
  private featuresAt(event: MapMouseEvent): FeatureRef[] {
    const topFirst = [...this.layers].reverse().filter((l) => this.visible.has(l.id));
    return featuresAtPoint(this.map, topFirst, event.point);
  }

  /**
   * Pans just enough to bring a point out from under the panels (the padding), so what was
   * clicked stays visible beside the inspector that opened for it.
   */
  reveal(lngLat: { lng: number; lat: number }) {
    const { x, y } = this.map.project(lngLat);
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const p = this.padding;
    const margin = 24;
    const dx =
      x < p.left + margin
        ? x - (p.left + margin)
        : x > width - p.right - margin
          ? x - (width - p.right - margin)
          : 0;
    const dy =
      y < p.top + margin
        ? y - (p.top + margin)
        : y > height - p.bottom - margin
          ? y - (height - p.bottom - margin)
          : 0;
    if (dx !== 0 || dy !== 0) this.map.panBy([dx, dy], { animate: this.options.animate !== false });
  }

  private setState(ref: FeatureRef, state: Record<string, boolean>) {
    const layer = this.layers.find((l) => l.id === ref.layer);
    if (!layer || !this.hasSource(layer.dataset)) return;
    const tiles = this.tiled.get(layer.dataset);
    if (tiles) {
      this.map.setFeatureState(
        { source: layer.dataset, sourceLayer: tiles.sourceLayer, id: ref.id },
        state,
      );
      return;
    }
    for (const source of [layer.dataset, `${layer.dataset}-labels`]) {
      this.map.setFeatureState({ source, id: ref.id }, state);
    }
  }

  /** Reports the selected feature of a tiled layer, as read from its tiles (see PlanMap options). */
  private resolveTiledSelection() {
    const ref = this.selected;
    const layer = ref && this.layers.find((l) => l.id === ref.layer);
    const report = this.options.onTiledFeature;
    if (!ref || !layer || !report) return;
    this.tiled.resolve(
      layer.dataset,
      ref.id,
      () => this.selected === ref,
      (feature) => report(ref, feature),
    );
  }

  private applyStates() {
    if (this.selected) this.setState(this.selected, { selected: true });
    for (const ref of this.highlighted) this.setState(ref, { highlighted: true });
  }

  /**
   * Draws a focus ring around the feature the keyboard user is on in the feature list. A
   * separate source keeps this generic: no layer style needs a state of its own for it.
   */
  setFocused(ref: FeatureRef | null) {
    const layer = ref && this.layers.find((l) => l.id === ref.layer);
    const feature =
      layer && this.data.get(layer.dataset)?.features.find((f) => String(f.id) === ref.id);
    showFocusRing(this.map, feature ?? undefined, this.options.palette.focus);
  }

  /** Marks one feature as selected (or none). */
  setSelected(ref: FeatureRef | null) {
    if (this.selected) this.setState(this.selected, { selected: false });
    this.selected = ref;
    this.applyStates();
    this.resolveTiledSelection();
  }

  /** Marks the features of an opened measure or indicator. */
  setHighlighted(refs: FeatureRef[]) {
    for (const ref of this.highlighted) this.setState(ref, { highlighted: false });
    this.highlighted = refs;
    this.applyStates();
  }

  /** The area of the map the user can see: the canvas less the panels covering it (padding). */
  visibleBounds(): [[number, number], [number, number]] {
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const p = this.padding;
    const left = Math.min(p.left, width / 2);
    const right = Math.max(width - p.right, width / 2 + 1);
    const top = Math.min(p.top, height / 2);
    const bottom = Math.max(height - p.bottom, height / 2 + 1);
    const sw = this.map.unproject([left, bottom]);
    const ne = this.map.unproject([right, top]);
    return [
      [sw.lng, sw.lat],
      [ne.lng, ne.lat],
    ];
  }

  /**
   * The feature states the map shows (selection, the open item's highlights), each with the
   * source it is set on, so another map (the export's) can show them too.
   */
  featureStates(): {
    source: string;
    sourceLayer?: string;
    id: string;
    state: Record<string, boolean>;
  }[] {
    const states: ReturnType<PlanMap['featureStates']> = [];
    const add = (ref: FeatureRef, state: Record<string, boolean>) => {
      const layer = this.layers.find((l) => l.id === ref.layer);
      if (!layer || !this.hasSource(layer.dataset)) return;
      const tiles = this.tiled.get(layer.dataset);
      if (tiles)
        states.push({ source: layer.dataset, sourceLayer: tiles.sourceLayer, id: ref.id, state });
      else
        for (const source of [layer.dataset, `${layer.dataset}-labels`])
          states.push({ source, id: ref.id, state });
    };
    for (const ref of this.highlighted) add(ref, { highlighted: true });
    if (this.selected) add(this.selected, { selected: true });
    return states;
  }

  /** Moves the camera to show these bounds. */
  fitBounds(bounds: LngLatBoundsLike) {
    this.map.fitBounds(bounds, {
      padding: this.fitPadding(),
      animate: this.options.animate !== false,
      maxZoom: 13,
    });
  }

  /** Moves the camera to a point (the embed's `fly-to` command). */
  flyTo(center: [number, number], zoom?: number) {
    this.map.flyTo({
      center,
      ...(zoom === undefined ? {} : { zoom }),
      animate: this.options.animate !== false,
    });
  }

  /** Returns to the default view of the whole city. */
  resetView() {
    this.map.fitBounds(this.options.homeBounds, {
      padding: this.fitPadding(),
      bearing: 0,
      animate: this.options.animate !== false,
    });
  }

  /** Releases the WebGL context and listeners. */
  destroy() {
    this.map.remove();
  }
}
