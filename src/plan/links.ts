import raw from '../../geodata/plan/links.json';
import type { PlanLink } from './plan-schema.ts';

/**
 * The spatial scope of every measure and indicator. Checked against `PlanLinksSchema` by the
 * data build (scripts/data/validate-built-plan-links.ts) and the unit tests.
 */
export const links = raw as readonly PlanLink[];
