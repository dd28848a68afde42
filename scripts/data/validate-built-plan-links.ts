import { LAYERS } from '../../src/layers/index.ts';
import { catalogue } from '../../src/plan/catalogue.ts';
import { links } from '../../src/plan/links.ts';
import { validatePlanLinks, type FeatureIndex } from '../../src/plan/validate-plan-links.ts';
import { featureIdOf } from '../../src/geo/validate-geojson.ts';
import { type BuiltData } from './build-datasets.ts';

/** Feature ids per layer, from what the build actually produced. */
export function featureIndexOf(datasets: readonly BuiltData[]): FeatureIndex {
  const index: Record<string, Set<string>> = {};
  for (const layer of LAYERS) {
    const data = datasets.find((d) => d.meta.id === layer.dataset);
    if (!data) continue;
    index[layer.id] = new Set(data.collection.features.map((f) => featureIdOf(f)!));
  }
  return index;
}

/** Checks the plan's links against the built datasets; returns one line per broken link. */
export function validateBuiltPlanLinks(datasets: readonly BuiltData[]): string[] {
  return validatePlanLinks(catalogue, links, featureIndexOf(datasets)).map(
    (e) => `geodata/plan/${e.where} › ${e.rule}: ${e.message}`,
  );
}
