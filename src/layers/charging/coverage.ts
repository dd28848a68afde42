import type { FeatureCollection, Point } from 'geojson';
import { computeCoverageCells } from '../../geo/compute-coverage-cells.ts';
import { coverageCellsToGeojson } from '../../geo/coverage-cells-to-geojson.ts';
import type { ChargingParams } from './params.ts';

/**
 * The coverage surface: H3 cells within the service distance of a station opened by the
 * slider's year, as one outline (h3-js comes with this module, on first use).
 */
export function coverageSurface(input: {
  collection: FeatureCollection;
  params: ChargingParams;
  year: number;
}): FeatureCollection {
  const stations = input.collection as FeatureCollection<Point, { year: number }>;
  const opened = {
    ...stations,
    features: stations.features.filter((f) => f.properties.year <= input.year),
  };
  return coverageCellsToGeojson(
    computeCoverageCells(opened, { distanceKm: input.params.serviceKm }),
  );
}
