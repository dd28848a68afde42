import type { FeatureCollection, Position } from 'geojson';
import { createDistrictIndex, type DistrictIndex } from '../../src/geo/assign-district.ts';
import {
  localToLonLat,
  lonLatToLocal,
  sampleDistrictsOf,
  type SampleDistrict,
} from './sample-districts.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import { type Township, type TownshipKind } from '../../src/model/township.ts';

/** How far a township's samples spread around its centre (m, one standard deviation). */
export const TOWNSHIP_SPREAD_M = { urban: 800, rural: 1500 } as const;

/**
 * The stream township centres are drawn from. The charging generator draws its centres from
 * the same stream by the same rule, so a township's samples of every kind gather where its
 * charging stations do.
 */
const CENTRE_STREAM = 1001;

/** Where the city samples may put things: the Guiyang districts and their real townships. */
export interface SamplePlaces {
  /** The ten Guiyang districts found in the input, by code. */
  districts: ReadonlyMap<string, SampleDistrict>;
  /** The townships of those districts, in code order. */
  townships: readonly Township[];
  index: DistrictIndex;
  /** A township's centre: near the seat for a 街道, out of town for a 乡/镇, in its district. */
  centreOf(township: Township): Position;
  /** A point spread normally around the township's centre, inside its district. */
  nearCentre(township: Township, r: SeededRandom, spreadM?: number): Position;
  /** A point `minM`–`maxM` from the district's seat, inside the district. */
  aroundSeat(district: SampleDistrict, minM: number, maxM: number, r: SeededRandom): Position;
}

/** A point in the district: near the seat for a 街道, away from the town for a 乡/镇. */
function townshipCentre(
  district: SampleDistrict,
  urban: boolean,
  index: DistrictIndex,
  r: SeededRandom,
): Position {
  const urbanM = district.urbanKm * 1000;
  const [west, south, east, north] = district.bbox;
  for (let attempt = 0; attempt < 500; attempt++) {
    let p: Position;
    if (urban) {
      const [radius, angle] = [urbanM * Math.sqrt(r.float()), r.between(0, 2 * Math.PI)];
      p = localToLonLat(district.seat, radius * Math.cos(angle), radius * Math.sin(angle));
    } else {
      p = [r.between(west, east), r.between(south, north)].map((n) => Math.round(n * 1e6) / 1e6);
      if (Math.hypot(...lonLatToLocal(district.seat, p)) < urbanM) continue; // villages: not in town
    }
    if (index.districtAt(p[0]!, p[1]!) === district.code) return p;
  }
  return district.seat;
}

/**
 * The places of the city samples for one seed. Throws when no township lies in the districts
 * given, since every sample names a real township or district.
 */
export function samplePlacesOf(
  districtsInput: FeatureCollection,
  townshipsInput: readonly Township[],
  seed: number,
  generator: string,
): SamplePlaces {
  const districts = new Map(sampleDistrictsOf(districtsInput).map((d) => [d.code, d]));
  const index = createDistrictIndex(districtsInput);
  const townships = [...townshipsInput]
    .filter((t) => districts.has(t.district))
    .sort((a, b) => a.code.localeCompare(b.code));
  // Centres for every township in code order, so they move with neither count nor dataset.
  const draws = seededRandom(seed, CENTRE_STREAM);
  const centres = new Map<string, Position>();
  for (const t of townships)
    centres.set(
      t.code,
      townshipCentre(districts.get(t.district)!, t.kind === '街道', index, draws),
    );
  const within = (p: Position, district: string) => index.districtAt(p[0]!, p[1]!) === district;
  const centreOf = (t: Township) => {
    const centre = centres.get(t.code);
    if (!centre) throw new Error(`${generator}: township ${t.code} is not in the districts given`);
    return centre;
  };
  return {
    districts,
    townships,
    index,
    centreOf,
    nearCentre(
      t,
      r,
      spreadM = t.kind === '街道' ? TOWNSHIP_SPREAD_M.urban : TOWNSHIP_SPREAD_M.rural,
    ) {
      const centre = centreOf(t);
      for (let attempt = 0; attempt < 20; attempt++) {
        const p = localToLonLat(centre, r.normal() * spreadM, r.normal() * spreadM);
        if (within(p, t.district)) return p;
      }
      return centre;
    },
    aroundSeat(district, minM, maxM, r) {
      for (let attempt = 0; attempt < 200; attempt++) {
        const radius = r.between(minM, maxM);
        const angle = r.between(0, 2 * Math.PI);
        const p = localToLonLat(district.seat, radius * Math.cos(angle), radius * Math.sin(angle));
        if (within(p, district.code)) return p;
      }
      return district.seat;
    },
  };
}

/** A township weight by kind; a kind left out (or 0) is never chosen. */
export type KindAffinity = Partial<Record<TownshipKind, number>>;

/**
 * Picks a township from those with a positive weight: the district's share of the samples
 * (SAMPLE_DISTRICT_PROFILE) times the affinity of the township's kind, times `extra` if given.
 * Throws when none is eligible, so a generator never writes a feature without a township.
 */
export function pickTownship(
  places: SamplePlaces,
  affinity: KindAffinity,
  r: SeededRandom,
  extra: (t: Township) => number = () => 1,
): Township {
  const weights = places.townships
    .map((t, i) => {
      const district = places.districts.get(t.district)!;
      return [i, district.weight * (affinity[t.kind] ?? 0) * extra(t)] as const;
    })
    .filter(([, w]) => w > 0);
  if (weights.length === 0) throw new Error('no township fits the sample rule');
  return places.townships[r.weighted(weights)]!;
}

/** An integer between min and max drawn log-uniformly: many small, few large (e.g. units). */
export function logUniformInt(r: SeededRandom, min: number, max: number): number {
  return Math.round(Math.exp(r.between(Math.log(min), Math.log(max))));
}

/** Sample feature ids: a letter and a five-digit running number, e.g. R00001. */
export function sampleId(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(5, '0')}`;
}
