import type { Locale } from '../../model/locale.ts';
import type { Palette } from '../../theme/palette.ts';

/** What a feature of the parks layer is; drives its colour, its badge and its legend row. */
export const PARK_KINDS = [
  'development-zone',
  'industrial-park',
  'incubator',
  'culture-tourism',
  'ecology',
] as const;
/** One of {@link PARK_KINDS}. */
export type ParkKind = (typeof PARK_KINDS)[number];

/** The palette token of each kind: one place, read by the style and the legend alike. */
export const PARK_KIND_COLOR: Readonly<Record<ParkKind, keyof Palette>> = {
  'development-zone': 'zone',
  'industrial-park': 'park',
  incubator: 'incubator',
  'culture-tourism': 'culture',
  ecology: 'ecology',
};

/**
 * The one-character badge drawn on a point, so the kind is not told by colour alone. Text, not
 * icons: the map has no sprite, and MapLibre draws text locally with the system's fonts.
 */
export const PARK_KIND_BADGE: Readonly<Record<Locale, Readonly<Record<ParkKind, string>>>> = {
  zh: {
    'development-zone': '区',
    'industrial-park': '园',
    incubator: '孵',
    'culture-tourism': '文',
    ecology: '绿',
  },
  en: {
    'development-zone': 'Z',
    'industrial-park': 'P',
    incubator: 'I',
    'culture-tourism': 'C',
    ecology: 'E',
  },
};
