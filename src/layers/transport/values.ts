import type { LocalizedText } from '../../model/locale.ts';

/** The kinds of corridor measure 三(三) names: 四网融合 (four networks) and the expressways. */
export const TRANSPORT_MODES = [
  'expressway',
  'trunk-rail',
  'intercity-rail',
  'suburban-rail',
  'metro',
  'metro-station',
] as const;
/** One of {@link TRANSPORT_MODES}. */
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/** Where a corridor stands. */
export const TRANSPORT_STATUSES = ['existing', 'under-construction', 'planned'] as const;
/** One of {@link TRANSPORT_STATUSES}. */
export type TransportStatus = (typeof TRANSPORT_STATUSES)[number];

/** Each mode in the document's words. */
export const TRANSPORT_MODE_LABELS: Record<TransportMode, LocalizedText> = {
  expressway: { zh: '高速公路', en: 'Expressway' },
  'trunk-rail': { zh: '干线铁路', en: 'Trunk railway' },
  'intercity-rail': { zh: '城际铁路', en: 'Intercity railway' },
  'suburban-rail': { zh: '市域(郊)铁路', en: 'Suburban railway' },
  metro: { zh: '城市轨道交通', en: 'Urban rail transit' },
  'metro-station': { zh: '轨道交通车站', en: 'Rail transit station' },
};

/** Each status in Chinese and English. */
export const TRANSPORT_STATUS_LABELS: Record<TransportStatus, LocalizedText> = {
  existing: { zh: '已建成', en: 'Open' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  planned: { zh: '规划', en: 'Planned' },
};
