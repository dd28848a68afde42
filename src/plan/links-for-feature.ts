import { type PlanLink } from './plan-schema.ts';
import { planItemOfLink, type PlanItemRef } from './plan-item-of-link.ts';

/** One reason a feature is concerned by a measure or indicator, as the inspector lists it. */
export type FeatureLink = PlanItemRef & {
  excerpt: string;
  /** The excerpt's English gist (an unofficial translation), when the record has one. */
  excerptEn?: string;
  // true for a city-wide record: it concerns every feature, so it says nothing specific about this one
  cityWide: boolean;
  note?: string;
  noteEn?: string;
};

/** Options of {@link linksForFeature}. */
export interface LinksForFeatureOptions {
  /** Also list city-wide records, flagged `cityWide: true`. Default: false, so a click shows what is specific. */
  includeCityWide?: boolean;
}

/**
 * The measure and indicator links that concern one feature (layer + feature id), one entry per
 * record, measures before indicators, each group in links.json order.
 */
export function linksForFeature(
  links: readonly PlanLink[],
  layer: string,
  featureId: string,
  options: LinksForFeatureOptions = {},
): FeatureLink[] {
  const { includeCityWide = false } = options;
  const found: FeatureLink[] = [];
  for (const link of links) {
    const specific =
      'layer' in link && link.layer === layer && (!link.ids || link.ids.includes(featureId));
    const cityWide = 'cityWide' in link;
    if (!specific && !(cityWide && includeCityWide)) continue;
    found.push({
      ...planItemOfLink(link),
      excerpt: link.excerpt,
      ...(link.excerptEn === undefined ? {} : { excerptEn: link.excerptEn }),
      cityWide,
      ...(link.note === undefined ? {} : { note: link.note }),
      ...(link.noteEn === undefined ? {} : { noteEn: link.noteEn }),
    });
  }
  // stable sort keeps the file order inside each group
  return found.sort((a, b) => rank(a) - rank(b));
}

function rank(link: FeatureLink): number {
  return link.type === 'measure' ? 0 : 1;
}
