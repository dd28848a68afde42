import { type Dictionary } from './dictionary.ts';
import { zh } from './zh.ts';
import { type Locale } from '../model/locale.ts';

// The interface's translations: one dictionary per language, `{{name}}` placeholders, Chinese as
// the fallback. All the product used of i18next + react-i18next, in a few lines instead of
// ~18 KB gzip of the embed's first load (measured with the bundle report). Chinese, the
// default, is bundled; English is its own chunk, fetched before the interface switches to it.

/** Every key of the dictionaries, dotted: `'map.resetView'`, `'provenance.sample'`. */
export type MessageKey = KeysOf<Dictionary>;
type KeysOf<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : KeysOf<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Placeholder values; `defaultValue` is the text shown when a key is missing. */
export type MessageValues = Record<string, unknown> & { defaultValue?: string };

/** Translates a key in the current language. */
export type Translate = <K extends MessageKey>(key: K, values?: MessageValues) => string;

const LOADERS: Record<Locale, () => Promise<Dictionary>> = {
  zh: () => Promise.resolve(zh),
  en: () => import('./en.ts').then((m) => m.en),
};
const dictionaries: Partial<Record<Locale, Dictionary>> = { zh };
let current: Locale = 'zh';
let wanted: Locale = 'zh';
const listeners = new Set<() => void>();

/**
 * Fetches a language's dictionary unless it is here already. Whatever switches the language
 * (the first URL, the language button, the embed's host) awaits this first, so the interface
 * and MapLibre's controls change language together.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  dictionaries[locale] ??= await LOADERS[locale]();
}

function lookup(dictionary: Dictionary, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** The text of `key` in `locale` (else Chinese, else `defaultValue`, else the key itself). */
export function translate(locale: Locale, key: string, values?: MessageValues): string {
  const text =
    lookup(dictionaries[locale] ?? zh, key) ?? lookup(zh, key) ?? values?.defaultValue ?? key;
  if (!values) return text;
  // Values are inserted as text; React escapes them where they reach the page.
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) =>
    values[name] === undefined || values[name] === null ? '' : String(values[name]),
  );
}

/** The interface language now. */
export function currentLocale(): Locale {
  return current;
}

/** Calls `listener` whenever the interface language changes; returns the unsubscribe. */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * Sets the first interface language (its dictionary loaded: {@link loadLocale}); `t` translates
 * outside React (loading and error text).
 */
export function initI18n(locale: Locale): { t: Translate } {
  current = wanted = locale;
  return { t: (key, values) => translate(current, key, values) };
}

/**
 * Switches the interface language and the document's `lang`. A dictionary not loaded yet is
 * fetched first (the switch then follows, unless another one came in between).
 */
export function applyLocale(locale: Locale) {
  wanted = locale;
  if (!dictionaries[locale]) {
    loadLocale(locale).then(() => wanted === locale && applyLocale(locale), console.error);
    return;
  }
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  if (current === locale) return;
  current = locale;
  for (const listener of listeners) listener();
}

/** MapLibre's own control labels, in the interface language. */
export function maplibreLocale(locale: Locale): Record<string, string> {
  const d = dictionaries[locale] ?? zh;
  return {
    'NavigationControl.ZoomIn': d.map.zoomIn,
    'NavigationControl.ZoomOut': d.map.zoomOut,
    'NavigationControl.ResetBearing': d.map.resetBearing,
    'Map.Title': d.map.label,
    'CooperativeGesturesHandler.WindowsHelpText': d.map.cooperativeWindows,
    'CooperativeGesturesHandler.MacHelpText': d.map.cooperativeMac,
    'CooperativeGesturesHandler.MobileHelpText': d.map.cooperativeMobile,
    'ScaleControl.Meters': d.map.meters,
    'ScaleControl.Kilometers': d.map.kilometers,
  };
}
