import type { FigureBreakdown } from '../model/computed-value.ts';
import { districtName } from '../model/guiyang-districts.ts';
import type { LocalizedText } from '../model/locale.ts';

// Numbers and tables in both languages, for every layer's figures: the same grouping and
// decimals in Chinese and English, and one way to write a table by district.

/** A number as each language writes it (12,345.6), at most `digits` decimals. */
export function numberText(value: number, digits = 1): LocalizedText {
  const format = (locale: string) =>
    value.toLocaleString(locale, { maximumFractionDigits: digits });
  return { zh: format('zh-CN'), en: format('en') };
}

/** A number with its unit, e.g. 145.9 万立方米/日 / 1.459 million m³/day when `en` is given. */
export function quantityText(
  value: number,
  unit: LocalizedText,
  digits = 1,
  en: (value: number) => string = (v) => `${numberText(v, digits).en} ${unit.en}`,
): LocalizedText {
  return { zh: `${numberText(value, digits).zh} ${unit.zh}`, en: en(value) };
}

/** A table with one row per district code, values in order, a bar on the first. */
export function byDistrictTable(
  title: LocalizedText,
  columns: LocalizedText[],
  rows: { district: string; values: LocalizedText[]; bar: number }[],
): FigureBreakdown {
  const max = Math.max(1e-9, ...rows.map((r) => r.bar));
  return {
    title,
    columns: [{ zh: '区县', en: 'District' }, ...columns],
    rows: rows.map((r) => ({
      label: districtName(r.district),
      values: r.values,
      bar: r.bar / max,
    })),
  };
}
