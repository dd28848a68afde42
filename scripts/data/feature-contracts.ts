import type { FeatureCollection } from 'geojson';
import { LAYERS } from '../../src/layers/index.ts';
import type { FeatureContract } from '../../src/layers/layer-module.ts';

/** The contracts the build checks datasets against, by dataset id (from the layer modules). */
export type FeatureContracts = ReadonlyMap<string, FeatureContract>;

/** Turns a dataset's features into the rows its layer's figures read. */
export type Summarizer = (collection: FeatureCollection) => unknown[];

/** Loads the feature contract of every shipped layer that declares one. */
export async function loadFeatureContracts(): Promise<FeatureContracts> {
  const entries = await Promise.all(
    LAYERS.filter((layer) => layer.contract).map(
      async (layer) => [layer.dataset, await layer.contract!()] as const,
    ),
  );
  return new Map(entries);
}

/** Loads the summarizer of every shipped layer that declares one, by dataset id. */
export async function loadSummarizers(): Promise<ReadonlyMap<string, Summarizer>> {
  const entries = await Promise.all(
    LAYERS.filter((layer) => layer.summarize).map(
      async (layer) => [layer.dataset, await layer.summarize!()] as const,
    ),
  );
  return new Map(entries);
}

// Loaded once when the build's modules load (the layers declare them as lazy imports, so the
// browser never fetches them): the build itself stays synchronous and pure.
/** Every shipped layer's feature contract, by dataset id. */
export const FEATURE_CONTRACTS: FeatureContracts = await loadFeatureContracts();
/** Every shipped layer's summarizer, by dataset id. */
export const SUMMARIZERS: ReadonlyMap<string, Summarizer> = await loadSummarizers();
