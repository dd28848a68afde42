import { z } from 'zod';

// Shapes of geodata/plan/catalogue.json and links.json. The plan document (筑府发〔2025〕17号) is the
// only source: every Chinese text field is verbatim, and nothing here has room for a figure it does
// not give. Beside each quoted text sits a short English gist (`…En`): an unofficial translation
// for readers of the English interface, faithful to the Chinese and adding nothing to it.
// The data build and the unit tests check both files with these schemas; the app imports the
// checked JSON as it is, typed by plan-schema.ts, and loads no zod for it.

/** Chapter id "1".."4", in document order. */
export const ChapterIdSchema = z.string().regex(/^[1-9]$/);

/** Measure id "<chapter>-<n>", e.g. "3-1" for 三(一). */
export const MeasureIdSchema = z.string().regex(/^[1-9]-[1-9]$/);

/** Indicator id: a kebab-case slug, e.g. "pipe-network-km". */
export const IndicatorIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The document's identity and the paragraphs that frame the measures. */
export const PlanDocumentSchema = z.strictObject({
  title: z.string().min(1),
  titleEn: z.string().min(1),
  number: z.string().min(1),
  issuer: z.string().min(1),
  date: z.iso.date(),
  source: z.string().min(1),
  preamble: z.string().min(1),
  /** A short English gist of `preamble`, an unofficial translation. */
  preambleEn: z.string().min(1),
  closing: z.string().min(1),
  /** A short English gist of `closing`, an unofficial translation. */
  closingEn: z.string().min(1),
});

/** One of the four chapters (一、…). */
export const ChapterSchema = z.strictObject({
  id: ChapterIdSchema,
  numeral: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1),
});

/** One numbered measure, e.g. 三(一); `text` is the paragraph after the title, verbatim. */
export const MeasureSchema = z.strictObject({
  id: MeasureIdSchema,
  chapter: ChapterIdSchema,
  label: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  text: z.string().min(1),
  /**
   * A faithful English gist of `text` (an unofficial translation, a few sentences): every
   * place, number and named project of the paragraph, nothing the paragraph does not say.
   */
  textEn: z.string().min(1),
});

/**
 * How a target reads. The verb wins over the qualifier: 保持/稳定 → keep-at (a level to hold, even
 * with 以上 or 左右); else 左右 → about, 以上 → at-least; 全覆盖/全面消除 without a number →
 * full-coverage; a bare 达/提高到/累计… → reach; a target with no measure at all (建成特大城市,
 * 全部以“标准地”供应) → qualitative. The words themselves are in `target`, never rebuilt from these.
 */
export const IndicatorKindSchema = z.enum([
  'reach',
  'at-least',
  'about',
  'keep-at',
  'full-coverage',
  'qualitative',
]);

/** A value the city supplies later; the document itself states no baseline and no yearly target. */
export const ObservationSchema = z.strictObject({
  kind: z.enum(['baseline', 'actual', 'year-target']),
  value: z.number(),
  year: z.number().int(),
  source: z.string().min(1),
});

/** One target of the plan, with the sentence it comes from. */
export const IndicatorSchema = z
  .strictObject({
    id: IndicatorIdSchema,
    // null = a document-level goal stated in the preamble
    measure: MeasureIdSchema.nullable(),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    figure: z.string().min(1),
    /** The target as the document words it, verbatim (稳定在20%左右, 保持在98.9%以上). */
    target: z.string().min(1),
    /** A short English gist of `target`, an unofficial translation. */
    targetEn: z.string().min(1),
    /**
     * What a full-coverage target counts, where a fact outside the document gives it: e.g.
     * 乡乡全覆盖 is all 72 乡/镇 of the township list, with that list named as the source.
     */
    denominator: z
      .strictObject({
        count: z.int().positive(),
        of: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
        source: z.string().min(1),
      })
      .optional(),
    value: z.number().nullable(),
    unit: z.string().min(1).nullable(),
    kind: IndicatorKindSchema,
    cumulative: z.boolean(),
    sentence: z.string().min(1),
    /** A short English gist of `sentence`, an unofficial translation. */
    sentenceEn: z.string().min(1),
    note: z.string().min(1).optional(),
    observations: z.array(ObservationSchema),
  })
  .refine((i) => (i.value === null) === (i.kind === 'full-coverage' || i.kind === 'qualitative'), {
    message: 'value is null exactly when kind is full-coverage or qualitative',
    path: ['value'],
  })
  .refine((i) => (i.value === null) === (i.unit === null), {
    message: 'unit is null exactly when value is null',
    path: ['unit'],
  })
  .refine((i) => i.sentence.includes(i.figure), {
    message: 'sentence must contain the figure',
    path: ['sentence'],
  })
  .refine((i) => i.sentence.includes(i.target), {
    message: 'sentence must contain the target, verbatim',
    path: ['target'],
  });

