import type { FeatureCollection, Point } from 'geojson';
import type { FigureSource } from '../figure-parts.ts';
import type { RenewalSiteProperties } from './contract.ts';
import { RENEWAL_KINDS, RENEWAL_STATUSES, type RenewalKind, type RenewalStatus } from './values.ts';

/** Options of {@link countRenewalSites}. */
export interface RenewalCountOptions {
  /** The dataset counted and its provenance, passed through so a sample count says so. */
  source: FigureSource;
  /** Count sites whose (planned) completion year is at most this; default null: all sites. */
  year?: number | null;
}

/** Sites by kind, then status. */
export type RenewalKindStatusCounts = Record<RenewalKind, Record<RenewalStatus, number>>;

/** Counts of one district (or the whole city). */
export interface RenewalTally {
  counts: RenewalKindStatusCounts;
  /** Households of the old neighbourhoods counted, by status. */
  households: Record<RenewalStatus, number>;
}

/** The renewal sites of measure 四(一) counted by kind and status, citywide and per district. */
export interface RenewalCounts extends RenewalTally {
  year: number | null;
  source: FigureSource;
  /** Every district with a site (of any year), in code order; zeros where none is counted. */
  byDistrict: ({ district: string } & RenewalTally)[];
}

const emptyTally = (): RenewalTally => ({
  counts: Object.fromEntries(
    RENEWAL_KINDS.map((k) => [k, Object.fromEntries(RENEWAL_STATUSES.map((s) => [s, 0]))]),
  ) as RenewalKindStatusCounts,
  households: Object.fromEntries(RENEWAL_STATUSES.map((s) => [s, 0])) as Record<
    RenewalStatus,
    number
  >,
});

/**
 * Counts urban-village, old-neighbourhood and community-services sites by kind and status, for
 * the city and each district, among sites due by `year` (completion or planned completion year
 * ≤ year). A site keeps the status its record gives: a planned site due by 2027 counts as
 * planned, not as done. Households are summed for old neighbourhoods. Pure.
 */
export function countRenewalSites(
  sites: FeatureCollection<Point, RenewalSiteProperties>,
  options: RenewalCountOptions,
): RenewalCounts {
  const year = options.year ?? null;
  const city = emptyTally();
  const districts = new Map<string, RenewalTally>();
  for (const { properties: p } of sites.features) {
    const district = districts.get(p.district) ?? emptyTally();
    districts.set(p.district, district);
    if (year !== null && p.year > year) continue;
    for (const tally of [city, district]) {
      tally.counts[p.kind][p.status]++;
      if (p.kind === 'old-neighbourhood') tally.households[p.status] += p.households ?? 0;
    }
  }
  return {
    year,
    source: options.source,
    ...city,
    byDistrict: [...districts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([district, tally]) => ({ district, ...tally })),
  };
}
