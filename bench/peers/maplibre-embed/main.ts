/**
 * A bare MapLibre page drawing what the embed's default view draws (districts, structure,
 * parks from the build's GeoJSON, fetched on the main thread and handed over), for the
 * phone-class run. The view comes from `?view=lng,lat,zoom` (the embed's own, read by the bench).
 */
import {
  Map as MapLibreMap,
  setWorkerUrl,
  type ExpressionSpecification,
  type LayerSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  EMBED_COLORS,
  EMBED_DATASETS,
  LABEL,
  LAND,
  fetchEmbedData,
  labelPoints,
} from '../embed-layers.ts';
import { viewFromUrl } from '../pipe-style.ts';

declare global {
  interface Window {
    benchMap?: MapLibreMap;
  }
}

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'land', type: 'background', paint: { 'background-color': LAND } }],
  },
  ...viewFromUrl(),
  attributionControl: false,
  minZoom: 5,
  maxZoom: 17,
});
window.benchMap = map;
const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));

void (async () => {
  const data = await fetchEmbedData();
  await loaded;
  for (const id of EMBED_DATASETS) {
    const { fill, line } = EMBED_COLORS[id];
    map.addSource(id, { type: 'geojson', data: data[id]! });
    map.addSource(`${id}-labels`, { type: 'geojson', data: labelPoints(data[id]!) });
    const polygons: ExpressionSpecification = [
      'match',
      ['geometry-type'],
      ['Polygon', 'MultiPolygon'],
      true,
      false,
    ];
    const layers: LayerSpecification[] = [
      {
        id: `${id}-fill`,
        type: 'fill',
        source: id,
        filter: polygons,
        paint: { 'fill-color': fill, 'fill-opacity': id === 'districts' ? 1 : 0.15 },
      },
      {
        id: `${id}-line`,
        type: 'line',
        source: id,
        filter: polygons,
        paint: { 'line-color': line, 'line-width': 1.2 },
      },
      {
        id: `${id}-point`,
        type: 'circle',
        source: id,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': line,
          'circle-radius': 5,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      {
        id: `${id}-label`,
        type: 'symbol',
        source: `${id}-labels`,
        layout: {
          'text-field': ['get', 'name'],
          'text-size': 13,
          'text-font': ['Noto Sans CJK SC', 'sans-serif'],
          'text-max-width': 8,
          ...(id === 'districts' ? {} : { 'text-offset': [0, 1.1], 'text-anchor': 'top' as const }),
        },
        paint: { 'text-color': LABEL.text, 'text-halo-color': LABEL.halo, 'text-halo-width': 1.5 },
      },
    ];
    for (const layer of layers) map.addLayer(layer);
  }
})();
