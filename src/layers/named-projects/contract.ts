import { z } from 'zod';
import { featureId, featureName, featureProvenance } from '../contract-parts.ts';
import type { FeatureContract } from '../layer-module.ts';

/** What a named project is: water supply (四(二)) or waste treatment (四(四)). */
export const PROJECT_KINDS = ['water', 'waste'] as const;

/** Properties of one project the document names (`geodata/named-projects.geojson`). */
export const NamedProjectProperties = z.object({
  id: featureId,
  name: featureName,
  nameEn: z.string().min(1),
  kind: z.enum(PROJECT_KINDS),
  /** The measure naming it, e.g. `4-2`. */
  measure: z.string().regex(/^[1-4]-[1-7]$/),
  /** The phrase of 筑府发〔2025〕17号 naming it, verbatim. */
  basis: z.string().min(1),
  placementNote: z.string().min(1),
  source: z.string().min(1),
  provenance: featureProvenance,
});

/** What the build checks every named project against. */
export const namedProjectContract: FeatureContract = {
  name: 'named-project',
  geometry: ['Point', 'LineString', 'MultiLineString'],
  properties: NamedProjectProperties,
};
