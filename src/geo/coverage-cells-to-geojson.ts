import { cellArea, cellsToMultiPolygon, UNITS } from 'h3-js';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { CoverageCells } from './compute-coverage-cells.ts';

/** Properties of the coverage feature: what it shows and how much ground it covers. */
export interface CoverageProperties {
  distanceKm: number;
  resolution: number;
  cellCount: number;
  /** Sum of the cells' areas, km² to two decimals. */
  areaKm2: number;
}

/**
 * The covered cells as one dissolved MultiPolygon ([lon, lat], closed rings), ready for a
 * MapLibre fill layer: h3-js `cellsToMultiPolygon` traces the outline of the whole set, so the
 * map draws a few outlines instead of thousands of hexagons. Empty coverage gives no feature.
 */
export function coverageCellsToGeojson(
  coverage: CoverageCells,
): FeatureCollection<MultiPolygon, CoverageProperties> {
  if (coverage.cells.length === 0) return { type: 'FeatureCollection', features: [] };
  const areaKm2 = coverage.cells.reduce((sum, cell) => sum + cellArea(cell, UNITS.km2), 0);
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'coverage',
        properties: {
          distanceKm: coverage.distanceKm,
          resolution: coverage.resolution,
          cellCount: coverage.cells.length,
          areaKm2: Math.round(areaKm2 * 100) / 100,
        },
        geometry: { type: 'MultiPolygon', coordinates: cellsToMultiPolygon(coverage.cells, true) },
      },
    ],
  };
}
