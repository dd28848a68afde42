import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';

/** The id of the focus ring's line sublayer; other layers are added below it. */
export const FOCUS_RING_LINE = 'focus-ring-line';

/**
 * Draws a ring around the feature the keyboard user is on (or none): its own source and two
 * sublayers on top of every layer, so no layer style needs a state for it.
 */
export function showFocusRing(map: MapLibreMap, feature: Feature | undefined, color: string): void {
  const data: FeatureCollection = { type: 'FeatureCollection', features: feature ? [feature] : [] };
  const source = map.getSource<GeoJSONSource>('focus-ring');
  if (source) source.setData(data);
  else map.addSource('focus-ring', { type: 'geojson', data });
  if (map.getLayer(FOCUS_RING_LINE)) return;
  map.addLayer({
    id: FOCUS_RING_LINE,
    type: 'line',
    source: 'focus-ring',
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': color, 'line-width': 4, 'line-dasharray': [2, 1] },
  });
  map.addLayer({
    id: 'focus-ring-point',
    type: 'circle',
    source: 'focus-ring',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 16,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': color,
      'circle-stroke-width': 3,
    },
  });
}
