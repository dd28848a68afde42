import { z } from 'zod';
import { PROVENANCES } from '../model/manifest.ts';
import { featureId } from './contract-parts.ts';
import type { FeatureContract } from './layer-module.ts';

/**
 * Properties of one element of the spatial structure. Every element is `schematic`: the
 * document names districts as the focus of the core and centres, not boundaries, so no drawing
 * of them may claim to be `real` (a test and the build both hold to this).
 */
export const StructureProperties = z.object({
  id: featureId,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  shortName: z.string().min(1),
  shortNameEn: z.string().min(1),
  role: z.enum(['core', 'centre', 'cluster']),
  /** The phrase of measure 三(一) naming the element, verbatim. */
  basis: z.string().min(1),
  provenance: z.enum(PROVENANCES).refine((p) => p === 'schematic', {
    message: 'must be schematic: the document draws no boundary for the structure',
  }),
});

/** What the build checks every element of the structure against. */
export const structureContract: FeatureContract = {
  name: 'structure-element',
  geometry: ['Point', 'Polygon', 'MultiPolygon'],
  properties: StructureProperties,
};
