import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { datasetTiles, TILE_MIN_FEATURES, writeDatasetTiles } from './dataset-tiles.ts';
import { syntheticSegments } from '../__fixtures__/synthetic-segments.ts';
import { BuiltTiles } from './dataset-schemas.ts';

const segments = syntheticSegments;

class BytesSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey() {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

describe('datasetTiles (the data build: which layers are drawn from tiles)', () => {
  const meta = { id: 'pipes', featureSchema: 'pipe-segment' as const };

  it('leaves a layer below the threshold to its GeoJSON', () => {
    expect(datasetTiles(meta, segments(50), 100)).toBeNull();
    expect(TILE_MIN_FEATURES).toBe(10_000);
  });

  it('cuts a large layer into an archive the pmtiles reader opens, from the app’s lowest zoom', async () => {
    const built = datasetTiles(meta, segments(300), 100)!;
    // What the manifest carries is what the app's schema accepts.
    expect(BuiltTiles.parse(built.tiles)).toEqual(built.tiles);
    expect(built.tiles).toMatchObject({
      url: 'data/pipes.pmtiles',
      sourceLayer: 'pipes',
      minzoom: 5,
      maxzoom: 14,
    });
    expect(built.tiles.largestTileBytes).toBeLessThanOrEqual(200 * 1024);
    const header = await new PMTiles(new BytesSource(built.archive)).getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([5, 14]);
    expect(header.numTileEntries).toBe(built.tiles.tileCount);
  });

  it('tells the map how many features each zoom holds, all of them from z13', () => {
    const { tiles } = datasetTiles(meta, segments(300), 100)!;
    expect(tiles.featuresByZoom!.map((s) => s.zoom)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    for (const s of tiles.featuresByZoom!) expect(s.kept + s.dropped).toBe(300);
    expect(tiles.featuresByZoom!.filter((s) => s.zoom >= 13).every((s) => s.dropped === 0)).toBe(
      true,
    );
  });

  it('writes the archive for the data build straight to disk, the same as built in memory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dataset-tiles-'));
    const collection = segments(300);
    const entry = writeDatasetTiles(meta, collection, dir, 100)!;
    const inMemory = datasetTiles(meta, collection, 100)!;
    expect(entry).toEqual(inMemory.tiles);
    expect(Buffer.compare(readFileSync(join(dir, 'pipes.pmtiles')), inMemory.archive)).toBe(0);
    expect(writeDatasetTiles(meta, segments(50), dir, 100)).toBeNull();
  });
});
