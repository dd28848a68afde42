import raw from '../../geodata/plan/links.json';
import { PlanLinksSchema, type PlanLink } from './plan-schema.ts';

/** The spatial scope of every measure and indicator, validated at import. */
export const links: readonly PlanLink[] = PlanLinksSchema.parse(raw);
