// The two interface languages and text in both: the vocabulary every part of the product
// shares (layers declare their titles in it, pure modules and the import worker produce it,
// components pick the member for the current locale).

/** The interface language; Chinese is the default. */
export type Locale = 'zh' | 'en';

/** Text shown to users, in Chinese (default) and English. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** The member of a text for a locale. */
export function pick(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/** The list separator of a locale: 、 between Chinese items, a comma between English ones. */
export function listSeparator(locale: Locale): string {
  return locale === 'zh' ? '、' : ', ';
}
