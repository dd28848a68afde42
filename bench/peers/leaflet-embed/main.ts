/**
 * A bare Leaflet page drawing what the embed's default view draws (districts, structure,
 * parks from the build's GeoJSON) on one canvas, names as permanent tooltips, for the
 * phone-class run. Marks `window.benchIdleAt` once the three are added and a frame has drawn.
 */
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import {
  EMBED_COLORS,
  EMBED_DATASETS,
  LAND,
  fetchEmbedData,
  labelPoints,
} from '../embed-layers.ts';
import { viewFromUrl } from '../pipe-style.ts';

declare global {
  interface Window {
    benchLeaflet?: { map: L.Map; canvas: HTMLCanvasElement };
    benchIdleAt?: number;
  }
}

const { center, zoom } = viewFromUrl();
const map = L.map('map', {
  preferCanvas: true,
  renderer: L.canvas(),
  zoomSnap: 0,
  zoomAnimation: false,
  fadeAnimation: false,
  markerZoomAnimation: false,
  attributionControl: false,
}).setView([center[1], center[0]], zoom + 1); // Leaflet zoom counts 256-px tiles
document.getElementById('map')!.style.background = LAND;

void (async () => {
  const data = await fetchEmbedData();
  for (const id of EMBED_DATASETS) {
    const { fill, line } = EMBED_COLORS[id];
    L.geoJSON(data[id], {
      style: {
        color: line,
        weight: 1.2,
        fillColor: fill,
        fillOpacity: id === 'districts' ? 1 : 0.15,
      },
      pointToLayer: (_, at) =>
        L.circleMarker(at, {
          radius: 5,
          color: '#ffffff',
          weight: 1.5,
          fillColor: line,
          fillOpacity: 1,
        }),
      interactive: false,
    }).addTo(map);
    for (const label of labelPoints(data[id]!).features) {
      const [lng, lat] = label.geometry.coordinates;
      L.tooltip({ permanent: true, direction: 'center', className: 'bench-label' })
        .setLatLng([lat!, lng!])
        .setContent(String(label.properties!.name))
        .addTo(map);
    }
  }
  window.benchLeaflet = { map, canvas: document.querySelector<HTMLCanvasElement>('#map canvas')! };
  requestAnimationFrame(() => {
    window.benchIdleAt = performance.now();
  });
})();
