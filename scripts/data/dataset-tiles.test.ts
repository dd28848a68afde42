import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { datasetTiles, TILE_MIN_FEATURES } from './dataset-tiles.ts';
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
});
