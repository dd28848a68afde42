import { type LocalizedText } from '../../model/locale.ts';

// Values a water works may take, as plain lists (no zod), for the app and the contract.

/**
 * Where a 城市供水厂 (urban water works) of measure 四(二) stands; `year` is the year it entered
 * service, or is due to.
 */
export const WATER_WORKS_STATUSES = ['in-service', 'under-construction', 'planned'] as const;
/** One of {@link WATER_WORKS_STATUSES}. */
export type WaterWorksStatus = (typeof WATER_WORKS_STATUSES)[number];

/** The unit of `capacity` and of the plan's target 229.5万立方米/日. */
export const WATER_CAPACITY_UNIT = '万立方米/日';

/** Each status in Chinese and English. */
export const WATER_WORKS_STATUS_LABELS: Record<WaterWorksStatus, LocalizedText> = {
  'in-service': { zh: '运行', en: 'In service' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  planned: { zh: '规划', en: 'Planned' },
};
