/**
 * Cuts a GeoJSON layer into vector tiles zoom by zoom, handing each tile to a callback in
 * PMTiles tile-id order, so the caller can write it and forget it. The features are projected
 * once into flat typed arrays; each zoom is a pass that buckets them by tile, clips, simplifies
 * and encodes. Peak memory is the layer itself plus one zoom's buckets, not every tile of every
 * zoom (geojson-vt, which this replaces for the build, kept all of those: >5 GB at 10^6
 * segments).
 *
 * What each zoom keeps is counted per feature: from `completeFromZoom` up every feature is in
 * the tiles, whatever their size; below it a tile over `maxTileBytes` keeps its highest-ranked
 * features (the largest pipes, then the longest), and features too small to draw are left out.
 * Those counts (`featuresByZoom`) let the map say "zoom in to see all N segments".
 */
import { zxyToTileId } from 'pmtiles';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { clipToBox, simplifyLine } from './clip-geometry.ts';
import {
  encodeMvt,
  MVT_LINESTRING,
  MVT_POINT,
  MVT_POLYGON,
  type MvtFeature,
} from './encode-mvt.ts';

/** Options of {@link cutTiles}, each with its default. */
export interface CutOptions {
  /** Vector-tile layer name; default 'pipes'. */
  layer?: string;
  /** Lowest zoom cut; default 8. */
  minZoom?: number;
  /** Zoom cut without simplification; default 14. */
  maxZoom?: number;
  /**
   * Deeper zooms are added, one at a time up to this one, while the largest tile of the
   * deepest zoom cut is over `maxTileBytes`: dense data gets smaller tiles at street level
   * instead of heavier ones. Default `maxZoom` (no extra zoom).
   */
  maxZoomLimit?: number;
  /** From this zoom up every feature is kept, whatever a tile weighs; default 13. */
  completeFromZoom?: number;
  /** Below `completeFromZoom`, the largest uncompressed tile allowed (bytes); default 200 KB. */
  maxTileBytes?: number;
  /** Numeric property ranking features for thinning, lowest dropped first; default none. */
  rankProperty?: string;
}

/** One cut tile: its address, its uncompressed MVT bytes and what it holds. */
export interface CutTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
  /** Features with something to draw in this tile, and how many of them thinning removed. */
  features: number;
  dropped: number;
}

/** How many of the layer's features (with geometry) one zoom's tiles hold whole. */
export interface ZoomFeatures {
  zoom: number;
  kept: number;
  dropped: number;
}

/** What {@link cutTiles} made, for the manifest and the report. */
export interface CutSummary {
  layer: string;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  tileCount: number;
  largest: { z: number; x: number; y: number; bytes: number };
  /** Tiles that lost features to the size limit. */
  thinnedTiles: number;
  featuresByZoom: ZoomFeatures[];
}

const EXTENT = 4096;
/** Tile buffer in tile units, as geojson-vt's default: lines reach past the edge so joins match. */
const BUFFER = 64;
/** Douglas–Peucker tolerance in tile units below `maxZoom` (geojson-vt's default). */
const TOLERANCE = 3;

/** The layer projected once: every vertex in Web-Mercator world units [0, 1). */
interface Projected {
  n: number;
  /** MVT geometry type per feature, 0 for none (null geometry or a GeometryCollection). */
  type: Uint8Array;
  /** Feature i's parts are partStart[featureStart[i] … featureStart[i + 1]). */
  featureStart: Int32Array;
  /** Part j's vertices are xy[2·partStart[j] … 2·partStart[j + 1]). */
  partStart: Int32Array;
  /** 1 where a part is the exterior ring of a polygon, 0 for holes, lines and points. */
  exterior: Uint8Array;
  xy: Float64Array;
  /** World bounding box per feature: x0, y0, x1, y1. */
  box: Float64Array;
  rank: Float64Array;
  /** Length (lines) or area (polygons) in world units: longer and larger are kept first. */
  size: Float64Array;
  properties: (Record<string, unknown> | null)[];
  bounds: [number, number, number, number];
  withGeometry: number;
}

