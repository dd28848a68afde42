import type { FeatureCollection, Point } from 'geojson';
import { roundTo, type FigureSource } from '../figure-parts.ts';
import type { FloodPointProperties } from './contract.ts';
import { FLOOD_POINT_STATUSES, type FloodPointStatus } from './values.ts';
import { byDistrictTable } from '../figure-text.ts';
import type { FigureInput, FigureValue } from '../layer-module.ts';

/** Options of {@link computeFloodPointProgress}. */
export interface FloodPointProgressOptions {
  /** The dataset counted and its provenance, passed through so a sample figure says so. */
  source: FigureSource;
  /** Count points eliminated up to and including this year; default null: all eliminated. */
  year?: number | null;
}

/** How far 全面消除城市易涝积水点 (measure 四(二)) is met by a layer of points. */
export interface FloodPointProgress {
  source: FigureSource;
  year: number | null;
  /** Every point of the layer, whatever its status: the target is all of them. */
  total: number;
  /** Points eliminated by `year`. */
  eliminated: number;
  /** total − eliminated: points not (yet) eliminated by `year`. */
  open: number;
  /** eliminated ÷ total, to four decimals; null without points. */
  share: number | null;
  /** True when every point is eliminated by `year` (and there is at least one). */
  met: boolean;
  /** The statuses as recorded, whatever the year. */
  statusNow: Record<FloodPointStatus, number>;
  /** Every district with a point, in code order. */
  byDistrict: { district: string; total: number; eliminated: number }[];
  /** Eliminations per year up to `year`, and all up to each year. */
  byYear: { year: number; count: number; cumulative: number }[];
}

/**
 * Eliminated waterlogging points out of all points by a year. The target 全面消除 (catalogue
 * indicator `waterlogging-points-eliminated`, kind full-coverage, no number) is every point of
 * the layer, so the share's target is 1. A point counts as eliminated in `yearEliminated`. Pure.
 */
export function computeFloodPointProgress(
  points: FeatureCollection<Point, FloodPointProperties>,
  options: FloodPointProgressOptions,
): FloodPointProgress {
  const year = options.year ?? null;
  const statusNow = Object.fromEntries(FLOOD_POINT_STATUSES.map((s) => [s, 0])) as Record<
    FloodPointStatus,
    number
  >;
  const districts = new Map<string, { district: string; total: number; eliminated: number }>();
  const perYear = new Map<number, number>();
  let eliminated = 0;
  for (const { properties: p } of points.features) {
    statusNow[p.status]++;
    const district = districts.get(p.district) ?? { district: p.district, total: 0, eliminated: 0 };
    districts.set(p.district, district);
    district.total++;
    const when = p.status === 'eliminated' ? p.yearEliminated : null;
    if (when === null || (year !== null && when > year)) continue;
    eliminated++;
    district.eliminated++;
    perYear.set(when, (perYear.get(when) ?? 0) + 1);
  }
  const total = points.features.length;
  let cumulative = 0;
  return {
    source: options.source,
    year,
    total,
    eliminated,
    open: total - eliminated,
    share: total ? roundTo(eliminated / total, 4) : null,
    met: total > 0 && eliminated === total,
    statusNow,
    byDistrict: [...districts.values()].sort((a, b) => a.district.localeCompare(b.district)),
    byYear: [...perYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([y, count]) => ({ year: y, count, cumulative: (cumulative += count) })),
  };
}

/** 全面消除城市易涝积水点: points eliminated by the slider's year, of all points of the layer. */
export function floodPointFigure(input: FigureInput<unknown>): FigureValue | null {
  const points = input.collection as FeatureCollection<Point, FloodPointProperties> | undefined;
  if (!points) return null;
  const progress = computeFloodPointProgress(points, {
    source: { dataset: input.dataset.id, provenance: input.dataset.provenance },
    year: input.year,
  });
  return {
    text: {
      zh: `已消除 ${progress.eliminated} 处 / 共 ${progress.total} 处`,
      en: `${progress.eliminated} of ${progress.total} points eliminated`,
    },
    progress: progress.share,
    basis: {
      zh: `至 ${input.year} 年已消除的易涝积水点;目标“全面消除”即全部 ${progress.total} 处`,
      en: `Waterlogging points eliminated by ${input.year}; the target 全面消除 (eliminate all) means all ${progress.total}`,
    },
    breakdowns: [
      byDistrictTable(
        { zh: '按区县(已消除 / 总数)', en: 'By district (eliminated / all)' },
        [{ zh: '已消除', en: 'Eliminated' }],
        progress.byDistrict.map((d) => ({
          district: d.district,
          values: [{ zh: `${d.eliminated} / ${d.total}`, en: `${d.eliminated} / ${d.total}` }],
          bar: d.eliminated,
        })),
      ),
    ],
  };
}
