import { type LocalizedText } from '../../model/locale.ts';

// Values a housing project may take, as plain lists (no zod), for the app and the contract.

/**
 * The kinds of 保障性住房 (affordable housing) of measure 一(五), in the national terms:
 * 公租房 (public rental housing), 保障性租赁住房 (affordable rental housing, the document's
 * 保租房) and 配售型保障性住房 (affordable housing for sale, the national scheme since 2023).
 */
export const HOUSING_KINDS = ['公租房', '保障性租赁住房', '配售型保障性住房'] as const;
/** One of {@link HOUSING_KINDS}. */
export type HousingKind = (typeof HOUSING_KINDS)[number];

/**
 * Where a project stands. `year` is the year its units are raised (筹建: started, bought or
 * converted); only `planned` projects have a year still to come. 累计筹建 counts `under-way`
 * and `done` projects.
 */
export const HOUSING_STATUSES = ['planned', 'under-way', 'done'] as const;
/** One of {@link HOUSING_STATUSES}. */
export type HousingStatus = (typeof HOUSING_STATUSES)[number];

/** Each kind in Chinese and English. */
export const HOUSING_KIND_LABELS: Record<HousingKind, LocalizedText> = {
  公租房: { zh: '公租房', en: 'Public rental housing' },
  保障性租赁住房: { zh: '保障性租赁住房', en: 'Affordable rental housing' },
  配售型保障性住房: { zh: '配售型保障性住房', en: 'Affordable housing for sale' },
};

/** Each status in Chinese and English. */
export const HOUSING_STATUS_LABELS: Record<HousingStatus, LocalizedText> = {
  planned: { zh: '计划筹建', en: 'Planned' },
  'under-way': { zh: '已筹建(在建)', en: 'Raised, under way' },
  done: { zh: '已建成', en: 'Completed' },
};
