import type { PipeRenewal } from '../geo/compute-pipe-renewal.ts';
import type { TownshipCoverage } from '../geo/compute-township-coverage.ts';
import { type LocalizedText } from '../layers/dataset-meta.ts';

/** Figures the app has computed from its layers (present once the layer's data is loaded). */
export interface ComputedFigures {
  pipes?: PipeRenewal | undefined;
  townships?: TownshipCoverage | undefined;
}

/** A value computed from map data for an indicator, with where it comes from. */
export interface ComputedValue {
  /** The figure in words, e.g. "312.4 公里" or "48 / 72 个乡镇". */
  text: LocalizedText;
  /** Progress towards the target, 0–1, when the target is a number the figure compares to. */
  progress: number | null;
  /** The layer it was computed from; its dataset's provenance says whether it is sample data. */
  layer: string;
  /** What exactly was counted. */
  basis: LocalizedText;
}

const km = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 1 });

/**
 * The value computed from map data for an indicator, where one can be computed (only the pipe
 * network and the charging layer measure targets of the plan), else null.
 */
export function computedValueOf(
  indicatorId: string,
  figures: ComputedFigures,
): ComputedValue | null {
  const { pipes, townships } = figures;
  if (indicatorId === 'pipe-network-km' && pipes) {
    return {
      text: { zh: `${km(pipes.total.renewedKm)} 公里`, en: `${km(pipes.total.renewedKm)} km` },
      progress: pipes.total.renewedKm / 1800,
      layer: 'pipes',
      basis: {
        zh: `${pipes.fromYear}–${pipes.year} 年已改造管网长度(另有改造中 ${km(pipes.total.inProgressKm)} 公里;燃气管道已改造 ${km(pipes.gas.renewedKm)} 公里)`,
        en: `Pipe renewed ${pipes.fromYear}–${pipes.year} (plus ${km(pipes.total.inProgressKm)} km under renewal; gas pipes renewed ${km(pipes.gas.renewedKm)} km)`,
      },
    };
  }
  if (indicatorId === 'ev-charging-township-coverage' && townships) {
    return {
      text: {
        zh: `${townships.covered} / ${townships.total} 个乡镇`,
        en: `${townships.covered} of ${townships.total} townships`,
      },
      progress: townships.total ? townships.covered / townships.total : null,
      layer: 'charging',
      basis: {
        zh: `至 ${townships.year ?? '今'} 年至少有一座充换电站的乡、镇(不含街道)`,
        en: `乡/镇 (not 街道) with at least one station opened by ${townships.year ?? 'now'}`,
      },
    };
  }
  return null;
}

/** The indicators a figure can be computed for, and the layer each needs. */
export const COMPUTABLE_INDICATORS: Readonly<Record<string, string>> = {
  'pipe-network-km': 'pipes',
  'ev-charging-township-coverage': 'charging',
};
