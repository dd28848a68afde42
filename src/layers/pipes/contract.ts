import { z } from 'zod';
import { GUIYANG_DISTRICT_CODES } from '../../model/guiyang-districts.ts';
import { RECORD_YEARS } from '../../model/plan-period.ts';
import type { FeatureContract } from '../layer-module.ts';
import { PIPE_MATERIALS, PIPE_STATUSES, PIPE_TYPES } from './values.ts';

/** Properties of one pipe segment (LineString). Extra properties of a city's file pass. */
export const PipeSegmentProperties = z.object({
  id: z.union([z.string().min(1), z.number()]),
  type: z.enum(PIPE_TYPES),
  status: z.enum(PIPE_STATUSES),
  year: z.int().min(RECORD_YEARS.min).max(RECORD_YEARS.max),
  /** Nominal diameter (DN) in mm; for 综合管廊 the inner width of the tunnel section. */
  diameterMm: z.int().min(1).max(10_000),
  material: z.enum(PIPE_MATERIALS),
  district: z.enum(GUIYANG_DISTRICT_CODES),
});
/** {@link PipeSegmentProperties} as a type. */
export type PipeSegmentProperties = z.infer<typeof PipeSegmentProperties>;

/** What the build checks every feature of a pipe dataset against. */
export const pipeContract: FeatureContract = {
  name: 'pipe-segment',
  geometry: ['LineString'],
  properties: PipeSegmentProperties,
};
