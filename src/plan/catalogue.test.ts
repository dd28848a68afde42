import { describe, it, expect } from 'vitest';
import { catalogue } from './catalogue.ts';
import { CatalogueSchema, PlanLinksSchema } from './catalogue-schema.ts';
import { links } from './links.ts';
import { documentText } from './__fixtures__/plan-fixtures.ts';

// The document is normalised to ASCII brackets and commas; accept the full-width forms too so a
// re-copied text with （一） does not break the check for the wrong reason.
function headingForms(numeral: string, title: string): string[] {
  return [`(${numeral})${title}。`, `（${numeral}）${title}。`];
}

/**
 * Figures with a unit of measure. Calendar and ordinal words (年, 月, 日, 号, 次, 届) are not units
 * here, so the document number 〔2025〕17号, dates and 第115次 never match, nor do "3+3", "5+3",
 * "5G" and "6G". Longer units come first so 万人次 is not read as 万人.
 */
const FIGURE =
  /\d+(?:\.\d+)?(?:%|(?:万|亿)?(?:人次|人|套\(间\)|套（间）|套|元\/亩|立方米\/日|立方米|千瓦|吨|个|座|所|户|公里|千米|米|公顷|亩|小时|分钟))/g;

// Matches of FIGURE that are not targets; empty because the unit list above already leaves them out.
const NOT_TARGETS: readonly string[] = [];

describe('the plan catalogue', () => {
  // the app imports both files unchecked; the data build and this test hold them to the schemas
  it('keeps catalogue.json and links.json to their schemas', () => {
    expect(CatalogueSchema.safeParse(catalogue).error?.issues).toBeUndefined();
    expect(PlanLinksSchema.safeParse(links).error?.issues).toBeUndefined();
  });

  it('has the four chapters, each heading verbatim in the document', () => {
    expect(catalogue.chapters.map((c) => c.numeral)).toEqual(['一', '二', '三', '四']);
    for (const chapter of catalogue.chapters) {
      expect(documentText.split('\n')).toContain(`${chapter.numeral}、${chapter.title}`);
    }
  });

  it('has exactly 19 measures: 一(一)–(七), 二(一)–(五), 三(一)–(三), 四(一)–(四)', () => {
    expect(catalogue.measures).toHaveLength(19);
    const perChapter = catalogue.chapters.map(
      (c) => catalogue.measures.filter((m) => m.chapter === c.id).length,
    );
    expect(perChapter).toEqual([7, 5, 3, 4]);
  });

  it('shows each measure title exactly as the document heads it', () => {
    for (const measure of catalogue.measures) {
      const match = /^(.)\((.+)\)$/.exec(measure.label);
      expect(match, measure.label).not.toBeNull();
      const [, chapterNumeral, numeral] = match ?? [];
      expect(chapterNumeral).toBe(
        catalogue.chapters.find((c) => c.id === measure.chapter)?.numeral,
      );
      const forms = headingForms(numeral ?? '', measure.title);
      expect(
        forms.some((form) => documentText.includes(form)),
        `${measure.id}: ${forms[0]}`,
      ).toBe(true);
    }
  });

  it('quotes each measure text verbatim, as the paragraph right after its title', () => {
    const lines = documentText.split('\n');
    for (const measure of catalogue.measures) {
      const numeral = measure.label.slice(2, -1);
      const paragraphs = headingForms(numeral, measure.title).map((h) => h + measure.text);
      expect(
        paragraphs.some((p) => lines.includes(p)),
        measure.id,
      ).toBe(true);
    }
  });

  it('quotes the document preamble and closing verbatim', () => {
    const lines = documentText.split('\n');
    expect(catalogue.document.preamble.startsWith('为贯彻落实')).toBe(true);
    expect(lines).toContain(catalogue.document.preamble);
    expect(catalogue.document.closing.startsWith('贵阳贵安各级各有关部门')).toBe(true);
    expect(lines).toContain(catalogue.document.closing);
    expect(lines).toContain(catalogue.document.title);
    expect(documentText).toContain(catalogue.document.number);
  });

  it('quotes each indicator sentence verbatim from its own measure, containing its figure', () => {
    for (const indicator of catalogue.indicators) {
      expect(documentText, indicator.id).toContain(indicator.sentence);
      expect(indicator.sentence, indicator.id).toContain(indicator.figure);
      const source =
        indicator.measure === null
          ? catalogue.document.preamble
          : catalogue.measures.find((m) => m.id === indicator.measure)?.text;
      expect(source, indicator.id).toContain(indicator.sentence);
    }
  });

  it('turns every figure with a unit in the document into an indicator', () => {
    // Position-based, so the two 100% targets must each be claimed by their own sentence.
    const claimed = catalogue.indicators
      .filter((i) => i.value !== null)
      .map((i) => {
        const start = documentText.indexOf(i.sentence) + i.sentence.indexOf(i.figure);
        return { id: i.id, figure: i.figure, start };
      });
    const found = [...documentText.matchAll(FIGURE)].filter((m) => !NOT_TARGETS.includes(m[0]));
    const unclaimed = found
      .filter((m) => !claimed.some((c) => c.start === m.index && c.figure === m[0]))
      .map((m) => m[0]);
    expect(unclaimed).toEqual([]);
    // and the other way: every numeric indicator is one of the figures found, so the regex is not vacuous
    expect(found.map((m) => m.index).sort()).toEqual(claimed.map((c) => c.start).sort());
  });

  it('states no baseline and no yearly target, since the document gives none', () => {
    for (const indicator of catalogue.indicators) {
      expect(indicator.observations, indicator.id).toEqual([]);
    }
  });

  it('keeps the preamble goal 常住人口城镇化率83%左右 as the one document-level indicator', () => {
    const documentLevel = catalogue.indicators.filter((i) => i.measure === null);
    expect(documentLevel.map((i) => [i.id, i.figure, i.kind])).toEqual([
      ['urbanization-rate', '83%', 'about'],
    ]);
  });

  it('keeps the two 100% targets and the 500/300万元/亩 pair as separate indicators', () => {
    const byFigure = (figure: string) =>
      catalogue.indicators.filter((i) => i.figure === figure).map((i) => i.id);
    expect(byFigure('100%')).toEqual([
      'migrant-children-public-school',
      'waste-harmless-treatment',
    ]);
    expect(byFigure('500万元/亩')).toEqual(['industrial-output-national']);
    expect(byFigure('300万元/亩')).toEqual(['industrial-output-provincial']);
  });
});
