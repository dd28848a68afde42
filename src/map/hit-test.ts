import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { type LayerModule } from '../layers/layer-module.ts';
import { type FeatureRef } from '../model/feature-ref.ts';

/** How far (px) from a line a click still picks it: pipes are drawn a pixel or two wide. */
const LINE_TOLERANCE_PX = 4;

/**
 * The topmost selectable feature at a point: layers are tried from the top of the draw order
 * down, each through its `interaction.queryLayers`. Lines take a click within a few pixels.
 */
export function featureAtPoint(
  map: MapLibreMap,
  layersTopFirst: readonly LayerModule[],
  { x, y }: { x: number; y: number },
): FeatureRef | null {
  for (const layer of layersTopFirst) {
    const ids = layer.interaction.queryLayers.filter((id) => map.getLayer(id));
    if (ids.length === 0) continue;
    const lines = ids.every((id) => map.getLayer(id)?.type === 'line');
    const t = LINE_TOLERANCE_PX;
    const where: PointLike | [PointLike, PointLike] = lines
      ? [
          [x - t, y - t],
          [x + t, y + t],
        ]
      : [x, y];
    const [hit] = map.queryRenderedFeatures(where, { layers: ids });
    const id = hit?.properties.id as string | undefined;
    if (id !== undefined) return { layer: layer.id, id: String(id) };
  }
  return null;
}
