import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';
import { PlanLinksSchema } from './catalogue-schema.ts';
import { links } from './links.ts';
import { figuresMissing, placesMissing } from './__fixtures__/plan-fixtures.ts';

// Where the interface quotes the document, the Chinese stays and a short English gist sits
// beside it, an unofficial translation: it keeps every place, figure and named project of the
// Chinese and adds no sentence the Chinese does not have.

/** The sentences of an English text (a full stop, ? or ! followed by a space or the end). */
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((s) => s !== '').length;

/** No Chinese sentence inside an English gist: Chinese words only as quoted names, in brackets. */
const CHINESE_RUN = /[\u4e00-\u9fff，。；：]{12,}/;

describe('the English gists of the plan', () => {
  it('gives the preamble and the closing a gist, with the goal of about 83%', () => {
    const { preamble, preambleEn, closing, closingEn } = catalogue.document;
    for (const [zh, en] of [
      [preamble, preambleEn],
      [closing, closingEn],
    ] as const) {
      expect(figuresMissing(zh, en)).toEqual([]);
      expect(placesMissing(zh, en)).toEqual([]);
      expect(en).toMatch(/\.$/);
    }
    expect(preambleEn).toContain('about 83%');
  });

  it('gives every measure a gist of three to six sentences, keeping its places and figures', () => {
    expect(catalogue.measures).toHaveLength(19);
    for (const m of catalogue.measures) {
      expect(sentences(m.textEn), m.id).toBeGreaterThanOrEqual(3);
      expect(sentences(m.textEn), m.id).toBeLessThanOrEqual(6);
      expect(m.textEn, m.id).toMatch(/\.$/);
      expect(m.textEn, m.id).not.toMatch(CHINESE_RUN);
      expect(figuresMissing(m.text, m.textEn), m.id).toEqual([]);
      expect(placesMissing(m.text, m.textEn), m.id).toEqual([]);
    }
  });

  it('gives every indicator a gist of its sentence, with its figure', () => {
    for (const i of catalogue.indicators) {
      expect(i.sentenceEn, i.id).toMatch(/\.$/);
      expect(i.sentenceEn, i.id).not.toMatch(CHINESE_RUN);
      expect(figuresMissing(i.sentence, i.sentenceEn), i.id).toEqual([]);
      expect(figuresMissing(i.figure, i.sentenceEn), i.id).toEqual([]);
      expect(placesMissing(i.sentence, i.sentenceEn), i.id).toEqual([]);
    }
  });

  it('gives every link record a gist of its excerpt, and of its reason and note', () => {
    expect(PlanLinksSchema.safeParse(links).error?.issues).toBeUndefined();
    links.forEach((link, index) => {
      const where = `links.json[${index}]`;
      expect(link.excerptEn, where).toBeTruthy();
      expect(figuresMissing(link.excerpt, link.excerptEn ?? ''), where).toEqual([]);
      expect(placesMissing(link.excerpt, link.excerptEn ?? ''), where).toEqual([]);
      if ('cityWide' in link) expect(link.reasonEn, where).toMatch(/\.$/);
      if (link.note !== undefined) expect(link.noteEn, where).toMatch(/\.$/);
    });
  });

  it('refuses a links file whose records lack their English', () => {
    const issues = (json: unknown) =>
      PlanLinksSchema.safeParse(json).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(
      issues([
        { measure: '1-1', cityWide: true, reason: '理由', excerpt: '摘录' },
        { measure: '1-2', layer: 'districts', excerpt: '摘录', excerptEn: 'e', note: '说明' },
        { measure: '1-3', layer: 'districts', excerpt: '摘录', excerptEn: 'e', noteEn: 'n' },
      ]),
    ).toEqual([
      '0.excerptEn: excerptEn is missing: the excerpt needs an English gist',
      '0.reasonEn: reasonEn is missing: the reason needs an English gist',
      '1.noteEn: noteEn is missing: the note needs an English gist',
      '2.noteEn: noteEn without a note',
    ]);
  });

  it('knows a gist that drops a place or a figure when it sees one', () => {
    expect(figuresMissing('累计筹建保障性住房16万套(间)', 'Raise 160,000 homes')).toEqual([]);
    expect(figuresMissing('常住人口达750万人左右', 'about 7.5 million')).toEqual([]);
    expect(figuresMissing('常住人口达750万人左右', 'about 7 million')).toEqual(['750万']);
    expect(placesMissing('以云岩区、南明区为重点', 'with Yunyan as its focus')).toEqual(['南明区']);
  });
});
