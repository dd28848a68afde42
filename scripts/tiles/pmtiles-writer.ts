/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md)
 * tile by tile: tiles arrive in tile-id order (zoom by zoom, Hilbert order within a zoom), their
 * gzipped bytes go straight to a scratch file, and only the directory stays in memory. A
 * million-segment layer's tiles therefore never sit in memory together.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

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

/** What the header needs besides the directories. */
export interface ArchiveInfo {
  layer: string;
  minZoom: number;
  maxZoom: number;
  bounds: readonly [number, number, number, number];
}

/**
 * The archive's leading part: header, root directory (with leaf directories when the root
 * would not fit in the first 16 KiB, as readers fetch only that much first), metadata and
 * leaves; the tile data (`dataLength` bytes, clustered) follows it.
 */
function archiveHead(entries: readonly DirEntry[], dataLength: number, info: ArchiveInfo) {
  let root = serializeDirectory(entries);
  let leaves: Uint8Array = new Uint8Array(0);
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
      vector_layers: [{ id: info.layer, fields: {}, minzoom: info.minZoom, maxzoom: info.maxZoom }],
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
  u64.push(leaves.length, dataOffset, dataLength, entries.length, entries.length, entries.length);
  u64.forEach((v, i) => header.writeBigUInt64LE(BigInt(v), 8 + 8 * i));
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(2, 97); // internal compression: gzip
  header.writeUInt8(2, 98); // tile compression: gzip
  header.writeUInt8(1, 99); // tile type: MVT
  header.writeUInt8(info.minZoom, 100);
  header.writeUInt8(info.maxZoom, 101);
  const [w, s, e, n] = info.bounds.map((v) => Math.round(v * 1e7)) as number[];
  [w, s, e, n].forEach((v, i) => header.writeInt32LE(v!, 102 + 4 * i));
  header.writeUInt8(info.minZoom, 118);
  header.writeInt32LE(Math.round((w! + e!) / 2), 119);
  header.writeInt32LE(Math.round((s! + n!) / 2), 123);
  return Buffer.concat([header, root, metadata, leaves]);
}

/** Collects tiles in tile-id order; gzips each; `finish` writes the archive. */
abstract class TileSink {
  protected readonly entries: DirEntry[] = [];
  protected offset = 0;

  /** Adds one tile (uncompressed MVT); tiles must come in increasing tile-id order. */
  add(z: number, x: number, y: number, mvt: Uint8Array) {
    const tileId = zxyToTileId(z, x, y);
    const last = this.entries.at(-1);
    if (last && tileId <= last.tileId)
      throw new Error(`tile ${z}/${x}/${y} out of order: tiles must come in tile-id order`);
    const data = gzipSync(mvt);
    this.entries.push({ tileId, offset: this.offset, length: data.length, runLength: 1 });
    this.offset += data.length;
    this.append(data);
  }

  get tileCount() {
    return this.entries.length;
  }

  protected abstract append(data: Uint8Array): void;
}

/** An archive built in memory (small layers, tests). */
export class PmtilesBuffer extends TileSink {
  private readonly parts: Uint8Array[] = [];

  protected append(data: Uint8Array) {
    this.parts.push(data);
  }

  /** The whole archive. */
  finish(info: ArchiveInfo): Uint8Array {
    return Buffer.concat([archiveHead(this.entries, this.offset, info), ...this.parts]);
  }
}

/** An archive written to `path`, its tile data kept in a scratch file beside it until done. */
export class PmtilesFile extends TileSink {
  private readonly scratch: string;
  private readonly fd: number;

  constructor(private readonly path: string) {
    super();
    this.scratch = `${path}.tiles.tmp`;
    this.fd = openSync(this.scratch, 'w');
  }

  protected append(data: Uint8Array) {
    writeSync(this.fd, data);
  }

  /** Writes header and directories, then the tile data, to `path`; returns its size. */
  finish(info: ArchiveInfo): number {
    closeSync(this.fd);
    const head = archiveHead(this.entries, this.offset, info);
    const partial = `${this.path}.tmp`;
    const out = openSync(partial, 'w');
    const from = openSync(this.scratch, 'r');
    try {
      writeSync(out, head);
      const chunk = Buffer.alloc(4 * 2 ** 20);
      for (let n; (n = readSync(from, chunk, 0, chunk.length, null)) > 0;)
        writeSync(out, chunk, 0, n);
    } finally {
      closeSync(from);
      closeSync(out);
    }
    rmSync(this.scratch);
    // A reader never sees a half-written archive under the real name.
    renameSync(partial, this.path);
    return head.length + this.offset;
  }

  /** Removes the scratch file after a failure. */
  abandon() {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.scratch, { force: true });
  }
}
