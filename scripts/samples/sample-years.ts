/**
 * The years the sample generators put renewals, openings and planned works in: the plan
 * period a deployment assumes by default (five years from the document's date, 2025–2030; see
 * `src/model/plan-period.ts`). Sample data only; the city's files carry their own years.
 */
export const SAMPLE_YEARS = { start: 2025, end: 2030 } as const;
