import { type PlanLink } from './plan-schema.ts';

/** A reference to one measure ("3-1") or one indicator ("pipe-network-km"). */
export type PlanItemRef = { type: 'measure'; id: string } | { type: 'indicator'; id: string };

/** What a link record is about; the schema guarantees exactly one of `measure`, `indicator`. */
export function planItemOfLink(link: PlanLink): PlanItemRef {
  if (link.measure !== undefined) return { type: 'measure', id: link.measure };
  // the schema refine rules out a record with neither, so this is the indicator branch
  return { type: 'indicator', id: link.indicator ?? '' };
}
