import { z } from 'zod';
import type { FeatureContract } from '../layer-module.ts';
import {
  districtCode,
  featureId,
  featureName,
  featureProvenance,
  townshipCode,
  townshipInDistrict,
  townshipName,
  townshipsInList,
} from '../contract-parts.ts';
import { FACILITY_KINDS, KINDS_WITH_BEDS, categoryOf } from './values.ts';

/**
 * Properties of one school or medical facility of measures 一(二) and 一(四) (dataset
 * `public-services`, Point features). A school says whether it is `public` (公办); a hospital
 * or 乡镇卫生院 says its `beds`, a 社区卫生服务中心 may. Checked by the data build (rule
 * `property-invalid`); extra properties pass.
 */
export const PublicServiceProperties = z
  .object({
    id: featureId,
    name: featureName,
    kind: z.enum(FACILITY_KINDS),
    district: districtCode,
    townshipCode,
    townshipName,
    /** Schools: run by the state (公办, true) or privately (民办, false). */
    public: z.boolean().optional(),
    /** Medical facilities: approved beds; null where it does not apply. */
    beds: z.int().min(0).max(20_000).nullable().optional(),
    provenance: featureProvenance,
  })
  .refine(...townshipInDistrict)
  .refine((p) => categoryOf(p.kind) !== 'school' || typeof p.public === 'boolean', {
    message: 'is required for a school',
    path: ['public'],
  })
  .refine(
    (p) => !(KINDS_WITH_BEDS as readonly string[]).includes(p.kind) || typeof p.beds === 'number',
    { message: 'is required for a hospital or township health centre', path: ['beds'] },
  );
/** {@link PublicServiceProperties} as a type. */
export type PublicServiceProperties = z.infer<typeof PublicServiceProperties>;

/** What the build checks every feature of a `public-services` dataset against. */
export const publicServiceContract: FeatureContract = {
  name: 'public-service',
  geometry: ['Point'],
  properties: PublicServiceProperties,
  tables: ['townships'],
  check: townshipsInList,
};
