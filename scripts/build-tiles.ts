/**
 * Builds a static vector-tile archive (PMTiles v3, one file, read by byte ranges) from a GeoJSON
 * line layer, e.g. the pipe network:
 *   npx tsx scripts/build-tiles.ts --in dist/data/pipes.geojson --out dist-bench/pipes.pmtiles
 * Tiles z8–z14 come from geojson-vt (simplified at low zooms); a tile still over `--max-kb`
 * (default 200, uncompressed) loses its minor segments (smallest diameters first) at that zoom.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { zxyToTileId } from 'pmtiles';

/** Options of {@link buildTiles}, each with its default. */
export interface TileOptions {
  /** Vector-tile layer name; default 'pipes'. */
  layer?: string;
  /** Zoom range; default 8–14 (whole Guiyang in a few tiles … street level). */
  minZoom?: number;
  maxZoom?: number;
  /** Largest uncompressed tile allowed before thinning (bytes); default 200 KB. */
  maxTileBytes?: number;
  /** Property ranking features for thinning, smallest dropped first; default 'diameterMm'. */
  rankProperty?: string;
}

/** One built tile: its address and its uncompressed MVT bytes. */
export interface BuiltTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
  /** Features geojson-vt put in the tile, and how many thinning removed. */
  features: number;
  dropped: number;
}

/** What {@link buildTiles} made, with figures for the report. */
export interface TileSet {
  tiles: BuiltTile[];
  bounds: [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  layer: string;
  largest: { z: number; x: number; y: number; bytes: number };
  thinnedTiles: number;
}

const lonToX = (lon: number, z: number) => ((lon + 180) / 360) * 2 ** z;
const latToY = (lat: number, z: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z;
};

function boundsOf(collection: FeatureCollection): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as number[];
      b[0] = Math.min(b[0], x!);
      b[1] = Math.min(b[1], y!);
      b[2] = Math.max(b[2], x!);
      b[3] = Math.max(b[3], y!);
    } else for (const child of c as unknown[]) visit(child);
  };
  for (const f of collection.features)
    if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return b;
}

/**
 * Encodes a tile, dropping its lowest-ranked features class by class (then every other one)
 * until it fits: at low zooms a reader needs the trunk mains, not every service pipe.
 */
function encodeWithin(tile: GeoJSONVTTile, layer: string, max: number, rank: string) {
  // MVT ids are integers; vt-pbf would parseInt a string id like "P000001" into NaN. The
  // string id stays a property, which the map promotes (`promoteId: 'id'`).
  const encode = (features: GeoJSONVTFeature[]) =>
    fromGeojsonVt(
      {
        [layer]: {
          ...tile,
          features: features.map((f) => ({ ...f, id: undefined })),
        } as GeoJSONVTTile,
      },
      { version: 2, extent: 4096 },
    );
  let kept = tile.features as GeoJSONVTFeature[];
  let data = encode(kept);
  const rankOf = (f: GeoJSONVTFeature) => Number(f.tags?.[rank] ?? 0);
  const classes = [...new Set(kept.map(rankOf))].sort((a, b) => a - b);
  for (const below of classes.slice(1)) {
    if (data.length <= max) break;
    kept = kept.filter((f) => rankOf(f) >= below);
    data = encode(kept);
  }
  while (data.length > max && kept.length > 1) {
    kept = kept.filter((_, i) => i % 2 === 0);
    data = encode(kept);
  }
  return { data, dropped: tile.features.length - kept.length };
}

/** Cuts a GeoJSON layer into vector tiles over its bounds, every tile within the size limit. */
export function buildTiles(collection: FeatureCollection, options: TileOptions = {}): TileSet {
  const layer = options.layer ?? 'pipes';
  const minZoom = options.minZoom ?? 8;
  const maxZoom = options.maxZoom ?? 14;
  const max = options.maxTileBytes ?? 200 * 1024;
  const rank = options.rankProperty ?? 'diameterMm';
  const bounds = boundsOf(collection);
  // indexMaxZoom 0: tiles are cut on demand, once each, as we walk them.
  const index = new GeoJSONVT(collection, { maxZoom, indexMaxZoom: 0, tolerance: 3 });
  const tiles: BuiltTile[] = [];
  let thinnedTiles = 0;
  for (let z = minZoom; z <= maxZoom; z++) {
    const [x0, x1] = [lonToX(bounds[0], z), lonToX(bounds[2], z)].map(Math.floor) as [
      number,
      number,
    ];
    const [y0, y1] = [latToY(bounds[3], z), latToY(bounds[1], z)].map(Math.floor) as [
      number,
      number,
    ];
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tile = index.getTile(z, x, y);
        if (!tile || tile.features.length === 0) continue;
        const { data, dropped } = encodeWithin(tile, layer, max, rank);
        if (dropped > 0) thinnedTiles++;
        tiles.push({ z, x, y, data, features: tile.features.length, dropped });
      }
    }
  }
  const top = tiles.reduce((a, t) => (t.data.length > a.data.length ? t : a), tiles[0]!);
  return {
    tiles,
    bounds,
    minZoom,
    maxZoom,
    layer,
    thinnedTiles,
    largest: { z: top.z, x: top.x, y: top.y, bytes: top.data.length },
  };
}

