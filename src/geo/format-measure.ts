import { type Locale } from '../model/locale.ts';

/** 1 亩 = 1/15 公顷 = 10 000/15 m² ≈ 666.667 m² (the municipal unit of the plan's targets). */
export const SQUARE_METRES_PER_MU = 10_000 / 15;
/** 1 公顷 (hectare) = 10 000 m². */
export const SQUARE_METRES_PER_HECTARE = 10_000;

const UNITS = {
  zh: { m: '米', km: '公里', m2: '平方米', km2: '平方公里', ha: '公顷', mu: '亩', sep: ' · ' },
  en: { m: 'm', km: 'km', m2: 'm²', km2: 'km²', ha: 'ha', mu: 'mu', sep: ' · ' },
} as const;

const number = (value: number, locale: Locale, digits: number) =>
  new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);

/** Significant digits that stay honest for a measurement drawn by hand on a map. */
const digitsFor = (value: number) => (value >= 100 ? 0 : value >= 10 ? 1 : 2);

/** A length in metres below 1 km, else in kilometres: `856 米`, `12.35 公里`, `12.35 km`. */
export function formatLength(metres: number, locale: Locale): string {
  const u = UNITS[locale];
  if (metres < 1000) return `${number(metres, locale, digitsFor(metres))} ${u.m}`;
  const km = metres / 1000;
  return `${number(km, locale, km >= 100 ? 1 : 2)} ${u.km}`;
}

/** An area in the three units planners use, each formatted, and all three as one line. */
export interface FormattedArea {
  /** m² below 1 km², else km². */
  metric: string;
  hectares: string;
  mu: string;
  /** `1,000,000 平方米 · 100 公顷 · 1,500 亩` */
  text: string;
}

/** Formats an area (m²) as m² or km², 公顷 (ha) and 亩 (mu). */
export function formatArea(squareMetres: number, locale: Locale): FormattedArea {
  const u = UNITS[locale];
  const metric =
    squareMetres < 1_000_000
      ? `${number(squareMetres, locale, digitsFor(squareMetres))} ${u.m2}`
      : `${number(squareMetres / 1_000_000, locale, 3)} ${u.km2}`;
  const ha = squareMetres / SQUARE_METRES_PER_HECTARE;
  const mu = squareMetres / SQUARE_METRES_PER_MU;
  const hectares = `${number(ha, locale, digitsFor(ha) + 1)} ${u.ha}`;
  const muText = `${number(mu, locale, digitsFor(mu))} ${u.mu}`;
  return { metric, hectares, mu: muText, text: [metric, hectares, muText].join(u.sep) };
}
