import { closeSync, mkdtempSync, openSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { buildTiles, writePmtiles } from './build-tiles.ts';
import { syntheticSegments } from './__fixtures__/synthetic-segments.ts';

/** 2 000 short segments across central Guiyang. */
const fixture = () => syntheticSegments(2000);

/** Reads a local archive the way a browser reads a served one: by byte ranges. */
class NodeFileSource implements Source {
  constructor(private readonly path: string) {}
  getKey() {
    return this.path;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const fd = openSync(this.path, 'r');
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, offset);
    closeSync(fd);
    return { data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + read) };
  }
}

describe('buildTiles', () => {
  it('cuts every zoom of the range and keeps each tile under the limit by thinning', () => {
    const loose = buildTiles(fixture(), { minZoom: 8, maxZoom: 12 });
    expect(new Set(loose.tiles.map((t) => t.z))).toEqual(new Set([8, 9, 10, 11, 12]));
    expect(loose.thinnedTiles).toBe(0);
    const tight = buildTiles(fixture(), { minZoom: 8, maxZoom: 12, maxTileBytes: 8 * 1024 });
    expect(tight.largest.bytes).toBeLessThanOrEqual(8 * 1024);
    expect(tight.thinnedTiles).toBeGreaterThan(0);
    // Thinning takes the small pipes first: the largest class survives in the thinned z8 tile.
    const z8 = tight.tiles.find((t) => t.z === 8)!;
    expect(z8.dropped).toBeGreaterThan(0);
    expect(z8.dropped).toBeLessThan(z8.features);
  });

  it('writes a PMTiles archive that the pmtiles reader reads back tile for tile', async () => {
    const set = buildTiles(fixture(), { minZoom: 8, maxZoom: 14 });
    const path = join(mkdtempSync(join(tmpdir(), 'tiles-')), 'pipes.pmtiles');
    writeFileSync(path, writePmtiles(set));
    const archive = new PMTiles(new NodeFileSource(path));
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect([header.minZoom, header.maxZoom]).toEqual([8, 14]);
    expect(header.numAddressedTiles).toBe(set.tiles.length);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers[0]!.id).toBe('pipes');
    for (const tile of [set.tiles[0]!, set.tiles.at(-1)!, set.tiles[set.tiles.length >> 1]!]) {
      const got = await archive.getZxy(tile.z, tile.x, tile.y);
      // The reader gunzips with DecompressionStream; compare with the bytes we encoded.
      const bytes = new Uint8Array(got!.data);
      const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      expect(Buffer.from(plain).equals(Buffer.from(tile.data))).toBe(true);
    }
    expect(await archive.getZxy(14, 0, 0)).toBeUndefined();
  });
});
