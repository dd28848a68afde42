import { type LocalizedText } from '../../model/locale.ts';

// Values a renewal site may take, as plain lists (no zod), for the app and the contract alike.

/**
 * What a site of measure 四(一) is: 城中村改造 (an urban village being rebuilt), 老旧小区改造 (an
 * old residential compound being renovated) or a 社区嵌入式服务设施 pilot (community-embedded
 * services, "推进国家社区嵌入式服务设施试点工作").
 */
export const RENEWAL_KINDS = ['urban-village', 'old-neighbourhood', 'embedded-services'] as const;
/** One of {@link RENEWAL_KINDS}. */
export type RenewalKind = (typeof RENEWAL_KINDS)[number];

/** Where a site stands; `year` is its completion year (done) or planned completion year. */
export const RENEWAL_STATUSES = ['planned', 'under-way', 'done'] as const;
/** One of {@link RENEWAL_STATUSES}. */
export type RenewalStatus = (typeof RENEWAL_STATUSES)[number];

/** Each kind in the document's words and in English. */
export const RENEWAL_KIND_LABELS: Record<RenewalKind, LocalizedText> = {
  'urban-village': { zh: '城中村改造', en: 'Urban-village redevelopment' },
  'old-neighbourhood': { zh: '老旧小区改造', en: 'Old residential compound renovation' },
  'embedded-services': { zh: '社区嵌入式服务设施', en: 'Community-embedded services pilot' },
};

/** Each status in Chinese and English. */
export const RENEWAL_STATUS_LABELS: Record<RenewalStatus, LocalizedText> = {
  planned: { zh: '计划', en: 'Planned' },
  'under-way': { zh: '实施中', en: 'Under way' },
  done: { zh: '已完成', en: 'Done' },
};
