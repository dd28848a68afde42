import { LAYERS } from '../../src/layers/index.ts';
import { catalogue } from '../../src/plan/catalogue.ts';
import { CatalogueSchema, PlanLinksSchema } from '../../src/plan/catalogue-schema.ts';
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

/**
 * Where catalogue.json and links.json break their schemas (the app takes them unchecked), one
 * line per problem.
 */
export function planShapeErrors(catalogueJson: unknown, linksJson: unknown): string[] {
  return [
    ['catalogue.json', CatalogueSchema.safeParse(catalogueJson)] as const,
    ['links.json', PlanLinksSchema.safeParse(linksJson)] as const,
  ].flatMap(([file, parsed]) =>
    (parsed.error?.issues ?? []).map(
      (issue) => `geodata/plan/${file}[${issue.path.join('.')}] › plan-invalid: ${issue.message}`,
    ),
  );
}

/**
 * Checks the plan's files against their schemas, then its links against the built datasets;
 * returns one line per problem.
 */
export function validateBuiltPlanLinks(datasets: readonly BuiltData[]): string[] {
  const shapeErrors = planShapeErrors(catalogue, links);
  if (shapeErrors.length > 0) return shapeErrors;
  return validatePlanLinks(catalogue, links, featureIndexOf(datasets)).map(
    (e) => `geodata/plan/${e.where} › ${e.rule}: ${e.message}`,
  );
}
