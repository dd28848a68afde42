import { type LocalizedText } from '../../model/locale.ts';

// Values a flooding point may take, as plain lists (no zod), for the app and the contract.

/**
 * Where a 城市易涝积水点 (urban point prone to waterlogging) of measure 四(二) stands: still
 * there, being dealt with, or eliminated (消除) in `yearEliminated`.
 */
export const FLOOD_POINT_STATUSES = ['remaining', 'in-progress', 'eliminated'] as const;
/** One of {@link FLOOD_POINT_STATUSES}. */
export type FloodPointStatus = (typeof FLOOD_POINT_STATUSES)[number];

/** Each status in Chinese and English. */
export const FLOOD_POINT_STATUS_LABELS: Record<FloodPointStatus, LocalizedText> = {
  remaining: { zh: '未整治', en: 'Remaining' },
  'in-progress': { zh: '整治中', en: 'Being dealt with' },
  eliminated: { zh: '已消除', en: 'Eliminated' },
};
