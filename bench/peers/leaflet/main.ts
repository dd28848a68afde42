/**
 * A bare Leaflet page: `L.geoJSON` on one canvas (`preferCanvas`), the product's colours and
 * widths (width fixed at the initial zoom, as Leaflet styles do not follow zoom), districts
 * under the pipes. Marks `window.benchIdleAt` once the pipes are added and a frame has drawn.
 */
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Feature } from 'geojson';
import {
  BASE_COLORS,
  PIPE_COLORS,
  PLAN_YEAR,
  SELECTED_COLOR,
  fetchCollection,
  viewFromUrl,
  widthAt,
} from '../pipe-style.ts';

declare global {
  interface Window {
    /** The page's map and canvas renderer, for the bench harness. */
    benchLeaflet?: { map: L.Map; canvas: HTMLCanvasElement };
    /** When the first view was drawn (ms since navigation start). */
    benchIdleAt?: number;
  }
}

const { center, zoom } = viewFromUrl();
// Leaflet counts zoom in 256-px tiles, MapLibre in 512-px ones: one level apart.
const leafletZoom = zoom + 1;
const renderer = L.canvas();
const map = L.map('map', {
  preferCanvas: true,
  renderer,
  zoomSnap: 0,
  zoomAnimation: false,
  fadeAnimation: false,
  markerZoomAnimation: false,
  attributionControl: false,
}).setView([center[1], center[0]], leafletZoom);
document.getElementById('map')!.style.background = BASE_COLORS.land;

const pipeStyle = (feature?: Feature): L.PathOptions => {
  const p = feature?.properties ?? {};
  const isRenewed = p.status === '已改造' && p.year <= PLAN_YEAR;
  return {
    color: PIPE_COLORS[p.type as string] ?? '#8a929c',
    weight: widthAt(zoom, isRenewed),
    opacity: 1,
    lineCap: 'round',
    ...(p.status === '规划' ? { dashArray: '4 3' } : {}),
  };
};

void (async () => {
  const [districts, pipes] = await Promise.all([
    fetchCollection('districts.geojson'),
    fetchCollection('pipes.geojson'),
  ]);
  L.geoJSON(districts, {
    style: {
      color: BASE_COLORS.districtLine,
      weight: 1,
      fillColor: BASE_COLORS.districtFill,
      fillOpacity: 1,
    },
    interactive: false,
  }).addTo(map);
  const layer = L.geoJSON(pipes, {
    filter: (f) => f.properties?.status !== '规划' || f.properties?.year <= PLAN_YEAR,
    style: pipeStyle,
  });
  layer.on('click', (event: L.LeafletMouseEvent) => {
    (event.propagatedFrom as L.Path).setStyle({
      color: SELECTED_COLOR,
      weight: widthAt(map.getZoom() - 1, false, true),
    });
  });
  layer.on('add', () => {
    requestAnimationFrame(() => {
      window.benchIdleAt = performance.now();
    });
  });
  layer.addTo(map);
  window.benchLeaflet = { map, canvas: document.querySelector<HTMLCanvasElement>('#map canvas')! };
})();
