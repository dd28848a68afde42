import type { LocalizedText } from '../../model/locale.ts';
import type { Palette } from '../../theme/palette.ts';

/** Station types named by measure 四(三): 快充 (charging), 换电 (battery swap), 加氢 (hydrogen). */
export const STATION_TYPES = ['充电站', '换电站', '加氢站'] as const;
/** One of {@link STATION_TYPES}. */
export type StationType = (typeof STATION_TYPES)[number];

/** Station types: token, legend text and the one-character badge drawn on the symbol. */
export const STATION_STYLE: Record<
  StationType,
  { token: keyof Palette; label: LocalizedText; badge: LocalizedText }
> = {
  充电站: {
    token: 'chargeStation',
    label: { zh: '充电站', en: 'Charging station' },
    badge: { zh: '充', en: 'C' },
  },
  换电站: {
    token: 'swapStation',
    label: { zh: '换电站', en: 'Battery-swap station' },
    badge: { zh: '换', en: 'S' },
  },
  加氢站: {
    token: 'hydrogenStation',
    label: { zh: '加氢站', en: 'Hydrogen station' },
    badge: { zh: '氢', en: 'H' },
  },
};

/** Service distances offered for the coverage surface (km). */
export const SERVICE_DISTANCES = [1, 3, 5] as const;
/** One of {@link SERVICE_DISTANCES}. */
export type ServiceDistance = (typeof SERVICE_DISTANCES)[number];
