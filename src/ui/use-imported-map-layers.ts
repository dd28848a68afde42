import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { importedPlanLinks } from '../import/imported-plan-links.ts';
import { importedLayerDef } from '../layers/imported-layer.ts';
import { LAYERS, setImportedLayers } from '../layers/index.ts';
import { type LayerDef } from '../layers/layer-def.ts';
import { catalogue } from '../plan/catalogue.ts';
import { links } from '../plan/links.ts';
import { type PlanLink } from '../plan/plan-schema.ts';
import { type ImportedLayers } from './import/use-imported-layers.ts';

/**
 * The planner's imported datasets as map layers: their definitions (registered, so lookups by
 * id find them), their data for the map, and the plan links made on their features, so the
 * city's own data behaves like the shipped layers in the inspector and the plan panel.
 */
export function useImportedMapLayers(imported: ImportedLayers): {
  layers: readonly LayerDef[];
  importedData: ReadonlyMap<string, FeatureCollection>;
  allLinks: readonly PlanLink[];
} {
  return useMemo(() => {
    const defs = imported.layers.map((layer) =>
      importedLayerDef({ id: layer.id, name: layer.name, collection: layer.collection }),
    );
    setImportedLayers(defs);
    const importedData = new Map(
      defs.map((def, i) => [def.dataset, imported.layers[i]!.collection]),
    );
    const extraLinks = importedPlanLinks(imported.layers, catalogue);
    return {
      layers: defs.length ? [...LAYERS, ...defs] : LAYERS,
      importedData,
      allLinks: extraLinks.length ? [...links, ...extraLinks] : links,
    };
  }, [imported.layers]);
}
