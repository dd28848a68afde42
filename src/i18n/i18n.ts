import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Locale } from '../layers/layer-def.ts';
import { en } from './en.ts';
import { zh } from './zh.ts';

/**
 * i18next with one dictionary per language, bundled (no requests). React components use
 * `useTranslation()`; the html `lang` attribute follows the language for screen readers.
 */
export function initI18n(locale: Locale) {
  void i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh',
    resources: { zh: { translation: zh }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes; double escaping would show &amp;
    returnNull: false,
  });
  return i18next;
}

/** Switches the interface language and the document's `lang`. */
export function applyLocale(locale: Locale) {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

/** Picks the Chinese or English member of a bilingual text. */
export function pick(text: { zh: string; en: string }, locale: Locale): string {
  return text[locale];
}

/** MapLibre's own control labels, in the interface language. */
export function maplibreLocale(locale: Locale): Record<string, string> {
  const d = locale === 'zh' ? zh : en;
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
