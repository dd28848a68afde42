import { z } from 'zod';
import { GUIYANG_DISTRICT_CODES } from '../../model/guiyang-districts.ts';
import { PROVENANCES } from '../../model/manifest.ts';
import type { FeatureContract } from '../layer-module.ts';
import { PARK_KINDS } from './values.ts';

/**
 * Properties of one feature of `geodata/parks.geojson`. Extra properties pass, so a city's own
 * attributes survive a replacement file.
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

/** What the build checks every zone, park and place against. */
export const parksContract: FeatureContract = {
  name: 'park',
  geometry: ['Point', 'Polygon', 'MultiPolygon'],
  properties: ParkProperties,
};
