/**
 * A minimal Mapbox Vector Tile (v2) encoder: one layer, features with properties as tags and
 * geometry already in tile units. Written out here (a few dozen lines of protobuf) so the
 * tiler depends on no transitive package of maplibre-gl.
 * Spec: https://github.com/mapbox/vector-tile-spec/tree/master/2.1
 */

/** MVT geometry types. */
export const MVT_POINT = 1;
export const MVT_LINESTRING = 2;
export const MVT_POLYGON = 3;

/** One feature in tile units: `parts` are flat [x0, y0, x1, y1, …] lists of integers. */
export interface MvtFeature {
  type: typeof MVT_POINT | typeof MVT_LINESTRING | typeof MVT_POLYGON;
  /** Points: one part holding every point. Lines: one part per line. Polygons: rings, closed
   *  implicitly (the last position is not repeated), exterior rings first in each polygon. */
  parts: readonly (readonly number[])[];
  properties: Readonly<Record<string, unknown>> | null;
}

/** A growable byte buffer with the protobuf primitives MVT needs. */
class Writer {
  bytes = new Uint8Array(1024);
  length = 0;

  private reserve(n: number) {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    // All of it, not up to `length`: a message's length prefix is written behind its content
    // (see `message`), so bytes past `length` may already be written.
    grown.set(this.bytes);
    this.bytes = grown;
  }

  varint(value: number) {
    this.reserve(10);
    // Up to 2^53: beyond 32 bits bitwise operators would truncate, so divide instead.
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  key(field: number, wireType: number) {
    this.varint(field * 8 + wireType);
  }

  raw(data: Uint8Array) {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  double(value: number) {
    this.reserve(8);
    new DataView(this.bytes.buffer, this.length, 8).setFloat64(0, value, true);
    this.length += 8;
  }

  /**
   * A length-delimited field whose content `write` appends. One byte is kept for the length
   * and the content moved up when the length needs more (as pbf does): no buffer per message,
   * which matters at a million features.
   */
  message(field: number, write: (w: Writer) => void) {
    this.key(field, 2);
    this.reserve(1);
    const start = ++this.length;
    write(this);
    const size = this.length - start;
    let extra = 0;
    for (let n = size; n >= 0x80; n = Math.floor(n / 0x80)) extra++;
    if (extra > 0) {
      this.reserve(extra);
      this.bytes.copyWithin(start + extra, start, this.length);
    }
    const end = this.length + extra;
    this.length = start - 1;
    this.varint(size);
    this.length = end;
  }

  packed(field: number, values: readonly number[]) {
    this.message(field, (w) => {
      for (const v of values) w.varint(v);
    });
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const textEncoder = new TextEncoder();
const zigzag = (n: number) => (n < 0 ? -2 * n - 1 : 2 * n);
const command = (id: number, count: number) => (count << 3) | id;

/** The MVT geometry commands of one feature (cursor carried across parts, as the spec says). */
function geometryOf(feature: MvtFeature): number[] {
  const out: number[] = [];
  let cx = 0;
  let cy = 0;
  const moveTo = (part: readonly number[], i: number) => {
    out.push(zigzag(part[i]! - cx), zigzag(part[i + 1]! - cy));
    cx = part[i]!;
    cy = part[i + 1]!;
  };
  if (feature.type === MVT_POINT) {
    const [points] = feature.parts;
    if (!points) return out;
    out.push(command(1, points.length / 2));
    for (let i = 0; i < points.length; i += 2) moveTo(points, i);
    return out;
  }
  for (const part of feature.parts) {
    out.push(command(1, 1));
    moveTo(part, 0);
    out.push(command(2, part.length / 2 - 1));
    for (let i = 2; i < part.length; i += 2) moveTo(part, i);
    if (feature.type === MVT_POLYGON) out.push(command(7, 1));
  }
  return out;
}

/** A property value as MVT stores it; objects and arrays become JSON text, as vt-pbf does. */
function valueKey(value: unknown): string {
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'boolean') return `b${value}`;
  if (typeof value === 'number') return `n${value}`;
  return `s${JSON.stringify(value)}`;
}

function writeValue(w: Writer, key: string) {
  const kind = key[0];
  const text = key.slice(1);
  if (kind === 's') {
    const bytes = textEncoder.encode(text);
    w.key(1, 2);
    w.varint(bytes.length);
    w.raw(bytes);
  } else if (kind === 'b') {
    w.key(7, 0);
    w.varint(text === 'true' ? 1 : 0);
  } else {
    const n = Number(text);
    if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) {
      if (n >= 0) {
        w.key(5, 0); // uint_value
        w.varint(n);
      } else {
        w.key(6, 0); // sint_value, zigzag
        w.varint(-2 * n - 1);
      }
    } else {
      w.key(3, 1); // double_value
      w.double(n);
    }
  }
}

/**
 * Encodes one layer as an MVT tile (uncompressed protobuf). Null and undefined properties are
 * left out (MVT has no null); keys and values are shared across the layer's features.
 */
export function encodeMvt(name: string, features: readonly MvtFeature[], extent = 4096) {
  const keys = new Map<string, number>();
  const values = new Map<string, number>();
  const index = <K>(map: Map<K, number>, k: K) => {
    let i = map.get(k);
    if (i === undefined) map.set(k, (i = map.size));
    return i;
  };
  const tile = new Writer();
  tile.message(3, (layer) => {
    layer.key(15, 0);
    layer.varint(2); // version
    layer.message(1, (w) => w.raw(textEncoder.encode(name)));
    for (const feature of features) {
      const geometry = geometryOf(feature);
      if (geometry.length === 0) continue;
      const tags: number[] = [];
      for (const [k, v] of Object.entries(feature.properties ?? {})) {
        if (v === null || v === undefined) continue;
        tags.push(index(keys, k), index(values, valueKey(v)));
      }
      layer.message(2, (f) => {
        if (tags.length) f.packed(2, tags);
        f.key(3, 0);
        f.varint(feature.type);
        f.packed(4, geometry);
      });
    }
    for (const k of keys.keys()) layer.message(3, (w) => w.raw(textEncoder.encode(k)));
    for (const v of values.keys()) layer.message(4, (w) => writeValue(w, v));
    layer.key(5, 0);
    layer.varint(extent);
  });
  return tile.finish();
}
