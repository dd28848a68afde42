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
import { RENEWAL_KINDS, RENEWAL_STATUSES } from './values.ts';

/**
 * Properties of one urban-renewal site of measure 四(一) (dataset `renewal-sites`, Point
 * features). The data build checks every feature against it (rule `property-invalid`); extra
 * properties pass, so a city's own attributes survive.
 */
export const RenewalSiteProperties = z
  .object({
    id: featureId,
    name: featureName,
    kind: z.enum(RENEWAL_KINDS),
    status: z.enum(RENEWAL_STATUSES),
    /** The year the works were completed (done) or are due to be completed. */
    year: recordYear,
    district: districtCode,
    townshipCode,
    townshipName,
    /** Households of an old neighbourhood (required there); may be given for other kinds. */
    households: z.int().min(1).max(100_000).nullable().optional(),
    provenance: featureProvenance,
  })
  .refine(...townshipInDistrict)
  .refine((p) => p.kind !== 'old-neighbourhood' || typeof p.households === 'number', {
    message: 'is required for an old neighbourhood',
    path: ['households'],
  });
/** {@link RenewalSiteProperties} as a type. */
export type RenewalSiteProperties = z.infer<typeof RenewalSiteProperties>;

/** What the build checks every feature of a `renewal-sites` dataset against. */
export const renewalSiteContract: FeatureContract = {
  name: 'renewal-site',
  geometry: ['Point'],
  properties: RenewalSiteProperties,
  tables: ['townships'],
  check: townshipsInList,
};
