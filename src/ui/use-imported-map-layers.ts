import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { importedPlanLinks } from '../import/imported-plan-links.ts';
import { importedLayer } from '../layers/imported/imported-layer.ts';
import type { LayerModule } from '../layers/layer-module.ts';
import { createRegistry, type LayerRegistry } from '../layers/registry.ts';
import type { Catalogue, PlanLink } from '../plan/plan-schema.ts';
import type { ImportedLayers } from './import/use-imported-layers.ts';

/**
 * The planner's imported datasets as map layers beside the shipped ones: one registry for the
 * page, their data for the map, and one list of plan links (links.json plus the links made on
 * imported features), so the city's own data behaves like the shipped layers everywhere.
 */
export function useImportedMapLayers(
  imported: ImportedLayers,
  shipped: readonly LayerModule[],
  catalogue: Catalogue,
  links: readonly PlanLink[],
): {
  registry: LayerRegistry;
  importedData: ReadonlyMap<string, FeatureCollection>;
  allLinks: readonly PlanLink[];
} {
  return useMemo(() => {
    const modules = imported.layers.map((layer) =>
      importedLayer({ id: layer.id, name: layer.name, collection: layer.collection }),
    );
    const importedData = new Map(
      modules.map((module, i) => [module.dataset, imported.layers[i]!.collection]),
    );
    const extraLinks = importedPlanLinks(imported.layers, catalogue);
    return {
      registry: createRegistry([...shipped, ...modules]),
      importedData,
      allLinks: extraLinks.length ? [...links, ...extraLinks] : links,
    };
  }, [imported.layers, shipped, catalogue, links]);
}
