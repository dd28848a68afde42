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
});
