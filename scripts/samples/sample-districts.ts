import bbox from '@turf/bbox';
import type { FeatureCollection, Position } from 'geojson';
import { GUIYANG_DISTRICT_CODES, type DistrictCode } from '../../src/model/guiyang-districts.ts';
import { featureIdOf } from '../../src/geo/validate-geojson.ts';

/**
 * How much of the sample each district gets, and how far its town extends from its seat. A
 * judgement from the plan's structure, not a measurement: the core (云岩, 南明) and the northern
 * centre (观山湖, 白云) are the densest, 花溪 carries the southern centre's university town, and the
 * county seats of 多组团 are smaller towns.
 */
export const SAMPLE_DISTRICT_PROFILE: Record<DistrictCode, { weight: number; urbanKm: number }> = {
  '520102': { weight: 0.15, urbanKm: 5 },
  '520103': { weight: 0.13, urbanKm: 4 },
  '520111': { weight: 0.11, urbanKm: 5 },
  '520112': { weight: 0.08, urbanKm: 4 },
  '520113': { weight: 0.08, urbanKm: 4 },
  '520115': { weight: 0.12, urbanKm: 5 },
  '520121': { weight: 0.07, urbanKm: 3 },
  '520122': { weight: 0.06, urbanKm: 2.5 },
  '520123': { weight: 0.07, urbanKm: 3 },
  '520181': { weight: 0.13, urbanKm: 4 },
};

/** A Guiyang district as the generators see it: code, seat and place in the input collection. */
export interface SampleDistrict {
  code: DistrictCode;
  name: string;
  /** The seat (county-town centre) [lon, lat], from the boundary data's `cp` point. */
  seat: Position;
  /** [west, south, east, north] of the district polygon. */
  bbox: [number, number, number, number];
  weight: number;
  urbanKm: number;
}

/**
 * The ten Guiyang districts found in a built districts collection, in code order; context
 * neighbours are left out. Throws when one has no seat, since the samples grow from seats.
 */
export function sampleDistrictsOf(districts: FeatureCollection): SampleDistrict[] {
  const found: SampleDistrict[] = [];
  for (const feature of districts.features) {
    const code = featureIdOf(feature) as DistrictCode;
    if (!GUIYANG_DISTRICT_CODES.includes(code)) continue;
    const seat = feature.properties?.seat as Position | undefined;
    if (!Array.isArray(seat)) throw new Error(`district ${code} has no seat point`);
    const name = String(feature.properties?.name ?? code);
    const box = bbox(feature) as SampleDistrict['bbox'];
    found.push({ code, name, seat, bbox: box, ...SAMPLE_DISTRICT_PROFILE[code] });
  }
  if (found.length === 0) throw new Error('no Guiyang district (5201xx) in the districts input');
  return found.sort((a, b) => a.code.localeCompare(b.code));
}

/** Metres per degree of latitude on the sphere turf measures with (R = 6 371 008.8 m). */
export const METRES_PER_DEGREE = (Math.PI * 6_371_008.8) / 180;

/** Converts local east/north metres around an origin to [lon, lat], rounded to ~0.1 m. */
export function localToLonLat(origin: Position, east: number, north: number): Position {
  const [lon0, lat0] = origin as [number, number];
  const lon = lon0 + east / (METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180));
  const lat = lat0 + north / METRES_PER_DEGREE;
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

/** Local metres east and north of `origin` to `p`: the inverse of {@link localToLonLat}. */
export function lonLatToLocal(origin: Position, p: Position): [number, number] {
  const [lon0, lat0] = origin as [number, number];
  const east = (p[0]! - lon0) * METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  return [east, (p[1]! - lat0) * METRES_PER_DEGREE];
}

/** Splits `count` among weights: floors, then the largest remainders (ties: first listed). */
export function splitCount(count: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (count * w) / total);
  const parts = exact.map(Math.floor);
  let left = count - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]!++;
  }
  return parts;
}
