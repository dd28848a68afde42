/**
 * The years the plan covers, inclusive. The document (筑府发〔2025〕17号, dated 2025-12-30) says
 * only 拟通过五年的努力 ("through five years of effort") and names no end year, so the period
 * runs five years from the year of issue: 2025 + 5 → 2030. Sample generators draw renewal and
 * planning years from it, and the year slider spans it.
 */
export const PLAN_PERIOD = { start: 2025, end: 2030 } as const;

/** {@link PLAN_PERIOD} as a type. */
export type PlanPeriod = typeof PLAN_PERIOD;
