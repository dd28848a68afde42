import { useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { loadRows, loadTable } from '../data/load-data.ts';
import { computeFigures } from '../layers/compute-figures.ts';
import { paramsOf, type LayerRegistry } from '../layers/registry.ts';
import type { ComputedValue } from '../model/computed-value.ts';
import type { DataManifest } from '../model/manifest.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import type { Indicator } from '../plan/plan-schema.ts';

interface FiguresOptions {
  registry: LayerRegistry;
  manifest: DataManifest;
  indicators: readonly Indicator[];
  data: ReadonlyMap<string, FeatureCollection>;
  /** The datasets in use (visible, selected or linked from an open item). */
  wanted: readonly string[];
  layerParams: Readonly<Record<string, unknown>>;
  year: number;
  period: PlanPeriod;
}

/**
 * The figures the layers in use compute for the plan's indicators, by indicator id. Each
 * provider's code (and what it needs: turf, h3) loads on first use; summary rows and tables
 * are fetched once per page.
 */
export function useComputedFigures({
  registry,
  manifest,
  indicators,
  data,
  wanted,
  layerParams,
  year,
  period,
}: FiguresOptions): Readonly<Record<string, ComputedValue>> {
  const [figures, setFigures] = useState<Readonly<Record<string, ComputedValue>>>({});
  const fetched = useRef(new Map<string, Promise<readonly unknown[]>>());
  const once = (key: string, load: () => Promise<readonly unknown[]>) => {
    let rows = fetched.current.get(key);
    if (!rows) fetched.current.set(key, (rows = load()));
    return rows;
  };
  // Only the parameters of layers with figures matter: moving another layer's slider or
  // filter must not recompute (nor re-render the dashboard).
  const relevant = useMemo(
    () =>
      JSON.stringify(
        registry.layers
          .filter((l) => l.figures && wanted.includes(l.dataset))
          .map((l) => [l.id, paramsOf(l, layerParams)]),
      ),
    [registry, wanted, layerParams],
  );
  useEffect(() => {
    let live = true;
    computeFigures({
      registry,
      manifest,
      indicators,
      data,
      datasets: wanted,
      layerParams,
      year,
      period,
      rows: (url) => once(`rows:${url}`, () => loadRows(url)),
      table: (id) =>
        once(`table:${id}`, () => {
          const table = manifest.tables[id];
          return table ? loadTable(table) : Promise.reject(new Error(`no table "${id}"`));
        }),
    }).then(
      (computed) => live && setFigures(computed),
      (error: Error) => console.error(error),
    );
    return () => {
      live = false;
    };
    // `relevant` stands for layerParams; `once` only reads a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [registry, manifest, indicators, data, wanted.join(','), relevant, year, period]);
  return figures;
}
