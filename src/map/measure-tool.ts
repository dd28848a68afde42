import type { Feature, FeatureCollection, Position } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { measureArea, measureLength } from '../geo/measure-geodesic.ts';

/** What is being measured. */
export type MeasureMode = 'distance' | 'area';

/** The current measurement, reported on every change. */
export interface MeasureResult {
  mode: MeasureMode;
  /** Placed vertices (WGS84), without the one following the cursor. */
  vertices: Position[];
  /** Path length (distance) or perimeter (area), metres, geodesic; includes the cursor while drawing. */
  lengthMetres: number;
  /** Area in m² (area mode with 3 or more points), else null. */
  areaSquareMetres: number | null;
  finished: boolean;
}

/** Options of {@link MeasureTool}, each with its default. */
export interface MeasureToolOptions {
  /** Drawing colour: pass the palette's `measureTool` token. */
  color: string;
  /** Halo around the line, for contrast on any basemap; default white. */
  haloColor?: string;
  /** Called on every change; null after cancel/clear. */
  onChange?: (result: MeasureResult | null) => void;
}

/** The part of a MapLibre map the tool uses (a small fake suffices in tests). */
export type MeasureMap = Pick<
  MapLibreMap,
  | 'on'
  | 'off'
  | 'addSource'
  | 'getSource'
  | 'removeSource'
  | 'addLayer'
  | 'getLayer'
  | 'removeLayer'
  | 'getCanvasContainer'
  | 'getCenter'
  | 'project'
  | 'doubleClickZoom'
>;

const SOURCE = 'measure-tool';
const LAYERS = [
  'measure-tool-fill',
  'measure-tool-halo',
  'measure-tool-line',
  'measure-tool-vertex',
];
/** Clicks closer than this (px) to the previous vertex add nothing: a double click's clicks. */
const SAME_POINT_PX = 4;

/**
 * Distance and area measurement on a MapLibre map: click to add vertices, double-click or
 * Enter to finish, Escape to cancel, Backspace to undo, Space to add the map centre (for
 * keyboard users, who move the map with the arrow keys). Draws with its own source and
 * layers, and reports geodesic lengths and areas through `onChange`.
 */
export class MeasureTool {
  private readonly map: MeasureMap;
  private readonly options: MeasureToolOptions;
  private mode: MeasureMode = 'distance';
  private vertices: Position[] = [];
  private cursor: Position | null = null;
  private finished = false;
  private listening = false;
  private zoomWasEnabled = true;

  constructor(map: MeasureMap, options: MeasureToolOptions) {
    this.map = map;
    this.options = options;
  }

  /** Whether a measurement is being drawn (the app should not select features meanwhile). */
  get active(): boolean {
    return this.listening;
  }

  /** Starts a new measurement, replacing any previous one. */
  start(mode: MeasureMode): void {
    this.mode = mode;
    this.vertices = [];
    this.cursor = null;
    this.finished = false;
    this.ensureLayers();
    if (!this.listening) {
      this.map.on('click', this.onClick);
      this.map.on('dblclick', this.onDoubleClick);
      this.map.on('mousemove', this.onMove);
      this.map.getCanvasContainer().addEventListener('keydown', this.onKey);
      // A double click finishes the measurement instead of zooming in.
      this.zoomWasEnabled = this.map.doubleClickZoom.isEnabled();
      this.map.doubleClickZoom.disable();
      this.map.getCanvasContainer().style.cursor = 'crosshair';
      this.listening = true;
    }
    this.update();
  }

  /** Adds a vertex (WGS84), as a click does. */
  addVertex(position: Position): void {
    if (!this.listening) return;
    const last = this.vertices[this.vertices.length - 1];
    if (last && this.pixelDistance(last, position) < SAME_POINT_PX) return;
    this.vertices.push([position[0]!, position[1]!]);
    this.update();
  }

  /** Removes the last vertex. */
  undo(): void {
    this.vertices.pop();
    this.update();
  }

  /** Ends drawing; the result stays on the map until cleared or a new measurement starts. */
  finish(): void {
    if (!this.listening) return;
    this.finished = true;
    this.cursor = null;
    this.stopListening();
    this.update();
  }

  /** Ends drawing and removes the measurement. */
  cancel(): void {
    this.stopListening();
    this.vertices = [];
    this.cursor = null;
    this.removeLayers();
    this.options.onChange?.(null);
  }

  /** Removes listeners, layers and source; the tool can be started again. */
  destroy(): void {
    this.stopListening();
    this.removeLayers();
  }

