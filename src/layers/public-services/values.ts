import { type LocalizedText } from '../../model/locale.ts';

// Values a public-service facility may take, as plain lists (no zod), for app and contract.

/**
 * Schools of measure 一(四): from 普惠性学前教育 (kindergartens) through compulsory education
 * (primary, junior middle and nine-year schools) to 普通高中 and 中等职业教育.
 */
export const SCHOOL_KINDS = [
  'kindergarten',
  'primary-school',
  'middle-school',
  'nine-year-school',
  'high-school',
  'vocational-school',
] as const;
/** One of {@link SCHOOL_KINDS}. */
export type SchoolKind = (typeof SCHOOL_KINDS)[number];

/**
 * Medical facilities of measure 一(二)'s basic public services: hospitals, 乡镇卫生院 (township
 * health centres, in 乡/镇) and 社区卫生服务中心 (community health centres, in 街道).
 */
export const MEDICAL_KINDS = [
  'hospital',
  'township-health-centre',
  'community-health-centre',
] as const;
/** One of {@link MEDICAL_KINDS}. */
export type MedicalKind = (typeof MEDICAL_KINDS)[number];

/** Every facility kind: schools, then medical facilities. */
export const FACILITY_KINDS = [...SCHOOL_KINDS, ...MEDICAL_KINDS] as const;
/** One of {@link FACILITY_KINDS}. */
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** The two services whose township gaps are counted. */
export const SERVICE_CATEGORIES = ['school', 'medical'] as const;
/** One of {@link SERVICE_CATEGORIES}. */
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** The category of a facility kind. */
export function categoryOf(kind: FacilityKind): ServiceCategory {
  return (SCHOOL_KINDS as readonly string[]).includes(kind) ? 'school' : 'medical';
}

/** Medical kinds that always have beds, so a facility of theirs must say how many. */
export const KINDS_WITH_BEDS: readonly MedicalKind[] = ['hospital', 'township-health-centre'];

/**
 * The service distance of each kind (km, straight line), for the coverage surface. A judgement
 * for a city of towns and countryside, not a planning standard: 1 km for what children and
 * patients walk to (kindergarten, primary and nine-year school, community health centre), 3 km
 * for a junior middle school, 5 km for what a whole township or several share (senior high
 * and vocational school, township health centre, hospital).
 */
export const SERVICE_DISTANCE_KM: Record<FacilityKind, number> = {
  kindergarten: 1,
  'primary-school': 1,
  'middle-school': 3,
  'nine-year-school': 1,
  'high-school': 5,
  'vocational-school': 5,
  hospital: 5,
  'township-health-centre': 5,
  'community-health-centre': 1,
};

/** Each kind in Chinese and English. */
export const FACILITY_KIND_LABELS: Record<FacilityKind, LocalizedText> = {
  kindergarten: { zh: '幼儿园', en: 'Kindergarten' },
  'primary-school': { zh: '小学', en: 'Primary school' },
  'middle-school': { zh: '初级中学', en: 'Junior middle school' },
  'nine-year-school': { zh: '九年一贯制学校', en: 'Nine-year school' },
  'high-school': { zh: '普通高中', en: 'Senior high school' },
  'vocational-school': { zh: '中等职业学校', en: 'Secondary vocational school' },
  hospital: { zh: '医院', en: 'Hospital' },
  'township-health-centre': { zh: '乡镇卫生院', en: 'Township health centre' },
  'community-health-centre': { zh: '社区卫生服务中心', en: 'Community health centre' },
};
