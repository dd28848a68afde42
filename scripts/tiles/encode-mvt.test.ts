import { describe, expect, it } from 'vitest';
import { encodeMvt, MVT_LINESTRING, MVT_POINT, MVT_POLYGON } from './encode-mvt.ts';
import { decodeTile, tileLayers } from './__fixtures__/decode-tile.ts';

describe('encodeMvt (what a map reads from a tile)', () => {
  it('keeps every property a pipe carries, with its type, and leaves out nulls', () => {
    const data = encodeMvt('pipes', [
      {
        type: MVT_LINESTRING,
        parts: [[0, 0, 4096, 4096]],
        properties: {
          id: 'P000001',
          type: '给水',
          year: 2025,
          diameterMm: 1000,
          offset: -3,
          slope: 0.25,
          inService: true,
          note: null,
          seat: [106.7, 26.5],
        },
      },
    ]);
    const layer = tileLayers(data).pipes!;
    expect(layer.version).toBe(2);
    expect(layer.extent).toBe(4096);
    expect(layer.feature(0).properties).toEqual({
      id: 'P000001',
      type: '给水',
      year: 2025,
      diameterMm: 1000,
      offset: -3,
      slope: 0.25,
      inService: true,
      seat: '[106.7,26.5]',
    });
  });

  it('draws lines, points and areas where they were put', () => {
    const data = encodeMvt('mixed', [
      {
        type: MVT_LINESTRING,
        parts: [
          [0, 0, 2048, 2048],
          [100, 4000, 200, 4000],
        ],
        properties: {},
      },
      { type: MVT_POINT, parts: [[1024, 1024, 3072, 1024]], properties: { id: 'a' } },
      { type: MVT_POLYGON, parts: [[0, 0, 4096, 0, 4096, 4096, 0, 4096]], properties: {} },
    ]);
    const [line, points, area] = decodeTile(data, 0, 0, 0);
    expect(line!.geometry).toMatchObject({
      type: 'MultiLineString',
      coordinates: [
        [
          [-180, expect.closeTo(85.05, 1)],
          [0, 0],
        ],
        [expect.any(Array), expect.any(Array)],
      ],
    });
    expect(points!.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [-90, expect.closeTo(66.51, 1)],
        [90, expect.closeTo(66.51, 1)],
      ],
    });
    expect(area!.geometry.type).toBe('Polygon');
  });

  it('shares repeated keys and values across features, so a big tile stays small', () => {
    const features = Array.from({ length: 1000 }, (_, i) => ({
      type: MVT_LINESTRING as 2,
      parts: [[i % 4000, 0, i % 4000, 10]],
      properties: { type: '燃气', status: '现状' },
    }));
    expect(encodeMvt('pipes', features).length).toBeLessThan(1000 * 24);
  });

  it('gives every feature of a big tile back whole, whatever the lengths of its texts', () => {
    // Texts of every length from 0 to 300 bytes: the lengths of nested messages cross the
    // writer's buffer boundaries at every offset, where a length prefix once lost bytes.
    const features = Array.from({ length: 3000 }, (_, i) => ({
      type: MVT_LINESTRING as 2,
      parts: [[i % 4096, (i * 7) % 4096, (i * 13) % 4096, (i * 3) % 4096]],
      properties: { id: `P${i}`, note: 'x'.repeat((i * 37) % 301), year: 1900 + (i % 150) },
    }));
    const layer = tileLayers(encodeMvt('pipes', features)).pipes!;
    expect(layer.length).toBe(3000);
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i);
      expect(f.properties, `feature ${i}`).toEqual(features[i]!.properties);
      const [a, b] = f.loadGeometry()[0]!;
      expect([a!.x, a!.y, b!.x, b!.y]).toEqual(features[i]!.parts[0]);
    }
  });

  it('writes the property names right wherever they fall in the tile (a tile once lost "year")', () => {
    // A layer name one letter longer each time moves the property names, written after the
    // features, byte by byte across the writer's first buffer boundary (1 KiB): a short name
    // ending right at it once came out as zero bytes.
    const properties = { status: '规划', year: 2030 };
    const line = Array.from({ length: 2 * 470 }, (_, i) => i % 2); // ~1 byte per coordinate
    for (let letters = 1; letters <= 120; letters++) {
      const name = 'p'.repeat(letters);
      const data = encodeMvt(name, [{ type: MVT_LINESTRING, parts: [line], properties }]);
      expect(tileLayers(data)[name]!.feature(0).properties, `name of ${letters}`).toEqual(
        properties,
      );
    }
  });
});
