/**
 * The deck.gl peer: the bare MapLibre page (background, districts, same view) with the pipes
 * drawn by deck.gl 9 inside MapLibre's own WebGL2 context (`MapLibreOverlay`, interleaved), from
 * the same pipes.geojson, fetched on the main thread as on the GeoJSON page. Clicking a segment
 * recolours it (an accessor change under `updateTriggers`). PathLayer by default; to compare,
 * `?layer=geojson` draws with GeoJsonLayer, `?layer=line` the existing pipes with LineLayer.
 */
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { startBaseMap } from '../maplibre-page.ts';
import { PLAN_YEAR, fetchCollection } from '../pipe-style.ts';
import {
  pathPipeLayers,
  type Pipe,
  type PipeLayerId,
  type PipeLayerState,
  type PipeLayersOf,
} from './path-layers.ts';

declare global {
  interface Window {
    /** Whether the first view is drawn: read at MapLibre's idle by the bench harness. */
    benchReady?: () => boolean;
  }
}

const variant = new URLSearchParams(location.search).get('layer');
const state: PipeLayerState = { selected: null, zoom: 0, onClick: () => {} };
let data: Record<PipeLayerId, Pipe[]> | null = null;
let layersOf: PipeLayersOf = pathPipeLayers;
let drawn = false;

// deck.gl's layers sit in MapLibre's style as one custom layer with this id prefix.
const deckInStyle = () => map.getLayersOrder().some((id) => id.startsWith('deck-'));
const overlay = new MapLibreOverlay({
  interleaved: true,
  layers: [],
  // deck.gl picks on pointerdown, synchronously; its tap recogniser then drops the click if
  // the pointerup is handled 250 ms or more after the pointerdown, which a slow pick (software
  // GL, large data) causes. A press without movement is a click on the MapLibre pages, so here.
  eventRecognizerOptions: { click: { time: 60_000 } },
  // Ready once a frame drew the layers with their data: MapLibre's next idle is the first view.
  onAfterRender: () => {
    if (!drawn && data && deckInStyle()) drawn = true;
  },
});
window.benchReady = () => drawn;

const render = () => {
  if (!data) return;
  state.zoom = map.getZoom();
  overlay.setProps({ layers: layersOf(data, state) });
};
state.onClick = (info) => {
  if (!info.object) return;
  state.selected = { layer: info.layer!.id as PipeLayerId, id: info.object.properties.id };
  render();
};

const map = startBaseMap(
  async () => {
    if (variant === 'geojson') layersOf = (await import('./geojson-layers.ts')).geojsonPipeLayers;
    if (variant === 'line') layersOf = (await import('./line-layers.ts')).linePipeLayers;
    const pipes = (await fetchCollection('pipes.geojson')).features as Pipe[];
    // The filters of the MapLibre sublayers, applied once to the data.
    const planned = (f: Pipe) => f.properties.status === '规划';
    return {
      'pipes-line': pipes.filter((f) => !planned(f)),
      'pipes-planned': pipes.filter((f) => planned(f) && f.properties.year <= PLAN_YEAR),
    };
  },
  (_, pipes) => {
    data = pipes;
    render();
    // The overlay inserts its custom layer only into a loaded style, and the districts source
    // added just now is still loading: insert it once loaded (the next style change would too).
    const insert = () => {
      if (deckInStyle()) {
        map.off('sourcedata', insert);
        map.off('idle', insert);
      } else if (map.isStyleLoaded()) render();
    };
    map.on('sourcedata', insert);
    map.on('idle', insert);
    // Widths follow the zoom through a uniform: new layer props, no attribute update.
    map.on('zoom', render);
  },
);
// Added before the data arrives, so deck.gl sets up its device meanwhile.
map.addControl(overlay);
