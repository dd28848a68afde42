/**
 * The years the city sample generators (renewal sites, housing projects, water works, flooding
 * points) draw from, in one place. An assumption, not the plan's period: 筑府发〔2025〕17号 says
 * only 拟通过五年的努力 and names no start or end year. The samples run a few years of history
 * before the document (2019) to five years after its date (2030), and pretend to be written at
 * the end of 2025, the year the document is dated: a record up to `asOf` is past (done, in
 * service, eliminated), a later one is planned or under way.
 */
export interface SampleYears {
  /** The first year of a sample record (completion, raising, elimination). */
  first: number;
  /** The last year of a sample record: planned records end here. */
  last: number;
  /** The sample's "now": statuses are as of the end of this year. */
  asOf: number;
}

/** Defaults of {@link SampleYears}: 2019–2030, statuses as of the end of 2025. */
export const SAMPLE_YEARS: SampleYears = { first: 2019, last: 2030, asOf: 2025 };

/**
 * The oldest year a sample water works may have entered service: works run for decades, so
 * their years reach back before {@link SAMPLE_YEARS}.first.
 */
export const SAMPLE_WATER_WORKS_FIRST_YEAR = 1958;

/** Throws unless first ≤ asOf < last, the order every generator relies on. */
export function checkSampleYears(years: SampleYears, generator: string): SampleYears {
  const { first, last, asOf } = years;
  const ok = [first, last, asOf].every(Number.isInteger) && first <= asOf && asOf < last;
  if (!ok)
    throw new Error(`${generator}: years need first ≤ asOf < last, got ${first}/${asOf}/${last}`);
  return years;
}

/** The integers from..to, inclusive (empty when to < from). */
export function yearsFrom(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/**
 * The years the pipe and station generators put renewals, openings and planned works in: the
 * plan period a deployment assumes by default (see `src/model/plan-period.ts`), so the sample
 * network renews within it. Sample data only; the city's files carry their own years.
 */
export const SAMPLE_PLAN_PERIOD = { start: 2025, end: 2030 } as const;
