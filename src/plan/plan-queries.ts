import type { Bounds, FeatureRef } from '../model/feature-ref.ts';
import { unionOfBounds } from '../geo/bounds-of-features.ts';
import { featuresForPlanItem, type LayerSelection } from './features-for-plan-item.ts';
import type { PlanItemRef } from './plan-item-of-link.ts';
import type { Catalogue, PlanLink } from './plan-schema.ts';

// What opening a measure or an indicator does, as pure functions over ONE list of links (the
// shipped links.json plus the links planners made on imported features). The app, the embed
// and the export dialog all call these; nothing computes them a second time.

/** The item a state has open: the indicator if one is, else the measure, else none. */
export function openItemOf(state: {
  measure: string | null;
  indicator: string | null;
}): PlanItemRef | null {
  if (state.indicator) return { type: 'indicator', id: state.indicator };
  if (state.measure) return { type: 'measure', id: state.measure };
  return null;
}

/** The features an open item highlights on the map (whole-layer links highlight no feature). */
export function highlightOf(
  item: PlanItemRef | null,
  catalogue: Catalogue,
  links: readonly PlanLink[],
): FeatureRef[] {
  if (!item) return [];
  return featuresForPlanItem(item, catalogue, links).flatMap((s) =>
    s.ids.map((id) => ({ layer: s.layer, id })),
  );
}

/** Every layer an open item concerns (they are turned on when it opens). */
export function layersOf(
  item: PlanItemRef | null,
  catalogue: Catalogue,
  links: readonly PlanLink[],
): string[] {
  if (!item) return [];
  return [...new Set(featuresForPlanItem(item, catalogue, links).map((s) => s.layer))];
}

/**
 * Where the camera goes for an open item: around its features; and when it concerns a whole
 * layer (the pipe network of 四(二)), around the whole city too, so a measure about the city
 * never opens on a view that cuts part of it off. `extentOf` gives the box of some features of
 * a layer (`ids` null for all), from loaded data or the build's bbox; undefined when unknown.
 */
export function fitBoundsOf(
  item: PlanItemRef | null,
  catalogue: Catalogue,
  links: readonly PlanLink[],
  extentOf: (layer: string, ids: readonly string[] | null) => Bounds | undefined,
  city?: Bounds,
): Bounds | undefined {
  if (!item) return undefined;
  const selections = featuresForPlanItem(item, catalogue, links);
  return unionOfBounds([
    ...selections.map((s) => extentOf(s.layer, s.all ? null : s.ids)),
    selections.some((s) => s.all) ? city : undefined,
  ]);
}

/** The features an export "of the open measure" holds, per layer (`all`: the whole layer). */
export function exportScopeOf(
  item: PlanItemRef | null,
  catalogue: Catalogue,
  links: readonly PlanLink[],
): LayerSelection[] {
  return item ? featuresForPlanItem(item, catalogue, links) : [];
}
