import { type Indicator, type IndicatorKind } from './plan-schema.ts';
import { type Locale } from '../model/locale.ts';

const KIND_LABELS: Record<IndicatorKind, { zh: string; en: string }> = {
  reach: { zh: '达到', en: 'reach' },
  'at-least': { zh: '不低于', en: 'at least' },
  about: { zh: '左右', en: 'about' },
  'keep-at': { zh: '保持', en: 'keep at' },
  'full-coverage': { zh: '全覆盖', en: 'full coverage' },
  qualitative: { zh: '定性目标', en: 'qualitative target' },
};

/** The kind of a target in words (达到, 不低于, 左右, 保持, 全覆盖, 定性目标). */
export function kindLabel(kind: IndicatorKind, locale: Locale): string {
  return KIND_LABELS[kind][locale];
}

/**
 * A target as the document words it: 稳定在20%左右 stays 稳定在20%左右, never "保持 20%". In English
 * a short gist, which the interface marks as an unofficial translation. A full-coverage target
 * with a known denominator says what "all" is (乡乡全覆盖: all 72 乡/镇, 100 %).
 */
export function formatTarget(indicator: Indicator, locale: Locale): string {
  const words = locale === 'zh' ? indicator.target : indicator.targetEn;
  const all = indicator.denominator;
  const denominator = all
    ? locale === 'zh'
      ? `(全部 ${all.count} 个${all.of.zh},100%)`
      : ` (all ${all.count} ${all.of.en}, 100 %)`
    : '';
  return `${words}${denominator}`;
}

/** The catalogue's units in English, written out (万 is ten thousand: the figures stay as the document gives them). */
const UNITS_EN: Readonly<Record<string, string>> = {
  '%': '%',
  万个: '×10,000 (units)',
  万人: '×10,000 people',
  万人次: '×10,000 person-times',
  '万元/亩': '×10,000 yuan per mu (1 mu ≈ 667 m²)',
  '万套(间)': '×10,000 homes (flats or rooms)',
  '万立方米/日': '×10,000 m³ per day',
  公里: 'km',
  小时: 'hours',
};

/** A target's unit in the interface language (万人 → ×10,000 people); unknown units stay as they are. */
export function unitLabel(unit: string, locale: Locale): string {
  return locale === 'en' ? (UNITS_EN[unit] ?? unit) : unit;
}