const MAX_LAT = 85.0511287798066;
const worldX = (lon: number) => (lon + 180) / 360;
const worldY = (lat: number) => {
  const s = Math.sin((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

/** Parts of a GeoJSON geometry as position lists, with the MVT type; null if not drawable. */
function partsOf(
  feature: Feature,
): { type: number; parts: Position[][]; rings?: boolean[] } | null {
  const g = feature.geometry;
  switch (g?.type) {
    case 'Point':
      return { type: MVT_POINT, parts: [[g.coordinates]] };
    case 'MultiPoint':
      return { type: MVT_POINT, parts: [g.coordinates] };
    case 'LineString':
      return { type: MVT_LINESTRING, parts: [g.coordinates] };
    case 'MultiLineString':
      return { type: MVT_LINESTRING, parts: g.coordinates };
    case 'Polygon':
      return {
        type: MVT_POLYGON,
        parts: g.coordinates,
        rings: g.coordinates.map((_, i) => i === 0),
      };
    case 'MultiPolygon':
      return {
        type: MVT_POLYGON,
        parts: g.coordinates.flat(),
        rings: g.coordinates.flatMap((p) => p.map((_, i) => i === 0)),
      };
    default:
      return null;
  }
}

function project(collection: FeatureCollection, rankProperty?: string): Projected {
  const n = collection.features.length;
  const type = new Uint8Array(n);
  const featureStart = new Int32Array(n + 1);
  const partStarts: number[] = [0];
  const exterior: number[] = [];
  const xy: number[] = [];
  const box = new Float64Array(4 * n);
  const rank = new Float64Array(n);
  const size = new Float64Array(n);
  const properties: (Record<string, unknown> | null)[] = new Array(n);
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let withGeometry = 0;
  collection.features.forEach((feature, i) => {
    featureStart[i] = partStarts.length - 1;
    properties[i] = feature.properties;
    const r = rankProperty ? Number(feature.properties?.[rankProperty]) : 0;
    rank[i] = Number.isFinite(r) ? r : 0;
    const geometry = partsOf(feature);
    if (!geometry || geometry.parts.every((p) => p.length === 0)) return;
    type[i] = geometry.type;
    withGeometry++;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    let measure = 0;
    geometry.parts.forEach((part, p) => {
      let area = 0;
      part.forEach(([lon, lat], k) => {
        const x = worldX(lon!);
        const y = worldY(lat!);
        if (k > 0) {
          const px = xy[xy.length - 2]!;
          const py = xy[xy.length - 1]!;
          if (geometry.type === MVT_LINESTRING) measure += Math.hypot(x - px, y - py);
          else area += px * y - x * py;
        }
        xy.push(x, y);
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
        bounds[0] = Math.min(bounds[0], lon!);
        bounds[1] = Math.min(bounds[1], lat!);
        bounds[2] = Math.max(bounds[2], lon!);
        bounds[3] = Math.max(bounds[3], lat!);
      });
      const isExterior = geometry.rings?.[p] ?? false;
      if (isExterior) measure += Math.abs(area) / 2;
      exterior.push(isExterior ? 1 : 0);
      partStarts.push(xy.length / 2);
    });
    box.set([x0, y0, x1, y1], 4 * i);
    size[i] = measure;
  });
  featureStart[n] = partStarts.length - 1;
  return {
    n,
    type,
    featureStart,
    partStart: Int32Array.from(partStarts),
    exterior: Uint8Array.from(exterior),
    xy: Float64Array.from(xy),
    box,
    rank,
    size,
    properties,
    bounds,
    withGeometry,
  };
}

/** Rounds a piece to whole tile units and drops repeated positions. */
function quantize(points: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i += 2) {
    const x = Math.round(points[i]!);
    const y = Math.round(points[i + 1]!);
    if (out.length && out[out.length - 2] === x && out[out.length - 1] === y) continue;
    out.push(x, y);
  }
  return out;
}

/** Twice the signed area of a closed ring (surveyor's formula); > 0 is an MVT exterior ring. */
function ringArea(ring: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 2; i += 2)
    sum += ring[i]! * ring[i + 3]! - ring[i + 2]! * ring[i + 1]!;
  return sum;
}

/** A ring reversed, position by position. */
function reversed(ring: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = ring.length - 2; i >= 0; i -= 2) out.push(ring[i]!, ring[i + 1]!);
  return out;
}

/** A stable pseudo-random order, so thinning of rank-less points spreads over the tile. */
const scatter = (i: number) => Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) >>> 0;

