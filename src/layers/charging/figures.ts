import type { FeatureCollection, Point } from 'geojson';
import {
  computeTownshipCoverage,
  type TownshipPointProperties,
} from '../../geo/compute-township-coverage.ts';
import { districtName } from '../../model/guiyang-districts.ts';
import type { Township } from '../../model/township.ts';
import type { FigureInput, FigureValue } from '../layer-module.ts';
import type { ChargingParams } from './params.ts';

/**
 * 实现充换电基础设施"乡乡全覆盖": the 乡/镇 of the real list with at least one station opened by
 * the slider's year, the ones still without, and stations opened per year.
 */
export async function townshipCoverageFigure(
  input: FigureInput<ChargingParams>,
): Promise<FigureValue | null> {
  const stations = input.collection as
    FeatureCollection<Point, TownshipPointProperties> | undefined;
  if (!stations) return null;
  const townships = (await input.table('townships')) as readonly Township[];
  const coverage = computeTownshipCoverage(stations, townships, { year: input.year });
  const max = Math.max(1, ...coverage.stationsByYear.map((r) => r.count));
  const n = (value: number) => ({ zh: String(value), en: String(value) });
  return {
    text: {
      zh: `${coverage.covered} / ${coverage.total} 个乡镇`,
      en: `${coverage.covered} of ${coverage.total} townships`,
    },
    progress: coverage.total ? coverage.covered / coverage.total : null,
    basis: {
      zh: `至 ${input.year} 年至少有一座充换电站的乡、镇(不含街道)`,
      en: `乡/镇 (not 街道) with at least one station opened by ${input.year}`,
    },
    shortfall: {
      title: {
        zh: `尚无充换电站的乡镇(${coverage.uncovered.length} 个)`,
        en: `Townships without a station yet (${coverage.uncovered.length})`,
      },
      items: coverage.uncovered.map((t) => ({
        zh: `${t.name} · ${districtName(t.district).zh}`,
        en: `${t.name} · ${districtName(t.district).en}`,
      })),
    },
    breakdowns: [
      {
        title: { zh: '各年新投用站点(样例数据)', en: 'Stations opened per year (sample data)' },
        columns: [
          { zh: '年份', en: 'Year' },
          { zh: '当年新增', en: 'Opened' },
          { zh: '累计', en: 'Total' },
        ],
        rows: coverage.stationsByYear.map((r) => ({
          label: n(r.year),
          values: [n(r.count), n(r.cumulative)],
          bar: r.count / max,
        })),
      },
    ],
  };
}
