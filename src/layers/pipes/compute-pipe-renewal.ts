import length from '@turf/length';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { PipeSegmentProperties } from './contract.ts';
import type { PipeType } from './values.ts';

/** Options of {@link computePipeRenewal}. */
export interface PipeRenewalOptions {
  /** Count renewals completed up to and including this year (the time slider's). */
  year: number;
  /**
   * The first year that counts towards the plan's cumulative target: the first year of the
   * plan period the deployment assumes (the style's "renewed by" uses the same one).
   */
  fromYear: number;
  /** Only these pipe types (default: all). The gas figure ignores this filter. */
  types?: readonly PipeType[];
  /** Only these district codes (default: all). */
  districts?: readonly string[];
}

/** Kilometres of one slice of the network. */
export interface PipeKm {
  /** 已改造 with fromYear ≤ year ≤ the chosen year: counts towards 1800公里. */
  renewedKm: number;
  /** 改造中, whatever its planned finish year: under way, not yet counted. */
  inProgressKm: number;
  /** Every segment of the slice, any status: the network the figures are out of. */
  networkKm: number;
}

/** The renewal figures of a pipe layer, for measure 四(二). */
export interface PipeRenewal {
  year: number;
  fromYear: number;
  total: PipeKm;
  /** By district code, in code order, for the districts present after filtering. */
  byDistrict: Record<string, PipeKm>;
  /** Type 燃气 only (老旧燃气管道更新改造), with the district filter applied. */
  gas: PipeKm;
}

type PipeFeature = Feature<LineString, PipeSegmentProperties>;

/**
 * The geodesic length (km, @turf/length's haversine) of each segment, in feature order.
 * Computed once per layer and passed to {@link computePipeRenewal}, so a year slider does not
 * measure 10^6 segments again on every step.
 */
export function pipeLengthsKm(pipes: FeatureCollection<LineString>): Float64Array {
  const lengths = new Float64Array(pipes.features.length);
  pipes.features.forEach((f, i) => (lengths[i] = length(f, { units: 'kilometers' })));
  return lengths;
}

const emptyKm = (): PipeKm => ({ renewedKm: 0, inProgressKm: 0, networkKm: 0 });
// Figures are shown to the metre at most; rounding also keeps fixture files stable.
const roundKm = (km: PipeKm): PipeKm => ({
  renewedKm: Math.round(km.renewedKm * 1000) / 1000,
  inProgressKm: Math.round(km.inProgressKm * 1000) / 1000,
  networkKm: Math.round(km.networkKm * 1000) / 1000,
});

/**
 * The network summed by type, status, district and year: every figure of
 * {@link computePipeRenewal} can be computed from these few hundred rows instead of the
 * segments. The data build writes them beside a tiled pipe layer (`data/<id>-km.json`), so the
 * browser gives the same figures without downloading 10^6 segments.
 */
export interface PipeKmRow extends Pick<PipeSegmentProperties, 'type' | 'status' | 'district'> {
  /** The year of renewal for 已改造; 0 for the other statuses, whose figures ignore the year. */
  year: number;
  km: number;
}

/** Sums segment lengths into {@link PipeKmRow}s, ordered by type, status, district and year. */
export function pipeKmRows(
  pipes: FeatureCollection<LineString, PipeSegmentProperties>,
  lengths: Float64Array = pipeLengthsKm(pipes),
): PipeKmRow[] {
  const rows = new Map<string, PipeKmRow>();
  pipes.features.forEach((f, i) => {
    const { type, status, district } = f.properties;
    const year = status === '已改造' ? f.properties.year : 0;
    const key = [type, status, district, year].join('|');
    const row = rows.get(key);
    if (row) row.km += lengths[i]!;
    else rows.set(key, { type, status, district, year, km: lengths[i]! });
  });
  // Millimetres are plenty (figures show metres) and keep the file small.
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => ({ ...r, km: Math.round(r.km * 1e6) / 1e6 }));
}

/**
 * Kilometres of pipe renewed (已改造, completed in fromYear..year) and under renewal (改造中), in
 * total, per district and for gas alone, against 累计建设改造城市地下管网1800公里. Pure; `lengths`
 * from {@link pipeLengthsKm} may be passed in, else they are measured here.
 */
export function computePipeRenewal(
  pipes: FeatureCollection<LineString, PipeSegmentProperties>,
  options: PipeRenewalOptions,
  lengths: Float64Array = pipeLengthsKm(pipes),
): PipeRenewal {
  return sumRenewal(
    pipes.features.map((f: PipeFeature) => f.properties),
    lengths,
    options,
  );
}

/** {@link computePipeRenewal} from the build's {@link PipeKmRow}s: the same figures. */
export function computePipeRenewalFromRows(
  rows: readonly PipeKmRow[],
  options: PipeRenewalOptions,
): PipeRenewal {
  return sumRenewal(
    rows,
    Float64Array.from(rows, (r) => r.km),
    options,
  );
}

function sumRenewal(
  items: readonly Pick<PipeSegmentProperties, 'type' | 'status' | 'district' | 'year'>[],
  lengths: Float64Array,
  options: PipeRenewalOptions,
): PipeRenewal {
  const { year, fromYear } = options;
  const types = options.types ? new Set<string>(options.types) : undefined;
  const districts = options.districts ? new Set(options.districts) : undefined;
  const total = emptyKm();
  const gas = emptyKm();
  const byDistrict = new Map<string, PipeKm>();
  const add = (into: PipeKm, p: (typeof items)[number], km: number) => {
    into.networkKm += km;
    if (p.status === '改造中') into.inProgressKm += km;
    else if (p.status === '已改造' && p.year >= fromYear && p.year <= year) into.renewedKm += km;
  };
  items.forEach((p, i) => {
    if (districts && !districts.has(p.district)) return;
    const km = lengths[i]!;
    if (p.type === '燃气') add(gas, p, km);
    if (types && !types.has(p.type)) return;
    add(total, p, km);
    let district = byDistrict.get(p.district);
    if (!district) byDistrict.set(p.district, (district = emptyKm()));
    add(district, p, km);
  });
  const codes = [...byDistrict.keys()].sort();
  return {
    year,
    fromYear,
    total: roundKm(total),
    byDistrict: Object.fromEntries(codes.map((c) => [c, roundKm(byDistrict.get(c)!)])),
    gas: roundKm(gas),
  };
}
