/**
 * A bare MapLibre page: background, districts, and the pipes either as a plain GeoJSON source
 * (data fetched on the main thread and handed over, as the product does) or as the static
 * PMTiles archive read by byte ranges. Clicking a segment recolours it by a paint change.
 * {@link startBaseMap} is the same page without the pipes, for peers that draw them otherwise.
 */
import { Map as MapLibreMap, setWorkerUrl, type SourceSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { BASE_COLORS, fetchCollection, pipeLayers, viewFromUrl } from './pipe-style.ts';

declare global {
  interface Window {
    /** The page's map, for the bench harness. */
    benchMap?: MapLibreMap;
  }
}

setWorkerUrl(workerUrl);

/**
 * Starts the map (background, then districts once fetched) and hands it the pipes: `fetchPipes`
 * runs after the districts are fetched, `addPipes` once the style has loaded and the districts
 * are added, so every page puts its pipes on top of the same map at the same point.
 */
export function startBaseMap<T>(
  fetchPipes: () => Promise<T>,
  addPipes: (map: MapLibreMap, pipes: T) => void,
): MapLibreMap {
  const map = new MapLibreMap({
    container: 'map',
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'land', type: 'background', paint: { 'background-color': BASE_COLORS.land } }],
    },
    ...viewFromUrl(),
    attributionControl: false,
    maxZoom: 17,
    minZoom: 5,
    // As the product's map: its canvas stays readable, which the click probe relies on.
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  window.benchMap = map;
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));

  void (async () => {
    const districts = await fetchCollection('districts.geojson');
    const pipes = await fetchPipes();
    await loaded;
    map.addSource('districts', { type: 'geojson', data: districts });
    map.addLayer({
      id: 'districts-fill',
      type: 'fill',
      source: 'districts',
      paint: { 'fill-color': BASE_COLORS.districtFill },
    });
    map.addLayer({
      id: 'districts-line',
      type: 'line',
      source: 'districts',
      paint: { 'line-color': BASE_COLORS.districtLine, 'line-width': 1 },
    });
    addPipes(map, pipes);
  })();
  return map;
}

/**
 * Starts the page with a pipes source; `sourceLayer` is set for vector tiles. Each page's entry
 * brings its own source, so the GeoJSON page's bundle carries no PMTiles reader.
 */
export function startMapLibrePage(
  pipesSource: () => Promise<SourceSpecification>,
  sourceLayer?: string,
) {
  const map = startBaseMap(pipesSource, (map, pipes) => {
    map.addSource('pipes', pipes);
    for (const layer of pipeLayers('pipes', sourceLayer)) map.addLayer(layer);
  });

  map.on('click', (event) => {
    const [hit] = map.queryRenderedFeatures(event.point, {
      layers: ['pipes-line', 'pipes-planned'],
    });
    const id = hit?.properties.id as string | undefined;
    if (id === undefined) return;
    for (const layer of pipeLayers('pipes', sourceLayer, id)) {
      map.setPaintProperty(layer.id, 'line-color', layer.paint!['line-color']);
      map.setPaintProperty(layer.id, 'line-width', layer.paint!['line-width']);
    }
  });
}
