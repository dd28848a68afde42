/**
 * A message in both interface languages. Pure modules (and the import worker, which has no
 * i18next) produce these; components pick the member for the current locale.
 */
export interface BilingualText {
  zh: string;
  en: string;
}
