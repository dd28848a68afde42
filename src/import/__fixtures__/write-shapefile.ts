import type { Position } from 'geojson';

// A minimal ESRI shapefile writer for test fixtures (the `shapefile` package only reads):
// points and polygons, character and numeric attributes, any text encoding. Layout per the
// ESRI Shapefile Technical Description (1998) and the dBASE III table format.

/** One record: a point, a polygon (rings, outer first) or no shape; and its attributes. */
export interface ShapeRecord {
  geometry:
    | { type: 'Point'; coordinates: Position }
    | { type: 'Polygon'; coordinates: Position[][] }
    | null;
  properties: Record<string, string | number | null>;
}

/** A DBF column: `C` text of `length` bytes, `N` number. */
export interface DbfField {
  name: string;
  type: 'C' | 'N';
  length: number;
  decimals?: number;
}

/** Options of {@link writeShapefile}. */
export interface WriteShapefileOptions {
  fields: DbfField[];
  /** Encodes attribute text and field names; default UTF-8. */
  encode?: (text: string) => Uint8Array;
  /** DBF language driver id (byte 29): 0x4D = GBK/936, 0 = unspecified (default). */
  languageDriver?: number;
}

let gbkTable: Map<string, number[]> | undefined;

/** Encodes text as GBK by inverting TextDecoder('gbk') (Node and browsers only decode GBK). */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char))
          gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(gbkTable.get(char) ?? [0x3f]));
  }
  return Uint8Array.from(bytes);
}

const signedArea = (ring: Position[]) =>
  ring.reduce((s, p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    return s + (p[0]! * q[1]! - q[0]! * p[1]!);
  }, 0) / 2;

/** Shapefile rings: outer clockwise, holes counter-clockwise (the reverse of RFC 7946). */
const orient = (ring: Position[], clockwise: boolean) =>
  signedArea(ring) < 0 === clockwise ? ring : [...ring].reverse();

function content(geometry: ShapeRecord['geometry']): ArrayBuffer {
  if (!geometry) {
    const buffer = new ArrayBuffer(4);
    new DataView(buffer).setInt32(0, 0, true);
    return buffer;
  }
  if (geometry.type === 'Point') {
    const buffer = new ArrayBuffer(20);
    const view = new DataView(buffer);
    view.setInt32(0, 1, true);
    view.setFloat64(4, geometry.coordinates[0]!, true);
    view.setFloat64(12, geometry.coordinates[1]!, true);
    return buffer;
  }
  const rings = geometry.coordinates.map((r, i) => orient(r, i === 0));
  const points = rings.flat();
  const buffer = new ArrayBuffer(44 + 4 * rings.length + 16 * points.length);
  const view = new DataView(buffer);
  view.setInt32(0, 5, true);
  const [xmin, ymin, xmax, ymax] = bboxOf(points);
  [xmin, ymin, xmax, ymax].forEach((v, i) => view.setFloat64(4 + 8 * i, v, true));
  view.setInt32(36, rings.length, true);
  view.setInt32(40, points.length, true);
  let start = 0;
  rings.forEach((ring, i) => {
    view.setInt32(44 + 4 * i, start, true);
    start += ring.length;
  });
  const offset = 44 + 4 * rings.length;
  points.forEach((p, i) => {
    view.setFloat64(offset + 16 * i, p[0]!, true);
    view.setFloat64(offset + 16 * i + 8, p[1]!, true);
  });
  return buffer;
}

function bboxOf(points: Position[]): [number, number, number, number] {
  if (points.length === 0) return [0, 0, 0, 0];
  // A loop, not Math.min(...xs): benchmarks write a million points.
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    box[0] = Math.min(box[0], x!);
    box[1] = Math.min(box[1], y!);
    box[2] = Math.max(box[2], x!);
    box[3] = Math.max(box[3], y!);
  }
  return box;
}

function header(shapeType: number, bytes: number, box: number[]): Uint8Array {
  const buffer = new ArrayBuffer(100);
  const view = new DataView(buffer);
  view.setInt32(0, 9994, false);
  view.setInt32(24, bytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, shapeType, true);
  box.forEach((v, i) => view.setFloat64(36 + 8 * i, v, true));
  return new Uint8Array(buffer);
}

function dbf(records: ShapeRecord[], options: WriteShapefileOptions): Uint8Array {
  const encode = options.encode ?? ((s: string) => new TextEncoder().encode(s));
  const { fields } = options;
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const out = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(out.buffer);
  out.set([0x03, 125, 11, 28]); // dBASE III, last update 2025-11-28
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out[29] = options.languageDriver ?? 0;
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(encode(f.name).subarray(0, 10), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.length;
    out[at + 17] = f.decimals ?? 0;
  });
  out[headerLength - 1] = 0x0d;
  records.forEach((r, i) => {
    let at = headerLength + recordLength * i;
    out[at++] = 0x20; // not deleted
    for (const f of fields) {
      const value = r.properties[f.name];
      const cell = new Uint8Array(f.length).fill(0x20);
      const text = value === null || value === undefined ? '' : String(value);
      const bytes = f.type === 'N' ? new TextEncoder().encode(text) : encode(text);
      if (f.type === 'N')
        cell.set(bytes.subarray(0, f.length), Math.max(0, f.length - bytes.length));
      else cell.set(bytes.subarray(0, f.length));
      out.set(cell, at);
      at += f.length;
    }
  });
  out[out.length - 1] = 0x1a;
  return out;
}

/** Writes .shp, .shx and .dbf for records of one shape type (points or polygons). */
export function writeShapefile(
  records: ShapeRecord[],
  options: WriteShapefileOptions,
): { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array } {
  const shapeType = records.find((r) => r.geometry)?.geometry?.type === 'Point' ? 1 : 5;
  const contents = records.map((r) => content(r.geometry));
  const all = records.flatMap((r) =>
    !r.geometry
      ? []
      : r.geometry.type === 'Point'
        ? [r.geometry.coordinates]
        : r.geometry.coordinates.flat(),
  );
  const box = [...bboxOf(all), 0, 0, 0, 0];
  const shpBytes = 100 + contents.reduce((s, c) => s + 8 + c.byteLength, 0);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(100 + 8 * records.length);
  shp.set(header(shapeType, shpBytes, box));
  shx.set(header(shapeType, shx.length, box));
  let offset = 100;
  contents.forEach((c, i) => {
    const view = new DataView(shp.buffer, offset, 8);
    view.setInt32(0, i + 1, false);
    view.setInt32(4, c.byteLength / 2, false);
    shp.set(new Uint8Array(c), offset + 8);
    const index = new DataView(shx.buffer, 100 + 8 * i, 8);
    index.setInt32(0, offset / 2, false);
    index.setInt32(4, c.byteLength / 2, false);
    offset += 8 + c.byteLength;
  });
  return { shp, shx, dbf: dbf(records, options) };
}
