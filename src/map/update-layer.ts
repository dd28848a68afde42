import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

type Props = Record<string, unknown>;
// MapLibre types property names per layer kind; a generic updater works with plain names.
type PaintName = Parameters<MapLibreMap['getPaintProperty']>[1];
type LayoutName = Parameters<MapLibreMap['getLayoutProperty']>[1];

/**
 * Brings an existing MapLibre layer in line with a new spec of the same id: its filter and
 * each changed paint and layout property (visibility is the caller's). Keeps the layer's
 * source and tiles, so moving a slider does not reload data.
 */
export function updateLayer(map: MapLibreMap, spec: LayerSpecification): void {
  const current = map.getLayer(spec.id);
  if (!current) return;
  const filter = 'filter' in spec ? spec.filter : undefined;
  if (JSON.stringify(map.getFilter(spec.id)) !== JSON.stringify(filter))
    map.setFilter(spec.id, filter);
  for (const [name, value] of Object.entries((spec.paint ?? {}) as Props)) {
    if (
      JSON.stringify(map.getPaintProperty(spec.id, name as PaintName)) !== JSON.stringify(value)
    ) {
      map.setPaintProperty(spec.id, name as PaintName, value as never);
    }
  }
  for (const [name, value] of Object.entries((spec.layout ?? {}) as Props)) {
    if (name === 'visibility') continue;
    if (
      JSON.stringify(map.getLayoutProperty(spec.id, name as LayoutName)) !== JSON.stringify(value)
    ) {
      map.setLayoutProperty(spec.id, name as LayoutName, value as never);
    }
  }
}
