import { useMemo, useSyncExternalStore } from 'react';
import { currentLocale, onLocaleChange, translate, type Translate } from './i18n.ts';

/**
 * The translate function for the current interface language; the component renders again
 * (and `t` changes identity) when the language changes. Same call shape as react-i18next's.
 */
export function useTranslation(): { t: Translate } {
  const locale = useSyncExternalStore(onLocaleChange, currentLocale, currentLocale);
  return useMemo(() => ({ t: (key, values) => translate(locale, key, values) }), [locale]);
}
