import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { type DataManifest } from '../layers/dataset-meta.ts';
import type {
  ChargingStationProperties,
  PipeSegmentProperties,
  Township,
} from '../layers/feature-schemas.ts';
import { loadTable } from '../layers/load-data.ts';
import { type ComputedFigures } from '../plan/computed-indicators.ts';
import { type ThematicFilters } from '../state/thematic-filters.ts';

type Pipes = FeatureCollection<LineString, PipeSegmentProperties>;
type Stations = FeatureCollection<Point, ChargingStationProperties>;

/**
 * Figures computed from the thematic layers for the plan's indicators: pipe km renewed (by the
 * slider's year, types and districts) and 乡镇 covered by charging. The geometry code (turf,
 * h3) is imported on first need, so neither the embed nor the first view loads it.
 */
export function useComputedFigures(
  manifest: DataManifest,
  data: ReadonlyMap<string, FeatureCollection>,
  filters: ThematicFilters,
): ComputedFigures {
  const pipes = data.get('pipes') as Pipes | undefined;
  const stations = data.get('charging-stations') as Stations | undefined;
  const [figures, setFigures] = useState<ComputedFigures>({});
  const [lengths, setLengths] = useState<{ of: Pipes; km: Float64Array } | null>(null);
  const [townships, setTownships] = useState<Township[] | null>(null);

  // Segment lengths are measured once per dataset; the slider then only sums them.
  useEffect(() => {
    if (!pipes || lengths?.of === pipes) return;
    let live = true;
    void import('../geo/compute-pipe-renewal.ts').then(({ pipeLengthsKm }) => {
      if (live) setLengths({ of: pipes, km: pipeLengthsKm(pipes) });
    });
    return () => {
      live = false;
    };
  }, [pipes, lengths]);

  useEffect(() => {
    const table = manifest.tables.townships;
    if (!stations || townships || !table) return;
    void loadTable<Township>(table).then(setTownships);
  }, [stations, townships, manifest]);

  const { year, pipeTypes, pipeDistricts } = filters;
  useEffect(() => {
    if (!pipes || lengths?.of !== pipes) return;
    let live = true;
    void import('../geo/compute-pipe-renewal.ts').then(({ computePipeRenewal }) => {
      const renewal = computePipeRenewal(
        pipes,
        {
          year,
          ...(pipeTypes ? { types: pipeTypes } : {}),
          ...(pipeDistricts ? { districts: pipeDistricts } : {}),
        },
        lengths.km,
      );
      if (live) setFigures((f) => ({ ...f, pipes: renewal }));
    });
    return () => {
      live = false;
    };
  }, [pipes, lengths, year, pipeTypes, pipeDistricts]);

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

  return useMemo(
    () => ({
      ...(pipes ? { pipes: figures.pipes } : {}),
      ...(stations ? { townships: figures.townships } : {}),
    }),
    [figures, pipes, stations],
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
