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