/**
 * Cuts `collection` (WGS84) into tiles from `minZoom` to `maxZoom` (or deeper, see
 * {@link CutOptions.maxZoomLimit}), calling `onTile` for each non-empty tile in tile-id order.
 */
export function cutTiles(
  collection: FeatureCollection,
  options: CutOptions,
  onTile: (tile: CutTile) => void,
): CutSummary {
  const layer = options.layer ?? 'pipes';
  const minZoom = options.minZoom ?? 8;
  const baseMaxZoom = options.maxZoom ?? 14;
  const maxZoomLimit = Math.max(baseMaxZoom, options.maxZoomLimit ?? baseMaxZoom);
  const completeFrom = options.completeFromZoom ?? 13;
  const maxBytes = options.maxTileBytes ?? 200 * 1024;
  const f = project(collection, options.rankProperty);
  const featuresByZoom: ZoomFeatures[] = [];
  let largest = { z: minZoom, x: 0, y: 0, bytes: 0 };
  let tileCount = 0;
  let thinnedTiles = 0;
  let maxZoom = minZoom;

  for (let z = minZoom; z <= maxZoomLimit; z++) {
    maxZoom = z;
    const scale = 2 ** z;
    const tolerance = z < baseMaxZoom ? TOLERANCE : 0;
    const complete = z >= completeFrom;
    const margin = BUFFER / EXTENT;
    const clampTile = (v: number) => Math.max(0, Math.min(scale - 1, Math.floor(v)));

    // Bucket every feature into the tiles its box (with the buffer) touches.
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < f.n; i++) {
      if (!f.type[i]) continue;
      const tx0 = clampTile(f.box[4 * i]! * scale - margin);
      const ty0 = clampTile(f.box[4 * i + 1]! * scale - margin);
      const tx1 = clampTile(f.box[4 * i + 2]! * scale + margin);
      const ty1 = clampTile(f.box[4 * i + 3]! * scale + margin);
      for (let tx = tx0; tx <= tx1; tx++)
        for (let ty = ty0; ty <= ty1; ty++) {
          const key = tx * scale + ty;
          const bucket = buckets.get(key);
          if (bucket) bucket.push(i);
          else buckets.set(key, [i]);
        }
    }
    const order = [...buckets.keys()]
      .map((key) => ({ key, x: Math.floor(key / scale), y: key % scale }))
      .map((t) => ({ ...t, id: zxyToTileId(z, t.x, t.y) }))
      .sort((a, b) => a.id - b.id);

    // Per feature at this zoom: 1 = drawn in some tile, 2 = thinned out of some tile.
    const status = new Uint8Array(f.n);
    let zoomLargest = 0;

    /** The feature's geometry in tile (x, y), or null if it has nothing to draw there. */
    const piecesIn = (i: number, x: number, y: number): MvtFeature | null => {
      const t = f.type[i]! as MvtFeature['type'];
      const parts: number[][] = [];
      let keepHoles = false;
      for (let p = f.featureStart[i]!; p < f.featureStart[i + 1]!; p++) {
        const local: number[] = [];
        for (let v = f.partStart[p]!; v < f.partStart[p + 1]!; v++)
          local.push((f.xy[2 * v]! * scale - x) * EXTENT, (f.xy[2 * v + 1]! * scale - y) * EXTENT);
        if (t === MVT_POINT) {
          const inside: number[] = [];
          for (let k = 0; k < local.length; k += 2)
            if (inBox(local[k]!, local[k + 1]!)) inside.push(local[k]!, local[k + 1]!);
          const points = inside.map(Math.round);
          if (points.length) parts.push(points);
          continue;
        }
        const ring = t === MVT_POLYGON;
        const isExterior = f.exterior[p] === 1;
        if (ring && !isExterior && !keepHoles) continue; // its exterior ring fell away
        const clipped = allInBox(local)
          ? [local]
          : clipToBox(local, -BUFFER, EXTENT + BUFFER, ring);
        let drawn = false;
        for (const piece of clipped) {
          const q = quantize(simplifyLine(piece, tolerance));
          if (!ring) {
            if (q.length >= 4) parts.push(q);
            continue;
          }
          const area = ringArea(q);
          if (q.length < 8 || area === 0) continue;
          const open = area > 0 === isExterior ? q : reversed(q);
          parts.push(open.slice(0, -2)); // MVT closes rings itself
          drawn = true;
        }
        if (ring && isExterior) keepHoles = drawn;
      }
      return parts.length ? { type: t, parts, properties: f.properties[i]! } : null;
    };
    const inBox = (px: number, py: number) =>
      px >= -BUFFER && px <= EXTENT + BUFFER && py >= -BUFFER && py <= EXTENT + BUFFER;
    const allInBox = (points: readonly number[]) => {
      for (let k = 0; k < points.length; k += 2)
        if (!inBox(points[k]!, points[k + 1]!)) return false;
      return true;
    };

    /**
     * A feature too small to show at a zoom that must show everything: one tile unit long (a
     * dot at the feature's first position), in the tile that position falls in.
     */
    const minimal = (i: number, x: number, y: number): MvtFeature | null => {
      const v = f.partStart[f.featureStart[i]!]!;
      const wx = f.xy[2 * v]! * scale;
      const wy = f.xy[2 * v + 1]! * scale;
      if (Math.min(scale - 1, Math.floor(wx)) !== x || Math.min(scale - 1, Math.floor(wy)) !== y)
        return null;
      const px = Math.round((wx - x) * EXTENT);
      const py = Math.round((wy - y) * EXTENT);
      // A polygon's exterior ring winds clockwise on screen (positive area in tile units).
      const parts =
        f.type[i] === MVT_POLYGON ? [[px, py, px + 1, py, px, py + 1]] : [[px, py, px + 1, py]];
      return { type: f.type[i]! as MvtFeature['type'], parts, properties: f.properties[i]! };
    };

    const byPriority = (a: number, b: number) =>
      f.rank[b]! - f.rank[a]! || f.size[b]! - f.size[a]! || scatter(a) - scatter(b);

    for (const { key, x, y } of order) {
      const bucket = buckets.get(key)!;
      buckets.delete(key);
      if (!complete) bucket.sort(byPriority);
      let kept: { i: number; feature: MvtFeature }[] = [];
      let limit = Infinity;
      let dropped = 0;
      for (const i of bucket) {
        const feature = piecesIn(i, x, y) ?? (complete ? minimal(i, x, y) : null);
        if (!feature) continue;
        if (kept.length >= limit) {
          status[i]! |= 2;
          dropped++;
          continue;
        }
        kept.push({ i, feature });
        // Below the complete zooms, estimate from the first features how many fit the limit,
        // so a low-zoom tile of a million features never holds them all in memory.
        if (!complete && kept.length === 2000 && bucket.length > 2000) {
          const sample = encodeMvt(
            layer,
            kept.map((k) => k.feature),
          ).length;
          limit = Math.max(1, Math.floor((maxBytes / sample) * kept.length * 0.97));
        }
      }
      if (kept.length === 0) continue;
      // Keep the file's order inside the tile, so features draw over each other as in the source.
      kept.sort((a, b) => a.i - b.i);
      let data = encodeMvt(
        layer,
        kept.map((k) => k.feature),
      );
      while (!complete && data.length > maxBytes && kept.length > 1) {
        // Drop the lowest-priority features by the overshoot, re-encode, and check again.
        const keep = Math.max(1, Math.floor(kept.length * (maxBytes / data.length) * 0.97));
        const ranked = kept.map((k) => k.i).sort(byPriority);
        const out = new Set(ranked.slice(keep));
        for (const i of out) status[i]! |= 2;
        dropped += out.size;
        kept = kept.filter((k) => !out.has(k.i));
        data = encodeMvt(
          layer,
          kept.map((k) => k.feature),
        );
      }
      for (const k of kept) status[k.i]! |= 1;
      if (dropped > 0) thinnedTiles++;
      tileCount++;
      zoomLargest = Math.max(zoomLargest, data.length);
      if (data.length > largest.bytes) largest = { z, x, y, bytes: data.length };
      onTile({ z, x, y, data, features: kept.length + dropped, dropped });
    }

    let kept = 0;
    for (let i = 0; i < f.n; i++) if (status[i] === 1) kept++;
    featuresByZoom.push({ zoom: z, kept, dropped: f.withGeometry - kept });
    if (z >= baseMaxZoom && zoomLargest <= maxBytes) break;
  }

  return {
    layer,
    minZoom,
    maxZoom,
    bounds: f.bounds,
    tileCount,
    largest,
    thinnedTiles,
    featuresByZoom,
  };
}
