import { type Catalogue, type Chapter, type Indicator } from './plan-schema.ts';

/** One dashboard group: the document-level goals (`chapter: null`) or one chapter's targets. */
export interface IndicatorGroup {
  /** "document" for the preamble's goals, else the chapter id. */
  key: string;
  chapter: Chapter | null;
  indicators: Indicator[];
}

/**
 * Indicators grouped for a dashboard: document-level goals first (the headline, e.g. 城镇化率83%),
 * then each chapter in document order with its targets in catalogue order. Empty groups are left out.
 */
export function indicatorsByChapter(catalogue: Catalogue): IndicatorGroup[] {
  const chapterOfMeasure = new Map(catalogue.measures.map((m) => [m.id, m.chapter]));
  const groups: IndicatorGroup[] = [
    {
      key: 'document',
      chapter: null,
      indicators: catalogue.indicators.filter((i) => i.measure === null),
    },
    ...catalogue.chapters.map((chapter) => ({
      key: chapter.id,
      chapter,
      indicators: catalogue.indicators.filter(
        (i) => i.measure !== null && chapterOfMeasure.get(i.measure) === chapter.id,
      ),
    })),
  ];
  return groups.filter((g) => g.indicators.length > 0);
}
