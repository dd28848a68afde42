import type { FeatureCollection, Point } from 'geojson';
import type { Township, TownshipKind } from '../model/township.ts';

/** What a point feature needs to count for its township: the township's code and a year. */
export interface TownshipPointProperties {
  townshipCode: string;
  /** The year the facility opened (or is planned to open). */
  year: number;
}

/** Options of {@link computeTownshipCoverage}. */
export interface TownshipCoverageOptions {
  /** Only stations opened up to and including this year (default: all). */
  year?: number;
  /** The township kinds that must be covered; default 乡 and 镇, as "乡乡全覆盖" reads. */
  kinds?: readonly TownshipKind[];
}

/** Stations opened in one year, and all opened up to it. */
export interface StationsInYear {
  year: number;
  count: number;
  cumulative: number;
}

/** How far 充换电基础设施"乡乡全覆盖" is met by a station layer. */
export interface TownshipCoverage {
  year: number | null;
  /** Townships of the chosen kinds (72 乡/镇 in Guiyang's real list). */
  total: number;
  /** Of those, townships with at least one station. */
  covered: number;
  /** The others, in code order: where the plan's target is not yet met. */
  uncovered: Township[];
  /** The same per district code, in code order. */
  byDistrict: { district: string; total: number; covered: number }[];
  /** Stations per opening year (all stations counted, up to `year`), in year order. */
  stationsByYear: StationsInYear[];
}

/**
 * Counts the 乡/镇 with at least one charging, swap or hydrogen station, lists the rest and
 * counts stations by year. A station belongs to the township its `townshipCode` names (the
 * township list has no boundaries); codes not in `townships` are ignored. Pure.
 */
export function computeTownshipCoverage(
  stations: FeatureCollection<Point, TownshipPointProperties>,
  townships: readonly Township[],
  options: TownshipCoverageOptions = {},
): TownshipCoverage {
  const kinds = new Set<TownshipKind>(options.kinds ?? ['乡', '镇']);
  const year = options.year ?? null;
  const counted = stations.features
    .map((f) => f.properties)
    .filter((p) => year === null || p.year <= year);
  const withStation = new Set(counted.map((p) => p.townshipCode));
  const targets = townships
    .filter((t) => kinds.has(t.kind))
    .sort((a, b) => a.code.localeCompare(b.code));
  const districts = new Map<string, { district: string; total: number; covered: number }>();
  for (const t of targets) {
    const entry = districts.get(t.district) ?? { district: t.district, total: 0, covered: 0 };
    entry.total++;
    if (withStation.has(t.code)) entry.covered++;
    districts.set(t.district, entry);
  }
  const perYear = new Map<number, number>();
  for (const p of counted) perYear.set(p.year, (perYear.get(p.year) ?? 0) + 1);
  let cumulative = 0;
  const stationsByYear = [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, count]) => ({ year: y, count, cumulative: (cumulative += count) }));
  return {
    year,
    total: targets.length,
    covered: targets.filter((t) => withStation.has(t.code)).length,
    uncovered: targets.filter((t) => !withStation.has(t.code)),
    byDistrict: [...districts.values()].sort((a, b) => a.district.localeCompare(b.district)),
    stationsByYear,
  };
}
