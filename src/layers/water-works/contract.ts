import { z } from 'zod';
import type { FeatureContract } from '../layer-module.ts';
import {
  districtCode,
  featureId,
  featureName,
  featureProvenance,
  recordYear,
} from '../contract-parts.ts';
import { WATER_WORKS_STATUSES } from './values.ts';

/**
 * Properties of one urban water works of measure 四(二) (dataset `water-works`, Point
 * features). Checked by the data build (rule `property-invalid`); extra properties pass.
 */
export const WaterWorksProperties = z.object({
  id: featureId,
  name: featureName,
  /** Design capacity in 万立方米/日 (10 000 m³ a day), the unit of the plan's target. */
  capacity: z.number().positive().max(500),
  status: z.enum(WATER_WORKS_STATUSES),
  /** The year the works entered service, or is due to. */
  year: recordYear,
  district: districtCode,
  provenance: featureProvenance,
});
/** {@link WaterWorksProperties} as a type. */
export type WaterWorksProperties = z.infer<typeof WaterWorksProperties>;

/** What the build checks every feature of a `water-works` dataset against. */
export const waterWorksContract: FeatureContract = {
  name: 'water-works',
  geometry: ['Point'],
  properties: WaterWorksProperties,
};
