// Values that features of the thematic datasets may take, as plain lists: the layers, filters
// and controls read them on the app's first load, and the zod schemas of the data build
// (feature-schemas.ts) are made from them. No zod here, so the first load carries none.

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

/** What a feature of the parks layer is; drives its colour, its badge and its legend row. */
export const PARK_KINDS = [
  'development-zone',
  'industrial-park',
  'incubator',
  'culture-tourism',
  'ecology',
] as const;
/** One of {@link PARK_KINDS}. */
export type ParkKind = (typeof PARK_KINDS)[number];
