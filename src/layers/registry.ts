import type { LayerParamsEntry } from '../model/layer-params.ts';
import type { LayerModule } from './layer-module.ts';

/**
 * The layers on offer in one page, in draw order (first = bottom): the shipped modules and, in
 * the planner app, the planner's imported layers. Made by the app and passed down; there is no
 * module-global list to mutate.
 */
export interface LayerRegistry {
  readonly layers: readonly LayerModule[];
  readonly ids: readonly string[];
  byId(id: string): LayerModule | undefined;
  byDataset(dataset: string): LayerModule | undefined;
  /** The layer standing for the city (home view, import reference, first in the feature list). */
  readonly home: LayerModule | undefined;
  /** Every layer's own URL parameters, for the URL state. */
  readonly params: readonly LayerParamsEntry[];
}

/** A registry of these layers; throws on a duplicate layer id or URL parameter name. */
export function createRegistry(layers: readonly LayerModule[]): LayerRegistry {
  const byId = new Map(layers.map((l) => [l.id, l]));
  if (byId.size !== layers.length) throw new Error('two layers share an id');
  const names = layers.flatMap((l) => l.params?.names ?? []);
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) throw new Error(`two layers read the URL parameter "${repeated}"`);
  const byDataset = new Map<string, LayerModule>();
  for (const l of layers) if (!byDataset.has(l.dataset)) byDataset.set(l.dataset, l);
  return {
    layers,
    ids: layers.map((l) => l.id),
    byId: (id) => byId.get(id),
    byDataset: (dataset) => byDataset.get(dataset),
    home: layers.find((l) => l.home),
    params: layers.flatMap((l) =>
      l.params ? [{ layer: l.id, params: l.params as LayerParamsEntry['params'] }] : [],
    ),
  };
}

/** A layer's parameters in a state's per-layer map, or the layer's defaults. */
export function paramsOf(
  layer: LayerModule,
  layerParams: Readonly<Record<string, unknown>>,
): unknown {
  return layer.id in layerParams ? layerParams[layer.id] : layer.params?.defaults;
}
