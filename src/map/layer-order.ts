import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { FOCUS_RING_LINE } from './focus-ring.ts';

/**
 * A hidden layer that splits the style in two: every layer's geometry below it, every label
 * above it, so pipes, stations and zones never draw over text (cartographers' rule: labels
 * last). It is part of the base style from the start.
 */
export const LABELS_ANCHOR = 'labels-anchor';

/** The marker layer itself, for the base style. */
export const labelsAnchorLayer: LayerSpecification = {
  id: LABELS_ANCHOR,
  type: 'background',
  layout: { visibility: 'none' },
  paint: { 'background-color': 'rgba(0,0,0,0)' },
};

/**
 * Where a plan layer goes: geometry below the labels and below the geometry of every layer
 * that draws above it (`rankOf`: the sublayer's place in the draw order), so a layer whose
 * data arrive late (turned on later, or fetched while the map started) still draws in its
 * order; a label among the labels by its priority (MapLibre places the topmost labels first,
 * so a higher priority wins collisions: the structure's names over district names over place
 * names), always below the focus ring.
 */
export function beforeIdFor(
  map: MapLibreMap,
  spec: LayerSpecification,
  priorities: ReadonlyMap<string, number>,
  rankOf: (sublayerId: string) => number | undefined = () => undefined,
): string | undefined {
  const layers = map.getStyle().layers;
  const start = layers.findIndex((l) => l.id === LABELS_ANCHOR);
  if (spec.type !== 'symbol') {
    const rank = rankOf(spec.id);
    if (rank === undefined) return LABELS_ANCHOR;
    const above = layers.slice(0, start).find((l) => (rankOf(l.id) ?? -1) > rank);
    return above?.id ?? LABELS_ANCHOR;
  }
  const own = priorities.get(spec.id) ?? 0;
  for (const layer of layers.slice(start + 1)) {
    if (layer.id === FOCUS_RING_LINE) return layer.id;
    if (layer.type === 'symbol' && (priorities.get(layer.id) ?? 0) > own) return layer.id;
  }
  return map.getLayer(FOCUS_RING_LINE) ? FOCUS_RING_LINE : undefined;
}
