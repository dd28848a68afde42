import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { featureIdOf } from './validate-geojson.ts';

/** Finds the district a point lies in; built once, asked many times. */
export interface DistrictIndex {
  /** The id of the district containing [lon, lat], or null outside every district. */
  districtAt(lon: number, lat: number): string | null;
  /** The district ids, in the order of the input collection. */
  readonly ids: readonly string[];
}

/** One polygon's edges sorted into horizontal bands, for ray casting against a few edges only. */
interface BandedPolygon {
  minY: number;
  bandHeight: number;
  /** Edge numbers of band b are bandEdges[bandStart[b] .. bandStart[b + 1]). */
  bandStart: Int32Array;
  bandEdges: Int32Array;
  /** x0, y0, x1, y1 per edge. */
  edges: Float64Array;
}

/** Average edges per band; a horizontal line crosses a district boundary a few dozen times. */
const EDGES_PER_BAND = 4;

function bandPolygon(rings: Position[][], minY: number, maxY: number): BandedPolygon {
  const coords: number[] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1]!;
      const [x1, y1] = ring[i]!;
      if (y0 !== y1) coords.push(x0!, y0!, x1!, y1!); // a level edge never crosses a level ray
    }
  }
  const edges = Float64Array.from(coords);
  const count = edges.length / 4;
  const bands = Math.max(1, Math.ceil(count / EDGES_PER_BAND));
  const bandHeight = (maxY - minY) / bands || 1;
  const bandOf = (y: number) =>
    Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));
  const span = (e: number) => {
    const [a, b] = [bandOf(edges[4 * e + 1]!), bandOf(edges[4 * e + 3]!)];
    return [Math.min(a, b), Math.max(a, b)] as const;
  };
  // Counting sort of edges into the bands they span: two passes, no per-band arrays.
  const bandStart = new Int32Array(bands + 1);
  for (let e = 0; e < count; e++) {
    const [from, to] = span(e);
    for (let b = from; b <= to; b++) bandStart[b + 1]!++;
  }
  for (let b = 0; b < bands; b++) bandStart[b + 1]! += bandStart[b]!;
  const fill = bandStart.slice(0, bands);
  const bandEdges = new Int32Array(bandStart[bands]!);
  for (let e = 0; e < count; e++) {
    const [from, to] = span(e);
    for (let b = from; b <= to; b++) bandEdges[fill[b]!++] = e;
  }
  return { minY, bandHeight, bandStart, bandEdges, edges };
}

/** Even–odd ray casting eastward against the edges of the point's band (holes included). */
function contains(polygon: BandedPolygon, x: number, y: number): boolean {
  const { minY, bandHeight, bandStart, bandEdges, edges } = polygon;
  const band = Math.floor((y - minY) / bandHeight);
  if (band < 0 || band >= bandStart.length - 1) return false;
  let inside = false;
  for (let k = bandStart[band]!; k < bandStart[band + 1]!; k++) {
    const e = 4 * bandEdges[k]!;
    const y0 = edges[e + 1]!;
    const y1 = edges[e + 3]!;
    // Half-open in y, so a ray through a vertex counts the two edges meeting there once.
    if (y0 > y === y1 > y) continue;
    const x0 = edges[e]!;
    if (x < x0 + ((y - y0) * (edges[e + 2]! - x0)) / (y1 - y0)) inside = !inside;
  }
  return inside;
}

/**
 * Indexes (multi)polygon districts for fast point-in-polygon: a Flatbush R-tree over the
 * districts' boxes picks the candidates, then ray casting against one horizontal band of the
 * candidate's edges decides. Why bands: each Guiyang district has 1 300–3 400 vertices, so a
 * plain point-in-polygon test (turf) walks thousands of edges per point; a band holds a few
 * dozen. Points on a shared border go to the district listed first.
 */
export function createDistrictIndex(districts: FeatureCollection): DistrictIndex {
  const ids: string[] = [];
  const polygons: BandedPolygon[] = [];
  const owners: number[] = [];
  const boxes: number[] = [];
  districts.features.forEach((feature, index) => {
    ids.push(featureIdOf(feature) ?? `#${index}`);
    const geometry = (feature as Feature<Polygon | MultiPolygon>).geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return;
    const rings = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ).flat();
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of rings.flat()) {
      [minX, minY] = [Math.min(minX, x!), Math.min(minY, y!)];
      [maxX, maxY] = [Math.max(maxX, x!), Math.max(maxY, y!)];
    }
    polygons.push(bandPolygon(rings, minY, maxY));
    owners.push(index);
    boxes.push(minX, minY, maxX, maxY);
  });
  const tree = new Flatbush(Math.max(polygons.length, 1));
  for (let i = 0; i < polygons.length; i++)
    tree.add(boxes[4 * i]!, boxes[4 * i + 1]!, boxes[4 * i + 2]!, boxes[4 * i + 3]!);
  if (polygons.length === 0) tree.add(Infinity, Infinity, Infinity, Infinity);
  tree.finish();
  return {
    ids,
    districtAt(lon, lat) {
      let found = -1;
      tree.search(lon, lat, lon, lat, (i) => {
        if (
          i < polygons.length &&
          (found < 0 || owners[i]! < found) &&
          contains(polygons[i]!, lon, lat)
        )
          found = owners[i]!;
        return false; // decided here, so the search collects nothing
      });
      return found < 0 ? null : ids[found]!;
    },
  };
}

/**
 * The district of each point (null outside all), in the order of the points: the feature-to-
 * district assignment for station or survey files; 10^5 points well under half a second.
 */
export function assignDistrict(
  points: FeatureCollection<Point> | readonly Position[],
  districts: FeatureCollection | DistrictIndex,
): (string | null)[] {
  const index = 'districtAt' in districts ? districts : createDistrictIndex(districts);
  const positions = Array.isArray(points)
    ? (points as readonly Position[])
    : (points as FeatureCollection<Point>).features.map((f) => f.geometry.coordinates);
  return positions.map(([lon, lat]) => index.districtAt(lon!, lat!));
}
