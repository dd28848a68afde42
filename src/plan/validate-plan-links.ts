import { type Catalogue, type PlanLink } from './plan-schema.ts';

/** One problem in links.json, named by rule so a build log can be grepped and a test can assert it. */
export interface PlanLinkError {
  rule:
    | 'link-unknown-measure'
    | 'link-unknown-indicator'
    | 'link-unknown-layer'
    | 'link-dangling-feature'
    | 'link-excerpt-not-found'
    | 'measure-without-link'
    | 'indicator-without-link';
  message: string;
  /** Where to look: `links.json[12]` for a record, `catalogue.json measure 2-3` for a catalogue entry. */
  where: string;
}

/** Feature ids per layer id, as the layers actually ship them. */
export type FeatureIndex = Readonly<Record<string, ReadonlySet<string>>>;

/**
 * Every broken link between the plan and the map: records naming an unknown measure, indicator,
 * layer or feature, excerpts that are not verbatim in the text they cite, and measures or
 * indicators that no record places (each must be placed, if only as city-wide).
 */
export function validatePlanLinks(
  catalogue: Catalogue,
  links: readonly PlanLink[],
  features: FeatureIndex,
): PlanLinkError[] {
  const errors: PlanLinkError[] = [];
  const measures = new Map(catalogue.measures.map((m) => [m.id, m]));
  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  const linkedMeasures = new Set<string>();
  const linkedIndicators = new Set<string>();

  links.forEach((link, index) => {
    const where = `links.json[${index}]`;
    // the text an excerpt must come from: the measure's paragraph, or the preamble for a document-level goal
    let source: string | undefined;
    if (link.measure !== undefined) {
      linkedMeasures.add(link.measure);
      const measure = measures.get(link.measure);
      if (measure === undefined) {
        errors.push({
          rule: 'link-unknown-measure',
          message: `unknown measure "${link.measure}"`,
          where,
        });
      } else source = measure.text;
    } else if (link.indicator !== undefined) {
      linkedIndicators.add(link.indicator);
      const indicator = indicators.get(link.indicator);
      if (indicator === undefined) {
        errors.push({
          rule: 'link-unknown-indicator',
          message: `unknown indicator "${link.indicator}"`,
          where,
        });
      } else if (indicator.measure === null) source = catalogue.document.preamble;
      else source = measures.get(indicator.measure)?.text;
    }
    if (source !== undefined && !source.includes(link.excerpt)) {
      errors.push({
        rule: 'link-excerpt-not-found',
        message: `excerpt "${link.excerpt}" is not verbatim in the text of ${link.measure ?? link.indicator}`,
        where,
      });
    }
    if (!('layer' in link)) return;
    const known = features[link.layer];
    if (known === undefined) {
      errors.push({ rule: 'link-unknown-layer', message: `unknown layer "${link.layer}"`, where });
      return;
    }
    // Without ids the link covers the whole layer: nothing more to resolve.
    for (const id of link.ids ?? []) {
      if (!known.has(id)) {
        errors.push({
          rule: 'link-dangling-feature',
          message: `layer "${link.layer}" has no feature "${id}"`,
          where,
        });
      }
    }
  });

  for (const id of measures.keys()) {
    if (!linkedMeasures.has(id)) {
      errors.push({
        rule: 'measure-without-link',
        message: `measure ${id} has no link record`,
        where: `catalogue.json measure ${id}`,
      });
    }
  }
  for (const id of indicators.keys()) {
    if (!linkedIndicators.has(id)) {
      errors.push({
        rule: 'indicator-without-link',
        message: `indicator ${id} has no link record`,
        where: `catalogue.json indicator ${id}`,
      });
    }
  }
  return errors;
}
