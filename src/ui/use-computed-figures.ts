import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import { type DataManifest } from '../layers/dataset-meta.ts';
import type { PipeKmRow } from '../geo/compute-pipe-renewal.ts';
import type { ChargingStationProperties, Township } from '../layers/feature-schemas.ts';
import { loadRows, loadTable } from '../layers/load-data.ts';
import { type ComputedFigures } from '../plan/computed-indicators.ts';
import { type ThematicFilters } from '../state/thematic-filters.ts';

type Stations = FeatureCollection<Point, ChargingStationProperties>;

/**
 * Figures computed from the thematic layers for the plan's indicators: pipe km renewed (by the
 * slider's year, types and districts) and 乡镇 covered by charging. Pipe figures come from the
 * km rows the build summed (`pipeKmUrl`), so they need neither the segments nor turf, whether
 * the layer is drawn from GeoJSON or from tiles. The geometry code (h3) is imported on first
 * need, so neither the embed nor the first view loads it.
 */
export function useComputedFigures(
  manifest: DataManifest,
  data: ReadonlyMap<string, FeatureCollection>,
  filters: ThematicFilters,
  /** The datasets in use (visible, selected or linked from an open item). */
  wanted: readonly string[],
): ComputedFigures {
  const pipeKmUrl = wanted.includes('pipes') ? manifest.datasets.pipes?.pipeKmUrl : undefined;
  const stations = data.get('charging-stations') as Stations | undefined;
  const [figures, setFigures] = useState<ComputedFigures>({});
  const [pipeRows, setPipeRows] = useState<PipeKmRow[] | null>(null);
  const [townships, setTownships] = useState<Township[] | null>(null);

  useEffect(() => {
    if (!pipeKmUrl || pipeRows) return;
    let live = true;
    void loadRows<PipeKmRow>(pipeKmUrl).then((rows) => live && setPipeRows(rows));
    return () => {
      live = false;
    };
  }, [pipeKmUrl, pipeRows]);

  useEffect(() => {
    const table = manifest.tables.townships;
    if (!stations || townships || !table) return;
    void loadTable<Township>(table).then(setTownships);
  }, [stations, townships, manifest]);

  const { year, pipeTypes, pipeDistricts } = filters;
  useEffect(() => {
    if (!pipeRows) return;
    let live = true;
    void import('../geo/compute-pipe-renewal.ts').then(({ computePipeRenewalFromRows }) => {
      const renewal = computePipeRenewalFromRows(pipeRows, {
        year,
        ...(pipeTypes ? { types: pipeTypes } : {}),
        ...(pipeDistricts ? { districts: pipeDistricts } : {}),
      });
      if (live) setFigures((f) => ({ ...f, pipes: renewal }));
    });
    return () => {
      live = false;
    };
  }, [pipeRows, year, pipeTypes, pipeDistricts]);

  useEffect(() => {
    if (!stations || !townships) return;
    let live = true;
    void import('../geo/compute-township-coverage.ts').then(({ computeTownshipCoverage }) => {
      const coverage = computeTownshipCoverage(stations, townships, { year });
      if (live) setFigures((f) => ({ ...f, townships: coverage }));
    });
    return () => {
      live = false;
    };
  }, [stations, townships, year]);

  const pipesInUse = pipeKmUrl !== undefined;
  return useMemo(
    () => ({
      ...(pipesInUse ? { pipes: figures.pipes } : {}),
      ...(stations ? { townships: figures.townships } : {}),
    }),
    [figures, pipesInUse, stations],
  );
}

/**
 * The coverage surface of the charging layer: H3 cells within the service distance of a
 * station opened by the slider's year, as one outline (h3-js is loaded on first use).
 */
export function useCoverageSurface(
  data: ReadonlyMap<string, FeatureCollection>,
  filters: ThematicFilters,
  visible: boolean,
): FeatureCollection | null {
  const stations = data.get('charging-stations') as Stations | undefined;
  const [surface, setSurface] = useState<FeatureCollection | null>(null);
  const { year, serviceKm } = filters;
  useEffect(() => {
    if (!stations || !visible) return;
    let live = true;
    void Promise.all([
      import('../geo/compute-coverage-cells.ts'),
      import('../geo/coverage-cells-to-geojson.ts'),
    ]).then(([{ computeCoverageCells }, { coverageCellsToGeojson }]) => {
      const opened = {
        ...stations,
        features: stations.features.filter((f) => f.properties.year <= year),
      };
      const cells = computeCoverageCells(opened, { distanceKm: serviceKm });
      if (live) setSurface(coverageCellsToGeojson(cells));
    });
    return () => {
      live = false;
    };
  }, [stations, visible, year, serviceKm]);
  return surface;
}
