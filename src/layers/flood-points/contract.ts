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
import { FLOOD_POINT_STATUSES } from './values.ts';

/**
 * Properties of one urban waterlogging point of measure 四(二) (dataset `flood-points`, Point
 * features). `yearEliminated` is a year exactly when the status is `eliminated`, else null.
 * Checked by the data build (rule `property-invalid`); extra properties pass.
 */
export const FloodPointProperties = z
  .object({
    id: featureId,
    name: featureName,
    status: z.enum(FLOOD_POINT_STATUSES),
    yearEliminated: recordYear.nullable(),
    district: districtCode,
    townshipCode,
    townshipName,
    provenance: featureProvenance,
  })
  .refine(...townshipInDistrict)
  .refine((p) => p.status !== 'eliminated' || p.yearEliminated !== null, {
    message: 'is required for an eliminated point',
    path: ['yearEliminated'],
  })
  .refine((p) => p.status === 'eliminated' || p.yearEliminated === null, {
    message: 'must be null unless the point is eliminated',
    path: ['yearEliminated'],
  });
/** {@link FloodPointProperties} as a type. */
export type FloodPointProperties = z.infer<typeof FloodPointProperties>;

/** What the build checks every feature of a `flood-points` dataset against. */
export const floodPointContract: FeatureContract = {
  name: 'flood-point',
  geometry: ['Point'],
  properties: FloodPointProperties,
  tables: ['townships'],
  check: townshipsInList,
};
