/**
 * The years a deployment takes the plan to cover, inclusive. The document (筑府发〔2025〕17号,
 * dated 2025-12-30) says only 拟通过五年的努力 and names no start or end year, so any period is
 * an assumption: it is a deployment setting (`planPeriod` in site-config.json), and the
 * interface says "assumed" wherever it uses it.
 */
export interface PlanPeriod {
  start: number;
  end: number;
}

/**
 * The period assumed when a deployment sets none: five years counted from the year of the
 * document's date, 2025 + 5 → 2030. An assumption, not the document's: the provincial scheme
 * it implements is dated 2024—2028, and a deployment may choose either reading.
 */
export const DEFAULT_PLAN_PERIOD: PlanPeriod = { start: 2025, end: 2030 };

/** Years a record may carry: from the first modern water works to two decades past the plan. */
export const RECORD_YEARS = { min: 1900, max: 2050 } as const;
