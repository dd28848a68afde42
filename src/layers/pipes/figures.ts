import { districtName } from '../../model/guiyang-districts.ts';
import type { FigureInput, FigureValue } from '../layer-module.ts';
import { computePipeRenewalFromRows, type PipeKmRow } from './compute-pipe-renewal.ts';
import type { PipeParams } from './params.ts';

const km = (n: number, locale: 'zh' | 'en') =>
  n.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 });

/**
 * 累计建设改造城市地下管网1800公里: kilometres renewed from the first year of the assumed plan
 * period to the slider's year, from the km rows the build summed (types and districts as the
 * layer's filters say). The divisor is the indicator's value in the catalogue.
 */
export function pipeRenewalFigure(input: FigureInput<PipeParams>): FigureValue | null {
  const rows = input.summary as readonly PipeKmRow[] | undefined;
  if (!rows) return null;
  const { params, year, period, indicator } = input;
  const renewal = computePipeRenewalFromRows(rows, {
    year,
    fromYear: period.start,
    ...(params.types ? { types: params.types } : {}),
    ...(params.districts ? { districts: params.districts } : {}),
  });
  const { renewedKm, inProgressKm } = renewal.total;
  const gas = renewal.gas.renewedKm;
  const districts = Object.entries(renewal.byDistrict);
  const max = Math.max(1e-9, ...districts.map(([, d]) => d.renewedKm));
  return {
    text: { zh: `${km(renewedKm, 'zh')} 公里`, en: `${km(renewedKm, 'en')} km` },
    progress: indicator?.value ? renewedKm / indicator.value : null,
    basis: {
      zh: `自 ${renewal.fromYear} 年(假定的规划期起点,文件未写明)至 ${renewal.year} 年已改造管网长度(另有改造中 ${km(inProgressKm, 'zh')} 公里;燃气管道已改造 ${km(gas, 'zh')} 公里)`,
      en: `Pipe renewed from ${renewal.fromYear} (the assumed start of the plan period; the document names none) to ${renewal.year} (plus ${km(inProgressKm, 'en')} km under renewal; gas pipes renewed ${km(gas, 'en')} km)`,
    },
    breakdowns: districts.length
      ? [
          {
            title: { zh: '按区县', en: 'By district' },
            columns: [
              { zh: '区县', en: 'District' },
              { zh: '已改造', en: 'Renewed' },
            ],
            rows: districts.map(([code, d]) => ({
              label: districtName(code),
              values: [{ zh: `${km(d.renewedKm, 'zh')} 公里`, en: `${km(d.renewedKm, 'en')} km` }],
              bar: d.renewedKm / max,
            })),
          },
        ]
      : [],
  };
}
