import { type zh } from './zh.ts';

// Typed keys: `t('inspector.functions')` is checked against the Chinese dictionary.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zh };
    returnNull: false;
  }
}
