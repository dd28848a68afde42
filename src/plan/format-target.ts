import { type Indicator, type IndicatorKind } from './plan-schema.ts';
import { type Locale } from '../model/locale.ts';

const KIND_LABELS: Record<IndicatorKind, { zh: string; en: string }> = {
  reach: { zh: '达到', en: 'reach' },
  'at-least': { zh: '不低于', en: 'at least' },
  about: { zh: '左右', en: 'about' },
  'keep-at': { zh: '保持', en: 'keep at' },
  'full-coverage': { zh: '全覆盖', en: 'full coverage' },
};

/** The kind of a target in words (达到, 不低于, 左右, 保持, 全覆盖). */
export function kindLabel(kind: IndicatorKind, locale: Locale): string {
  return KIND_LABELS[kind][locale];
}

/**
 * A target as a reader expects it: `≥ 45万人 · 累计` rather than raw fields. The figure is the
 * document's own text, so the number and unit are never re-typed.
 */
export function formatTarget(indicator: Indicator, locale: Locale): string {
  const symbol: Record<IndicatorKind, string> = {
    reach: '',
    'at-least': '≥ ',
    about: '≈ ',
    'keep-at': '',
    'full-coverage': '',
  };
  const main =
    indicator.kind === 'full-coverage'
      ? `${indicator.figure}`
      : indicator.kind === 'keep-at'
        ? `${kindLabel('keep-at', locale)} ${indicator.figure}`
        : `${symbol[indicator.kind]}${indicator.figure}`;
  const cumulative = indicator.cumulative ? (locale === 'zh' ? ' · 累计' : ' · cumulative') : '';
  return `${main}${cumulative}`;
}
