import { type Catalogue, type PlanLink } from './plan-schema.ts';
import { planItemOfLink, type PlanItemRef } from './plan-item-of-link.ts';

/** Features of one layer to highlight. */
export interface LayerSelection {
  layer: string;
  ids: string[];
  /** True when the item concerns the whole layer (then `ids` is empty). */
  all?: boolean;
}

/**
 * The features to highlight for a measure or an indicator, merged per layer (layers and ids in
 * first-seen order, no duplicates). A measure also lights up its indicators' features, so clicking
 * 三(二) shows the places of its target too. City-wide records add nothing to highlight.
 */
export function featuresForPlanItem(
  item: PlanItemRef,
  catalogue: Catalogue,
  links: readonly PlanLink[],
): LayerSelection[] {
  const wanted = new Set<string>([key(item)]);
  if (item.type === 'measure') {
    for (const indicator of catalogue.indicators) {
      if (indicator.measure === item.id) wanted.add(key({ type: 'indicator', id: indicator.id }));
    }
  }
  const byLayer = new Map<string, Set<string>>();
  const whole = new Set<string>();
  for (const link of links) {
    if (!('layer' in link) || !wanted.has(key(planItemOfLink(link)))) continue;
    const ids = byLayer.get(link.layer) ?? new Set<string>();
    if (link.ids) for (const id of link.ids) ids.add(id);
    else whole.add(link.layer);
    byLayer.set(link.layer, ids);
  }
  return [...byLayer].map(([layer, ids]) =>
    whole.has(layer) ? { layer, ids: [], all: true } : { layer, ids: [...ids] },
  );
}

function key(item: PlanItemRef): string {
  return `${item.type}:${item.id}`;
}
