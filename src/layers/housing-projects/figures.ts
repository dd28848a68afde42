import type { FeatureCollection, Point } from 'geojson';
import {
  roundTo,
  scaleTarget,
  type FigureSource,
  type IndicatorTarget,
  type ScaledTarget,
} from '../figure-parts.ts';
import type { HousingProjectProperties } from './contract.ts';
import { HOUSING_KINDS, type HousingKind } from './values.ts';
import { quantityText } from '../figure-text.ts';
import type { FigureInput, FigureValue } from '../layer-module.ts';
import { HOUSING_KIND_LABELS } from './values.ts';

/** The unit projects count in; the catalogue's target may be in 万 of it. */
export const HOUSING_UNIT = '套(间)';

/** Options of {@link computeHousingProgress}. */
export interface HousingProgressOptions {
  /** The dataset counted and its provenance, passed through so a sample figure says so. */
  source: FigureSource;
  /** The figures up to and including this year; default: the last year of any project. */
  year?: number;
}

/** Units of one year, and all up to it. */
export interface HousingYear {
  year: number;
  /** Units raised (筹建) this year: projects under way or done. */
  raised: number;
  /** Units planned to be raised this year. */
  planned: number;
  cumulativeRaised: number;
  /** Raised and planned together: where the recorded pipeline would reach. */
  cumulativeWithPlanned: number;
}

/** 累计筹建保障性住房 (measure 一(五)) as a housing layer shows it, against the plan's target. */
export interface HousingProgress {
  source: FigureSource;
  /** The catalogue's target, and in 套(间). */
  target: ScaledTarget;
  /** The year the figures are for; null when there are no projects. */
  year: number | null;
  /** Units raised (under way or done) up to `year`. */
  raised: number;
  /** Units planned up to `year`, not yet raised. */
  planned: number;
  /** raised ÷ target, 0–1 or more, to four decimals. */
  share: number;
  /** Raised units up to `year` by kind. */
  raisedByKind: Record<HousingKind, number>;
  /** Every year with a project up to `year`, in order. */
  byYear: HousingYear[];
}

/**
 * Cumulative units of affordable housing raised by year, against the target of 累计筹建保障性住房
 * (catalogue indicator `affordable-housing`, passed in: 16 with unit 万套(间) today). A project
 * counts in the year its units are raised; `under-way` and `done` count as raised, `planned`
 * apart. 套 and 间 are counted together, as the document counts its target. Pure.
 */
export function computeHousingProgress(
  projects: FeatureCollection<Point, HousingProjectProperties>,
  target: IndicatorTarget,
  options: HousingProgressOptions,
): HousingProgress {
  const scaled = scaleTarget(target, HOUSING_UNIT);
  const all = projects.features.map((f) => f.properties);
  const year = options.year ?? (all.length ? Math.max(...all.map((p) => p.year)) : null);
  const counted = all.filter((p) => year !== null && p.year <= year);
  const perYear = new Map<number, { raised: number; planned: number }>();
  const raisedByKind = Object.fromEntries(HOUSING_KINDS.map((k) => [k, 0])) as Record<
    HousingKind,
    number
  >;
  for (const p of counted) {
    const entry = perYear.get(p.year) ?? { raised: 0, planned: 0 };
    perYear.set(p.year, entry);
    if (p.status === 'planned') entry.planned += p.units;
    else {
      entry.raised += p.units;
      raisedByKind[p.kind] += p.units;
    }
  }
  let [cumulativeRaised, cumulativeWithPlanned] = [0, 0];
  const byYear = [...perYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, { raised, planned }]) => ({
      year: y,
      raised,
      planned,
      cumulativeRaised: (cumulativeRaised += raised),
      cumulativeWithPlanned: (cumulativeWithPlanned += raised + planned),
    }));
  return {
    source: options.source,
    target: scaled,
    year,
    raised: cumulativeRaised,
    planned: cumulativeWithPlanned - cumulativeRaised,
    share: roundTo(cumulativeRaised / scaled.inBaseUnit, 4),
    raisedByKind,
    byYear,
  };
}

/** 累计筹建保障性住房16万套(间): units raised by the slider's year, against the catalogue's target. */
export function housingFigure(input: FigureInput<unknown>): FigureValue | null {
  const projects = input.collection as
    FeatureCollection<Point, HousingProjectProperties> | undefined;
  if (!projects || !input.indicator) return null;
  const progress = computeHousingProgress(projects, input.indicator, {
    source: { dataset: input.dataset.id, provenance: input.dataset.provenance },
    year: input.year,
  });
  const units = (n: number) => quantityText(n, { zh: '套(间)', en: 'units' }, 0);
  const max = Math.max(1, ...progress.byYear.map((y) => y.raised));
  return {
    text: units(progress.raised),
    progress: progress.share,
    basis: {
      zh: `至 ${input.year} 年累计筹建(在建和建成)的套数,对照 ${input.indicator.figure};另有计划筹建 ${progress.planned.toLocaleString('zh-CN')} 套(间)`,
      en: `Units raised (under way or completed) by ${input.year}, against ${input.indicator.figure}; ${progress.planned.toLocaleString('en')} more planned`,
    },
    breakdowns: [
      {
        title: { zh: '各年筹建', en: 'Units raised per year' },
        columns: [
          { zh: '年份', en: 'Year' },
          { zh: '当年筹建', en: 'Raised' },
          { zh: '累计', en: 'Total' },
        ],
        rows: progress.byYear.map((y) => ({
          label: { zh: String(y.year), en: String(y.year) },
          values: [units(y.raised), units(y.cumulativeRaised)],
          bar: y.raised / max,
        })),
      },
      {
        title: { zh: '按类型', en: 'By kind' },
        columns: [
          { zh: '类型', en: 'Kind' },
          { zh: '已筹建', en: 'Raised' },
        ],
        rows: HOUSING_KINDS.map((k) => ({
          label: HOUSING_KIND_LABELS[k],
          values: [units(progress.raisedByKind[k])],
        })),
      },
    ],
  };
}