  /** The current measurement, or null before anything was placed. */
  result(): MeasureResult | null {
    if (this.vertices.length === 0) return null;
    const path = this.cursor && !this.finished ? [...this.vertices, this.cursor] : this.vertices;
    const ring = this.mode === 'area' && path.length >= 3 ? [...path, path[0]!] : null;
    return {
      mode: this.mode,
      vertices: this.vertices.map((v) => [...v]),
      lengthMetres: measureLength(ring ?? path),
      areaSquareMetres: ring ? measureArea(ring) : null,
      finished: this.finished,
    };
  }

  private readonly onClick = (event: MapMouseEvent) => {
    this.addVertex([event.lngLat.lng, event.lngLat.lat]);
  };

  private readonly onDoubleClick = (event: MapMouseEvent) => {
    event.preventDefault();
    this.finish();
  };

  private readonly onMove = (event: MapMouseEvent) => {
    if (this.vertices.length === 0) return;
    this.cursor = [event.lngLat.lng, event.lngLat.lat];
    this.update();
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') this.finish();
    else if (event.key === 'Escape') this.cancel();
    else if (event.key === 'Backspace') this.undo();
    else if (event.key === ' ') {
      const c = this.map.getCenter();
      this.addVertex([c.lng, c.lat]);
    } else return;
    event.preventDefault();
  };

  private pixelDistance(a: Position, b: Position): number {
    const p = this.map.project([a[0]!, a[1]!]);
    const q = this.map.project([b[0]!, b[1]!]);
    return Math.hypot(p.x - q.x, p.y - q.y);
  }

  private stopListening() {
    if (!this.listening) return;
    this.map.off('click', this.onClick);
    this.map.off('dblclick', this.onDoubleClick);
    this.map.off('mousemove', this.onMove);
    this.map.getCanvasContainer().removeEventListener('keydown', this.onKey);
    if (this.zoomWasEnabled) this.map.doubleClickZoom.enable();
    this.map.getCanvasContainer().style.cursor = '';
    this.listening = false;
  }

  private drawing(): FeatureCollection {
    const path = this.cursor && !this.finished ? [...this.vertices, this.cursor] : this.vertices;
    const features: Feature[] = this.vertices.map((p) => ({
      type: 'Feature',
      properties: { kind: 'vertex' },
      geometry: { type: 'Point', coordinates: p },
    }));
    const closed = this.mode === 'area' && path.length >= 3;
    if (closed) {
      features.unshift({
        type: 'Feature',
        properties: { kind: 'area' },
        geometry: { type: 'Polygon', coordinates: [[...path, path[0]!]] },
      });
    }
    if (path.length >= 2) {
      features.unshift({
        type: 'Feature',
        properties: { kind: 'line' },
        geometry: { type: 'LineString', coordinates: closed ? [...path, path[0]!] : path },
      });
    }
    return { type: 'FeatureCollection', features };
  }

  private ensureLayers() {
    if (!this.map.getSource(SOURCE)) {
      this.map.addSource(SOURCE, { type: 'geojson', data: this.drawing() });
    }
    const { color, haloColor = '#ffffff' } = this.options;
    const kind = (k: string) => ['==', ['get', 'kind'], k] as ['==', ['get', string], string];
    const specs = [
      {
        id: LAYERS[0]!,
        type: 'fill' as const,
        filter: kind('area'),
        paint: { 'fill-color': color, 'fill-opacity': 0.15 },
      },
      {
        id: LAYERS[1]!,
        type: 'line' as const,
        filter: kind('line'),
        paint: { 'line-color': haloColor, 'line-width': 5 },
      },
      {
        id: LAYERS[2]!,
        type: 'line' as const,
        filter: kind('line'),
        paint: { 'line-color': color, 'line-width': 2.5, 'line-dasharray': [3, 2] },
      },
      {
        id: LAYERS[3]!,
        type: 'circle' as const,
        filter: kind('vertex'),
        paint: {
          'circle-radius': 4,
          'circle-color': haloColor,
          'circle-stroke-color': color,
          'circle-stroke-width': 2,
        },
      },
    ];
    // Added last, so drawn above every data layer.
    for (const spec of specs)
      if (!this.map.getLayer(spec.id)) this.map.addLayer({ ...spec, source: SOURCE });
  }

  private removeLayers() {
    for (const id of [...LAYERS].reverse()) if (this.map.getLayer(id)) this.map.removeLayer(id);
    if (this.map.getSource(SOURCE)) this.map.removeSource(SOURCE);
  }

  private update() {
    this.map.getSource<GeoJSONSource>(SOURCE)?.setData(this.drawing());
    this.options.onChange?.(this.result());
  }
}
