import type { Geometry, Position } from 'geojson';

/** The quantisation ECharts' map tools use: 1/1024 degree (~100 m at Guiyang). */
export const ECHARTS_ENCODE_SCALE = 1024;

/** A geometry as ECharts map files store it: rings as strings, with a start offset per ring. */
export interface EchartsGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  encodeOffsets?: unknown;
}

/**
 * Decodes one ring of ECharts' "UTF8Encoding" format: two characters per vertex, each the
 * zig-zag encoded delta from the previous vertex plus 64, starting from `offset`.
 * Mirrors `decodeRing` in echarts/src/coord/geo/parseGeoJson.ts.
 */
export function decodeEchartsRing(
  encoded: string,
  offset: readonly [number, number],
  scale = ECHARTS_ENCODE_SCALE,
): Position[] {
  const ring: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function isOffset(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number'
  );
}

function decodePolygon(rings: unknown, offsets: unknown, where: string): Position[][] {
  if (!Array.isArray(rings)) throw new Error(`${where}: rings are not an array`);
  return rings.map((ring: unknown, r) => {
    // Already-decoded files keep numeric rings; pass them through unchanged.
    if (Array.isArray(ring)) return ring as Position[];
    const offset: unknown = Array.isArray(offsets) ? offsets[r] : undefined;
    if (typeof ring !== 'string' || !isOffset(offset)) {
      throw new Error(
        `${where}: ring ${r} is neither coordinates nor an encoded string with offset`,
      );
    }
    return decodeEchartsRing(ring, offset);
  });
}

/**
 * Turns an ECharts-encoded Polygon/MultiPolygon into plain GeoJSON coordinates in the
 * file's own frame (no reprojection happens here).
 */
export function decodeEchartsGeometry(geometry: EchartsGeometry, where = 'geometry'): Geometry {
  const offsets = geometry.encodeOffsets;
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: decodePolygon(geometry.coordinates, offsets, where) };
  }
  if (!Array.isArray(geometry.coordinates)) throw new Error(`${where}: polygons are not an array`);
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon: unknown, p) =>
      decodePolygon(
        polygon,
        Array.isArray(offsets) ? offsets[p] : undefined,
        `${where} polygon ${p}`,
      ),
    ),
  };
}
