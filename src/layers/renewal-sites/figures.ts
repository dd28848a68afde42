import type { FeatureCollection, Point } from 'geojson';
import type { FigureSource } from '../figure-parts.ts';
import type { RenewalSiteProperties } from './contract.ts';
import { RENEWAL_KINDS, RENEWAL_STATUSES, type RenewalKind, type RenewalStatus } from './values.ts';
import { byDistrictTable } from '../figure-text.ts';
import type { FigureInput, FigureValue } from '../layer-module.ts';
import { RENEWAL_KIND_LABELS } from './values.ts';

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

/**
 * The 四(一) figure: sites done by the slider's year out of all sites due by then, with the
 * count per district and kind (sample data until the city supplies its lists).
 */
export function renewalFigure(input: FigureInput<unknown>): FigureValue | null {
  const sites = input.collection as FeatureCollection<Point, RenewalSiteProperties> | undefined;
  if (!sites) return null;
  const counts = countRenewalSites(sites, {
    source: { dataset: input.dataset.id, provenance: input.dataset.provenance },
    year: input.year,
  });
  const sum = (tally: RenewalTally, status?: RenewalStatus) =>
    RENEWAL_KINDS.reduce(
      (n, k) =>
        n +
        (status
          ? tally.counts[k][status]
          : RENEWAL_STATUSES.reduce((m, s) => m + tally.counts[k][s], 0)),
      0,
    );
  const done = sum(counts, 'done');
  const due = sum(counts);
  return {
    text: {
      zh: `已完成 ${done} 处 / ${due} 处`,
      en: `${done} of ${due} sites done`,
    },
    progress: due ? done / due : null,
    basis: {
      zh: `至 ${input.year} 年到期的城中村改造、老旧小区改造和社区嵌入式服务设施项目中已完成的数量(不是文件的目标:文件未给出数量)`,
      en: `Urban-village, old-compound and community-services sites due by ${input.year} that are done (the document names no number for these)`,
    },
    breakdowns: [
      byDistrictTable(
        { zh: '按区县(已完成 / 到期)', en: 'By district (done / due)' },
        RENEWAL_KINDS.map((k) => RENEWAL_KIND_LABELS[k]),
        counts.byDistrict.map((d) => ({
          district: d.district,
          values: RENEWAL_KINDS.map((k) => {
            const total = RENEWAL_STATUSES.reduce((m, s) => m + d.counts[k][s], 0);
            return { zh: `${d.counts[k].done} / ${total}`, en: `${d.counts[k].done} / ${total}` };
          }),
          bar: sum(d, 'done'),
        })),
      ),
    ],
  };
}
