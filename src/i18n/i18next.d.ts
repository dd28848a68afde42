import { type zh } from './zh.ts';

// Typed keys for src/ui/use-map-session.ts, the one file that still imports `useTranslation`
// from react-i18next (bundled as ./use-translation.ts by the alias in vite.config.ts). Goes
// with that import, together with the i18next and react-i18next dev dependencies.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zh };
    returnNull: false;
  }
}
