import type { Catalogue, LayerLink } from '../plan/plan-schema.ts';
import type { ImportedLayer } from './imported-layer-record.ts';
import { importedLayerId } from '../model/imported-layer-id.ts';

/**
 * The links planners made on imported features, as plan links like those of links.json, so
 * the plan panel lights up imported features and the inspector lists their measures: one
 * link per measure or indicator and layer. The excerpt is the measure's title or the
 * indicator's sentence, verbatim from the document; ids no longer in the plan are dropped.
 */
export function importedPlanLinks(
  layers: readonly ImportedLayer[],
  catalogue: Catalogue,
): LayerLink[] {
  const result: LayerLink[] = [];
  for (const layer of layers) {
    const byMeasure = new Map<string, string[]>();
    const byIndicator = new Map<string, string[]>();
    for (const [featureId, links] of Object.entries(layer.links)) {
      for (const m of links.measures) byMeasure.set(m, [...(byMeasure.get(m) ?? []), featureId]);
      for (const i of links.indicators)
        byIndicator.set(i, [...(byIndicator.get(i) ?? []), featureId]);
    }
    const layerId = importedLayerId(layer.id);
    const note = `由规划人员在导入图层“${layer.name}”中关联`;
    for (const [id, ids] of byMeasure) {
      const measure = catalogue.measures.find((m) => m.id === id);
      if (measure) result.push({ measure: id, layer: layerId, ids, excerpt: measure.title, note });
    }
    for (const [id, ids] of byIndicator) {
      const indicator = catalogue.indicators.find((i) => i.id === id);
      if (indicator)
        result.push({ indicator: id, layer: layerId, ids, excerpt: indicator.sentence, note });
    }
  }
  return result;
}
