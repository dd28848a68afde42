import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureRef } from '../model/feature-ref.ts';
import { type LayerModule } from '../layers/layer-module.ts';

/** How far (px) from a line a click still picks it: pipes are drawn a pixel or two wide. */
const LINE_TOLERANCE_PX = 4;

/**
 * Every selectable feature at a point, topmost first: layers are tried from the top of the
 * draw order down, each through its `interaction.queryLayers`; lines take a click within a few
 * pixels. Each feature once, so a click on 观山湖区 under 北部中心 finds both.
 */
export function featuresAtPoint(
  map: MapLibreMap,
  layersTopFirst: readonly LayerModule[],
  { x, y }: { x: number; y: number },
): FeatureRef[] {
  const found: FeatureRef[] = [];
  const add = (layer: LayerModule, hits: readonly { properties: Record<string, unknown> }[]) => {
    for (const hit of hits) {
      const id = hit.properties.id as string | undefined;
      if (id === undefined) continue;
      if (!found.some((f) => f.layer === layer.id && f.id === String(id)))
        found.push({ layer: layer.id, id: String(id) });
    }
  };
  for (const layer of layersTopFirst) {
    const ids = layer.interaction.queryLayers.filter((id) => map.getLayer(id));
    if (ids.length === 0) continue;
    // The pixel itself first: in a dense network the box around a click holds several lines,
    // and the one drawn under the pointer is the one meant (the bench's 10^6 pipes picked a
    // neighbour when the box came first). Then the box, so a thin line is easy to hit.
    add(layer, map.queryRenderedFeatures([x, y], { layers: ids }));
    const lines = ids.every((id) => map.getLayer(id)?.type === 'line');
    if (!lines) continue;
    const t = LINE_TOLERANCE_PX;
    add(
      layer,
      map.queryRenderedFeatures(
        [
          [x - t, y - t],
          [x + t, y + t],
        ],
        { layers: ids },
      ),
    );
  }
  return found;
}

/**
 * What a click selects among the features under it: the topmost, or, clicking again where the
 * current selection is one of them, the next one down (and round again), so a district under
 * the structure overlay is one more click away.
 */
export function pickAmong(
  hits: readonly FeatureRef[],
  selected: FeatureRef | null,
): FeatureRef | null {
  if (hits.length === 0) return null;
  const at = selected
    ? hits.findIndex((h) => h.layer === selected.layer && h.id === selected.id)
    : -1;
  return hits[(at + 1) % hits.length]!;
}
