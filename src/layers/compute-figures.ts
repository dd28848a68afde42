import type { FeatureCollection } from 'geojson';
import type { ComputedValue } from '../model/computed-value.ts';
import type { DataManifest } from '../model/manifest.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import type { Indicator } from '../plan/plan-schema.ts';
import { paramsOf, type LayerRegistry } from './registry.ts';

/** What {@link computeFigures} reads. */
export interface FiguresInput {
  registry: LayerRegistry;
  manifest: DataManifest;
  indicators: readonly Indicator[];
  /** Loaded collections by dataset id. */
  data: ReadonlyMap<string, FeatureCollection>;
  /** Only layers drawing these datasets are computed (those in use: shown, selected, linked). */
  datasets: readonly string[];
  layerParams: Readonly<Record<string, unknown>>;
  year: number;
  period: PlanPeriod;
  /** Fetches rows the build wrote (a summary's URL); the caller caches. */
  rows(url: string): Promise<readonly unknown[]>;
  /** Fetches a table of the manifest by id; the caller caches. */
  table(id: string): Promise<readonly unknown[]>;
}

/**
 * Every figure the layers in use can compute, by indicator id, each labelled with its layer.
 * A provider whose input is not there (a tiled layer's features, a dataset the build gave no
 * summary) yields nothing rather than a wrong figure.
 */
export async function computeFigures(input: FiguresInput): Promise<Record<string, ComputedValue>> {
  const jobs: Promise<[string, ComputedValue] | null>[] = [];
  for (const layer of input.registry.layers) {
    const dataset = input.manifest.datasets[layer.dataset];
    if (!layer.figures || !dataset || !input.datasets.includes(layer.dataset)) continue;
    const params = paramsOf(layer, input.layerParams);
    for (const [key, provider] of Object.entries(layer.figures)) {
      const indicator = input.indicators.find((i) => i.id === key);
      // A key that is no indicator must say what it counts for (`about`); else it is a typo.
      if (!indicator && !provider.about) continue;
      jobs.push(
        (async () => {
          const collection = input.data.get(layer.dataset);
          if (provider.reads === 'features' && !collection) return null;
          if (provider.reads === 'summary' && !dataset.summaryUrl) return null;
          const summary =
            provider.reads === 'summary' ? await input.rows(dataset.summaryUrl!) : undefined;
          const value = await provider.compute({
            ...(indicator ? { indicator } : {}),
            params,
            year: input.year,
            period: input.period,
            dataset,
            ...(provider.reads === 'features' ? { collection } : { summary }),
            table: input.table,
          });
          if (!value) return null;
          const about = provider.about ? { about: provider.about } : {};
          return [key, { ...value, layer: layer.id, ...about }] as [string, ComputedValue];
        })(),
      );
    }
  }
  const results = await Promise.all(jobs);
  return Object.fromEntries(results.filter((r) => r !== null));
}