/** Appends an unsigned varint (up to 2^53) to a byte list. */
function pushVarint(out: number[], value: number) {
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
}

interface DirEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** A PMTiles directory: count, then id deltas, run lengths, lengths, offsets (spec §4). */
function serializeDirectory(entries: readonly DirEntry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous entry", which is how clustered data is laid out.
    pushVarint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out));
}

const HEADER_BYTES = 127;

/**
 * Writes a PMTiles v3 archive: header, root directory (with leaf directories when the root
 * would not fit in the first 16 KiB, as readers fetch only that much first), metadata, tile
 * data in tile-id order (clustered), gzip-compressed tiles and directories.
 */
export function writePmtiles(set: TileSet): Uint8Array {
  const sorted = set.tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: gzipSync(t.data) }))
    .sort((a, b) => a.id - b.id);
  const entries: DirEntry[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.id, offset, length: t.data.length, runLength: 1 });
    offset += t.data.length;
  }
  let root = serializeDirectory(entries);
  let leaves = new Uint8Array(0);
  for (let perLeaf = 4096; root.length > 16384 - HEADER_BYTES; perLeaf *= 2) {
    const leafEntries: DirEntry[] = [];
    const parts: Uint8Array[] = [];
    let at = 0;
    for (let i = 0; i < entries.length; i += perLeaf) {
      const leaf = serializeDirectory(entries.slice(i, i + perLeaf));
      leafEntries.push({
        tileId: entries[i]!.tileId,
        offset: at,
        length: leaf.length,
        runLength: 0,
      });
      parts.push(leaf);
      at += leaf.length;
    }
    root = serializeDirectory(leafEntries);
    leaves = Buffer.concat(parts);
  }
  const metadata = gzipSync(
    JSON.stringify({
      vector_layers: [{ id: set.layer, fields: {}, minzoom: set.minZoom, maxzoom: set.maxZoom }],
    }),
  );
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = [rootOffset, root.length, metadataOffset, metadata.length, leavesOffset];
  u64.push(leaves.length, dataOffset, offset, entries.length, entries.length, entries.length);
  u64.forEach((v, i) => header.writeBigUInt64LE(BigInt(v), 8 + 8 * i));
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(2, 97); // internal compression: gzip
  header.writeUInt8(2, 98); // tile compression: gzip
  header.writeUInt8(1, 99); // tile type: MVT
  header.writeUInt8(set.minZoom, 100);
  header.writeUInt8(set.maxZoom, 101);
  const [w, s, e, n] = set.bounds.map((v) => Math.round(v * 1e7)) as number[];
  [w, s, e, n].forEach((v, i) => header.writeInt32LE(v!, 102 + 4 * i));
  header.writeUInt8(set.minZoom, 118);
  header.writeInt32LE(Math.round((w! + e!) / 2), 119);
  header.writeInt32LE(Math.round((s! + n!) / 2), 123);
  return Buffer.concat([header, root, metadata, leaves, ...sorted.map((t) => t.data)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string', default: 'dist-bench/pipes.pmtiles' },
      'min-zoom': { type: 'string', default: '8' },
      'max-zoom': { type: 'string', default: '14' },
      'max-kb': { type: 'string', default: '200' },
    },
  });
  if (!values.in) {
    console.error('build-tiles: --in FILE.geojson is required');
    process.exit(2);
  }
  const started = performance.now();
  const collection = JSON.parse(readFileSync(resolve(values.in), 'utf8')) as FeatureCollection;
  const set = buildTiles(collection, {
    minZoom: Number(values['min-zoom']),
    maxZoom: Number(values['max-zoom']),
    maxTileBytes: Number(values['max-kb']) * 1024,
  });
  const archive = writePmtiles(set);
  writeFileSync(resolve(values.out!), archive);
  const { z, x, y, bytes } = set.largest;
  console.log(
    JSON.stringify({
      out: values.out,
      tiles: set.tiles.length,
      archiveBytes: archive.length,
      largestTile: { z, x, y, bytes },
      thinnedTiles: set.thinnedTiles,
      bounds: set.bounds,
      ms: Math.round(performance.now() - started),
    }),
  );
}
