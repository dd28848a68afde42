import type { FeatureCollection, Point } from 'geojson';
import {
  roundTo,
  scaleTarget,
  type FigureSource,
  type IndicatorTarget,
  type ScaledTarget,
} from '../figure-parts.ts';
import type { WaterWorksProperties } from './contract.ts';
import { WATER_CAPACITY_UNIT } from './values.ts';
import { byDistrictTable, numberText, quantityText } from '../figure-text.ts';
import type { FigureInput, FigureValue } from '../layer-module.ts';

/** Options of {@link computeWaterCapacity}. */
export interface WaterCapacityOptions {
  /** The dataset summed and its provenance, passed through so a sample figure says so. */
  source: FigureSource;
  /** The figures up to and including this year; default: the last year of any works. */
  year?: number;
}

/** Capacity that entered service in one year, and all up to it (万立方米/日). */
export interface WaterCapacityYear {
  year: number;
  /** Works in service that entered service this year. */
  added: number;
  /** Works under construction or planned, due this year. */
  due: number;
  cumulativeInService: number;
  /** In service and due together: where the recorded works would reach. */
  cumulativeWithDue: number;
}

/** 城市供水厂供水能力 (measure 四(二)) as a water-works layer shows it, against the target. */
export interface WaterCapacity {
  source: FigureSource;
  /** The catalogue's target (229.5 万立方米/日 today). */
  target: ScaledTarget;
  year: number | null;
  /** Capacity of works in service that entered service by `year`. */
  inService: number;
  /** Capacity of works under construction or planned, due by `year`. */
  due: number;
  /** inService ÷ target, to four decimals. */
  share: number;
  /** Every district with a works, in code order. */
  byDistrict: { district: string; inService: number; due: number }[];
  /** Every year with a works up to `year`, in order. */
  byYear: WaterCapacityYear[];
}

/**
 * The capacity of the urban water works in service by a year (万立方米/日), against the target
 * of 城市供水厂供水能力 (catalogue indicator `water-supply-capacity`, passed in). Works under
 * construction or planned are summed apart, as `due`, when their year has come. Pure.
 */
export function computeWaterCapacity(
  works: FeatureCollection<Point, WaterWorksProperties>,
  target: IndicatorTarget,
  options: WaterCapacityOptions,
): WaterCapacity {
  const scaled = scaleTarget(target, WATER_CAPACITY_UNIT);
  const all = works.features.map((f) => f.properties);
  const year = options.year ?? (all.length ? Math.max(...all.map((p) => p.year)) : null);
  const perYear = new Map<number, { added: number; due: number }>();
  const districts = new Map<string, { district: string; inService: number; due: number }>();
  for (const p of all) {
    const district = districts.get(p.district) ?? { district: p.district, inService: 0, due: 0 };
    districts.set(p.district, district);
    if (year === null || p.year > year) continue;
    const entry = perYear.get(p.year) ?? { added: 0, due: 0 };
    perYear.set(p.year, entry);
    const key = p.status === 'in-service' ? 'added' : 'due';
    entry[key] += p.capacity;
    district[key === 'added' ? 'inService' : 'due'] += p.capacity;
  }
  let [inService, withDue] = [0, 0];
  const byYear = [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, { added, due }]) => ({
      year: y,
      added: roundTo(added, 2),
      due: roundTo(due, 2),
      cumulativeInService: roundTo((inService += added), 2),
      cumulativeWithDue: roundTo((withDue += added + due), 2),
    }));
  return {
    source: options.source,
    target: scaled,
    year,
    inService: roundTo(inService, 2),
    due: roundTo(withDue - inService, 2),
    share: roundTo(inService / scaled.inBaseUnit, 4),
    byDistrict: [...districts.values()]
      .sort((a, b) => a.district.localeCompare(b.district))
      .map((d) => ({ ...d, inService: roundTo(d.inService, 2), due: roundTo(d.due, 2) })),
    byYear,
  };
}

/** 城市供水厂供水能力提升到229.5万立方米/日: capacity in service by the slider's year. */
export function waterCapacityFigure(input: FigureInput<unknown>): FigureValue | null {
  const works = input.collection as FeatureCollection<Point, WaterWorksProperties> | undefined;
  if (!works || !input.indicator) return null;
  const capacity = computeWaterCapacity(works, input.indicator, {
    source: { dataset: input.dataset.id, provenance: input.dataset.provenance },
    year: input.year,
  });
  // 1 万立方米 = 10 000 m³: English readers get the figure in thousand m³.
  const volume = (n: number) =>
    quantityText(
      n,
      { zh: '万立方米/日', en: '' },
      1,
      (v) => `${numberText(v * 10, 0).en} thousand m³/day`,
    );
  return {
    text: volume(capacity.inService),
    progress: capacity.share,
    basis: {
      zh: `至 ${input.year} 年运行的供水厂设计能力之和,对照 ${input.indicator.figure};另有在建、规划 ${numberText(capacity.due).zh} 万立方米/日`,
      en: `Design capacity of the works in service by ${input.year}, against ${input.indicator.figure}; ${numberText(capacity.due * 10, 0).en} thousand m³/day more under construction or planned`,
    },
    breakdowns: [
      byDistrictTable(
        { zh: '按区县', en: 'By district' },
        [{ zh: '运行', en: 'In service' }],
        capacity.byDistrict.map((d) => ({
          district: d.district,
          values: [volume(d.inService)],
          bar: d.inService,
        })),
      ),
    ],
  };
}
