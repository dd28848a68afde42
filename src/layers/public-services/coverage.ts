import type { FeatureCollection, Point } from 'geojson';
import { coverageCellsToGeojson } from '../../geo/coverage-cells-to-geojson.ts';
import type { PublicServiceProperties } from './contract.ts';
import { computeServiceCoverage } from './figures.ts';
import type { PublicServiceParams } from './params.ts';

/** The service area of the chosen kind of facility, as one outline (h3-js on first use). */
export function serviceArea(input: {
  collection: FeatureCollection;
  params: PublicServiceParams;
}): FeatureCollection {
  const facilities = input.collection as FeatureCollection<Point, PublicServiceProperties>;
  const coverage = computeServiceCoverage(facilities, {
    source: { dataset: 'public-services', provenance: 'sample' },
    kind: input.params.serviceKind,
  });
  return coverageCellsToGeojson(coverage);
}
