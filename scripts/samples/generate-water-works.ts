import type { Feature, FeatureCollection, Point } from 'geojson';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import type { WaterWorksProperties } from '../../src/layers/water-works/contract.ts';
import type { WaterWorksStatus } from '../../src/layers/water-works/values.ts';
import {
  checkSampleYears,
  SAMPLE_WATER_WORKS_FIRST_YEAR,
  SAMPLE_YEARS,
  yearsFrom,
  type SampleYears,
} from './sample-years.ts';
import { sampleId, samplePlacesOf } from './township-places.ts';

/** Options of {@link generateWaterWorks}; defaults in {@link WATER_WORKS_DEFAULTS}. */
export interface WaterWorksOptions {
  /** Same seed (and count, districts, options), same works, byte for byte. */
  seed: number;
  /** Exactly this many water works. */
  count: number;
  /** Built districts in WGS84 with `properties.seat`; only Guiyang's ten are used. */
  districts: FeatureCollection;
  /** The sample's "now" and last planned year (see sample-years.ts); `first` is not used. */
  years?: SampleYears;
  /** The oldest year a works in service may have entered service. */
  firstYear?: number;
}

/** Defaults of {@link WaterWorksOptions}. */
export const WATER_WORKS_DEFAULTS = {
  years: SAMPLE_YEARS,
  firstYear: SAMPLE_WATER_WORKS_FIRST_YEAR,
} satisfies Partial<WaterWorksOptions>;

/** Capacity ranges (万立方米/日, log-uniform): city districts' works are larger than counties'. */
const CAPACITY = { city: [3, 30], county: [0.5, 6] } as const;

/** A status, then a year of entering service that fits it at the end of `asOf`. */
function statusAndYear(
  years: SampleYears,
  firstYear: number,
  r: SeededRandom,
): [WaterWorksStatus, number] {
  const { asOf, last } = years;
  const status = r.weighted<WaterWorksStatus>([
    ['in-service', 0.76],
    ['under-construction', 0.12],
    ['planned', 0.12],
  ]);
  if (status === 'under-construction') return [status, r.int(asOf + 1, Math.min(asOf + 2, last))];
  if (status === 'planned') return [status, r.int(Math.min(asOf + 2, last), last)];
  // Works in service: more of them recent, as the city grew.
  const weights = yearsFrom(firstYear, asOf).map((y) => [y, 1 + (y - firstYear) / 10] as const);
  return [status, r.weighted(weights)];
}

/**
 * Sample urban water works (城市供水厂) of measure 四(二), exactly `count`: each district gets
 * one before any gets a second, the rest go by the district's sample weight; each lies 0.5–2
 * town radii from its district's seat, inside the district, named "样例水厂 n", with an
 * invented capacity in 万立方米/日. Not tuned to the plan's 229.5万立方米/日. Feature n is the
 * same whatever the count beyond n. Deterministic: pure-rand streams, never Math.random.
 */
export function generateWaterWorks(
  input: WaterWorksOptions,
): FeatureCollection<Point, WaterWorksProperties> {
  const options = { ...WATER_WORKS_DEFAULTS, ...input };
  const years = checkSampleYears(options.years, 'water-works');
  if (!Number.isInteger(options.firstYear) || options.firstYear > years.asOf)
    throw new Error(
      `water-works: firstYear ${options.firstYear} must be an integer ≤ ${years.asOf}`,
    );
  // No townships: a water works names its district only.
  const places = samplePlacesOf(options.districts, [], options.seed, 'water-works');
  const districts = [...places.districts.values()];
  const choice = seededRandom(options.seed, 5001);
  const position = seededRandom(options.seed, 5002);
  const attributes = seededRandom(options.seed, 5003);
  const firsts = choice.shuffle(districts);
  const weights = districts.map((d, i) => [i, d.weight] as const);
  const features: Feature<Point, WaterWorksProperties>[] = [];
  for (let n = 1; n <= options.count; n++) {
    const district = firsts[n - 1] ?? districts[choice.weighted(weights)]!;
    const [min, max] = district.urbanKm >= 4 ? CAPACITY.city : CAPACITY.county;
    const capacity =
      Math.round(Math.exp(attributes.between(Math.log(min), Math.log(max))) * 10) / 10;
    const [status, year] = statusAndYear(years, options.firstYear, attributes);
    const urbanM = district.urbanKm * 1000;
    const id = sampleId('W', n);
    features.push({
      type: 'Feature',
      id,
      properties: {
        id,
        name: `样例水厂 ${n}`,
        capacity,
        status,
        year,
        district: district.code,
        provenance: 'sample',
      },
      geometry: {
        type: 'Point',
        coordinates: places.aroundSeat(district, 0.5 * urbanM, 2 * urbanM, position),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
