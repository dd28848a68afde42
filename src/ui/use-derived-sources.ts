import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { paramsOf, type LayerRegistry } from '../layers/registry.ts';

/**
 * The sources the visible layers compute in the browser from their features (e.g. the
 * charging layer's coverage surface), by source id; each computation's code loads on first use.
 */
export function useDerivedSources(
  registry: LayerRegistry,
  data: ReadonlyMap<string, FeatureCollection>,
  visible: readonly string[],
  layerParams: Readonly<Record<string, unknown>>,
  year: number,
): ReadonlyMap<string, FeatureCollection> {
  const [sources, setSources] = useState<ReadonlyMap<string, FeatureCollection>>(new Map());
  const jobs = useMemo(
    () =>
      registry.layers.flatMap((layer) => {
        const collection = data.get(layer.dataset);
        if (!layer.derivedSources || !collection || !visible.includes(layer.id)) return [];
        const params = paramsOf(layer, layerParams);
        return layer.derivedSources.map((source) => ({ source, collection, params }));
      }),
    [registry, data, visible, layerParams],
  );
  useEffect(() => {
    let live = true;
    for (const { source, collection, params } of jobs) {
      source.compute({ collection, params, year }).then(
        (surface) => live && setSources((m) => new Map(m).set(source.id, surface)),
        (error: Error) => console.error(error),
      );
    }
    return () => {
      live = false;
    };
  }, [jobs, year]);
  return sources;
}
