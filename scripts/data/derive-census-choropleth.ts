import type { Feature, FeatureCollection } from 'geojson';
import { featureIdOf } from '../../src/geo/validate-geojson.ts';

/** One district's census values, each with where it comes from. */
interface CensusRow {
  district: string;
  population: number | null;
  urbanizationRate: number | null;
  urbanPopulation?: number | null;
  populationSource?: { publication: string; table?: string; url?: string } | null;
  urbanizationRateNote?: string;
}

/**
 * The census table joined to the districts' real boundaries: one feature per district with a
 * value, carrying the value's publication and table, so the map can say where each number comes
 * from. A district without a sourced value is left out, never estimated.
 */
export function deriveCensusChoropleth(
  table: { rows: CensusRow[] },
  districts: FeatureCollection,
): FeatureCollection {
  const features: Feature[] = [];
  for (const row of table.rows) {
    if (row.population === null) continue;
    const district = districts.features.find((f) => featureIdOf(f) === row.district);
    if (!district?.geometry) throw new Error(`census: district ${row.district} not found`);
    const source = row.populationSource;
    features.push({
      type: 'Feature',
      id: row.district,
      properties: {
        id: row.district,
        name: district.properties?.name,
        nameEn: district.properties?.nameEn,
        population: row.population,
        urbanizationRate: row.urbanizationRate,
        urbanPopulation: row.urbanPopulation ?? null,
        publication: source?.publication ?? null,
        table: source?.table ?? null,
        url: source?.url ?? null,
        rateNote: row.urbanizationRateNote ?? null,
      },
      geometry: district.geometry,
    });
  }
  return { type: 'FeatureCollection', features };
}