/** The whole plan as data, with referential checks between its parts. */
export const CatalogueSchema = z
  .strictObject({
    document: PlanDocumentSchema,
    chapters: z.array(ChapterSchema).min(1),
    measures: z.array(MeasureSchema).min(1),
    indicators: z.array(IndicatorSchema),
  })
  .superRefine((c, ctx) => {
    const chapterIds = new Set(c.chapters.map((ch) => ch.id));
    const measureIds = new Set(c.measures.map((m) => m.id));
    for (const [key, ids] of [
      ['chapters', c.chapters.map((ch) => ch.id)],
      ['measures', c.measures.map((m) => m.id)],
      ['indicators', c.indicators.map((i) => i.id)],
    ] as const) {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id))
          ctx.addIssue({ code: 'custom', message: `duplicate id ${id}`, path: [key, index] });
        seen.add(id);
      });
    }
    c.measures.forEach((m, index) => {
      // the id encodes the chapter, so a measure moved between chapters must be renamed too
      if (!chapterIds.has(m.chapter) || !m.id.startsWith(`${m.chapter}-`)) {
        ctx.addIssue({
          code: 'custom',
          message: `measure ${m.id} has bad chapter ${m.chapter}`,
          path: ['measures', index],
        });
      }
    });
    c.indicators.forEach((i, index) => {
      if (i.measure !== null && !measureIds.has(i.measure)) {
        ctx.addIssue({
          code: 'custom',
          message: `indicator ${i.id} names unknown measure ${i.measure}`,
          path: ['indicators', index],
        });
      }
    });
  });

// A link targets exactly one measure or indicator; both keys are optional in the shape and the
// refine below enforces "exactly one", which keeps the JSON flat for people editing it by hand.
// The English gists (`excerptEn`, `noteEn`, `reasonEn`) are optional in the shape, because the
// app also makes links of its own (a planner's links on imported features); every record of
// links.json must carry them, which PlanLinksSchema checks.
const linkTarget = {
  measure: MeasureIdSchema.optional(),
  indicator: IndicatorIdSchema.optional(),
  excerpt: z.string().min(1),
  /** A short English gist of `excerpt`, an unofficial translation. */
  excerptEn: z.string().min(1).optional(),
  // a judgement call worth explaining to whoever edits the links next (and to readers: shown)
  note: z.string().min(1).optional(),
  /** `note` in English. */
  noteEn: z.string().min(1).optional(),
};

/** A measure or indicator with no spatial expression among today's layers. */
export const CityWideLinkSchema = z.strictObject({
  ...linkTarget,
  cityWide: z.literal(true),
  reason: z.string().min(1),
  /** `reason` in English. */
  reasonEn: z.string().min(1).optional(),
});

/**
 * A measure or indicator tied to features of one layer: the named `ids`, or, without `ids`,
 * the whole layer (四(二) concerns every pipe segment; listing 10^5 ids would say nothing more).
 */
export const LayerLinkSchema = z.strictObject({
  ...linkTarget,
  layer: z.string().min(1),
  ids: z.array(z.string().min(1)).min(1).optional(),
});

/** One record of links.json. */
export const PlanLinkSchema = z
  .union([CityWideLinkSchema, LayerLinkSchema])
  .refine((l) => (l.measure === undefined) !== (l.indicator === undefined), {
    message: 'a link names exactly one of measure, indicator',
  });

/**
 * One record of links.json as shipped: every Chinese text the interface shows beside the map
 * (the excerpt, the reason of a city-wide record, a note) has its English counterpart.
 */
export const ShippedPlanLinkSchema = PlanLinkSchema.superRefine((link, ctx) => {
  const missing = (key: string, of: string) =>
    ctx.addIssue({
      code: 'custom',
      message: `${key} is missing: ${of} needs an English gist`,
      path: [key],
    });
  if (link.excerptEn === undefined) missing('excerptEn', 'the excerpt');
  if ('cityWide' in link && link.reasonEn === undefined) missing('reasonEn', 'the reason');
  if (link.note !== undefined && link.noteEn === undefined) missing('noteEn', 'the note');
  if (link.note === undefined && link.noteEn !== undefined)
    ctx.addIssue({ code: 'custom', message: 'noteEn without a note', path: ['noteEn'] });
});

/** The whole of links.json. */
export const PlanLinksSchema = z.array(ShippedPlanLinkSchema);
