import {
  cellToBoundary,
  cellToLatLng,
  cellToParent,
  getHexagonEdgeLengthAvg,
  gridDisk,
  latLngToCell,
  UNITS,
} from 'h3-js';
import type { FeatureCollection, Point, Position } from 'geojson';

/** Options of {@link computeCoverageCells}. */
export interface CoverageOptions {
  /** The service distance: a cell is covered when its centre is this close to a station. */
  distanceKm: number;
  /** The H3 resolution; default {@link coverageResolutionFor}(distanceKm). */
  resolution?: number;
}

/** The H3 cells within the service distance of at least one station. */
export interface CoverageCells {
  distanceKm: number;
  resolution: number;
  /** H3 indexes, sorted, each once. */
  cells: string[];
}

/** Earth radius (km) as turf measures, so distances here agree with the rest of src/geo. */
const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * The H3 resolution for a service distance: the coarsest whose average cell edge is at most a
 * quarter of the distance. A cell counts by its centre, so the covered outline is off by up to
 * one cell radius (≈ one edge); a quarter keeps that within ~25 % of the distance while the
 * cell count stays in the tens of thousands for the whole city. 1 km → res 9 (edge ≈ 0.20 km),
 * 3 km and 5 km → res 8 (≈ 0.53 km), 10 km → res 7 (≈ 1.41 km).
 */
export function coverageResolutionFor(distanceKm: number): number {
  for (let res = 0; res <= 15; res++) {
    if (getHexagonEdgeLengthAvg(res, UNITS.km) <= distanceKm / 4) return res;
  }
  return 15;
}

/** Haversine of the great-circle angle between two points given in radians (cos of lat given). */
function haversine(lat1: number, lon1: number, cos1: number, lat2: number, lon2: number) {
  const a = Math.sin((lat2 - lat1) / 2);
  const b = Math.sin((lon2 - lon1) / 2);
  return a * a + cos1 * Math.cos(lat2) * b * b;
}

/**
 * How many rings around an origin cell can hold a cell whose centre lies within `distanceKm`
 * of a point in the origin cell. No centre of ring k is nearer the origin's centre than
 * 1.5·k·edge (the middle of a ring's side), and a point of the origin cell is at most its
 * circumradius from the centre; both are measured on the origin cell itself, since H3 cells
 * vary in size, with 5 % slack for the neighbours' distortion.
 */
function ringsFor(origin: string, distanceKm: number): number {
  const [lat, lon] = cellToLatLng(origin);
  const boundary = cellToBoundary(origin);
  const km = (a: number[], b: number[]) =>
    2 *
    EARTH_KM *
    Math.asin(
      Math.sqrt(
        haversine(a[0]! * RAD, a[1]! * RAD, Math.cos(a[0]! * RAD), b[0]! * RAD, b[1]! * RAD),
      ),
    );
  let minEdge = Infinity;
  let maxRadius = 0;
  boundary.forEach((vertex, i) => {
    minEdge = Math.min(minEdge, km(vertex, boundary[(i + 1) % boundary.length]!));
    maxRadius = Math.max(maxRadius, km([lat, lon], vertex));
  });
  return Math.floor((distanceKm + maxRadius) / (1.5 * minEdge * 0.95));
}

/**
 * The H3 cells within a service distance of any station: the coverage surface of measure
 * 四(三) without a union of thousands of buffers. Stations are grouped by their own cell; each
 * group takes a `gridDisk` of candidate cells around it, and a candidate is kept when the
 * great-circle distance from its centre to a station of the group is within the distance. A
 * Set keeps each cell once and skips cells already covered. Pure; positions are [lon, lat].
 */
export function computeCoverageCells(
  stations: FeatureCollection<Point> | readonly Position[],
  options: CoverageOptions,
): CoverageCells {
  const { distanceKm } = options;
  const resolution = options.resolution ?? coverageResolutionFor(distanceKm);
  const positions = Array.isArray(stations)
    ? (stations as readonly Position[])
    : (stations as FeatureCollection<Point>).features.map((f) => f.geometry.coordinates);
  // Station coordinates by origin cell, as lat, lon (radians), cos(lat).
  const groups = new Map<string, number[]>();
  for (const [lon, lat] of positions) {
    const origin = latLngToCell(lat!, lon!, resolution);
    const group = groups.get(origin) ?? [];
    if (group.length === 0) groups.set(origin, group);
    group.push(lat! * RAD, lon! * RAD, Math.cos(lat! * RAD));
  }
  const limit = Math.sin(distanceKm / EARTH_KM / 2) ** 2; // haversine of the distance
  const covered = new Set<string>();
  const centres = new Map<string, [number, number]>();
  // Neighbouring cells differ in size by far less than ringsFor's slack, so one measurement
  // serves all origins under the same ancestor three levels up (343 cells).
  const ringsByAncestor = new Map<string, number>();
  for (const [origin, group] of groups) {
    const ancestor = cellToParent(origin, Math.max(0, resolution - 3));
    let rings = ringsByAncestor.get(ancestor);
    if (rings === undefined) ringsByAncestor.set(ancestor, (rings = ringsFor(origin, distanceKm)));
    for (const cell of gridDisk(origin, rings)) {
      if (covered.has(cell)) continue;
      let centre = centres.get(cell);
      if (!centre) {
        const [lat, lon] = cellToLatLng(cell);
        centres.set(cell, (centre = [lat * RAD, lon * RAD]));
      }
      for (let i = 0; i < group.length; i += 3) {
        if (haversine(group[i]!, group[i + 1]!, group[i + 2]!, centre[0], centre[1]) <= limit) {
          covered.add(cell);
          break;
        }
      }
    }
  }
  return { distanceKm, resolution, cells: [...covered].sort() };
}
