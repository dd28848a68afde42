import type { z } from 'zod';
import type {
  CatalogueSchema,
  ChapterSchema,
  CityWideLinkSchema,
  IndicatorKindSchema,
  IndicatorSchema,
  LayerLinkSchema,
  MeasureSchema,
  ObservationSchema,
  PlanDocumentSchema,
  PlanLinkSchema,
} from './catalogue-schema.ts';

// The plan as types, for the app: the zod schemas in catalogue-schema.ts define them and check
// the JSON at build time. Importing these types loads no code.

/** The plan document's identity and framing paragraphs. */
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
/** One chapter. */
export type Chapter = z.infer<typeof ChapterSchema>;
/** One numbered measure. */
export type Measure = z.infer<typeof MeasureSchema>;
/** How a target reads: reach, at-least, about, keep-at, full-coverage. */
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;
/** A value supplied later by the city. */
export type Observation = z.infer<typeof ObservationSchema>;
/** One target of the plan. */
export type Indicator = z.infer<typeof IndicatorSchema>;
/** The plan as data. */
export type Catalogue = z.infer<typeof CatalogueSchema>;
/** A link with no spatial expression. */
export type CityWideLink = z.infer<typeof CityWideLinkSchema>;
/** A link to features of one layer. */
export type LayerLink = z.infer<typeof LayerLinkSchema>;
/** One record of links.json. */
export type PlanLink = z.infer<typeof PlanLinkSchema>;
