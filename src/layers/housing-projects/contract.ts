import { z } from 'zod';
import type { FeatureContract } from '../layer-module.ts';
import {
  districtCode,
  featureId,
  featureName,
  featureProvenance,
  recordYear,
  townshipCode,
  townshipInDistrict,
  townshipName,
  townshipsInList,
} from '../contract-parts.ts';
import { HOUSING_KINDS, HOUSING_STATUSES } from './values.ts';

/**
 * Properties of one affordable-housing project of measure 一(五) (dataset `housing-projects`,
 * Point features): one project, one kind, one year in which its units are raised. Checked by
 * the data build (rule `property-invalid`); extra properties pass.
 */
export const HousingProjectProperties = z
  .object({
    id: featureId,
    name: featureName,
    kind: z.enum(HOUSING_KINDS),
    /** Flats or rooms, 套(间), counted together as the document counts its target. */
    units: z.int().min(1).max(50_000),
    status: z.enum(HOUSING_STATUSES),
    /** The year the units are raised (筹建), or are planned to be. */
    year: recordYear,
    district: districtCode,
    townshipCode,
    townshipName,
    provenance: featureProvenance,
  })
  .refine(...townshipInDistrict);
/** {@link HousingProjectProperties} as a type. */
export type HousingProjectProperties = z.infer<typeof HousingProjectProperties>;

/** What the build checks every feature of a `housing-projects` dataset against. */
export const housingProjectContract: FeatureContract = {
  name: 'housing-project',
  geometry: ['Point'],
  properties: HousingProjectProperties,
  tables: ['townships'],
  check: townshipsInList,
};
