import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { boundsOfFeatures } from './bounds-of-features.ts';

// A feature without geometry is legal GeoJSON; the default type parameter does not admit it.
const squares = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'a',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106, 26],
            [106.1, 26],
            [106.1, 26.1],
            [106, 26],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      id: 'b',
      properties: {},
      geometry: { type: 'Point', coordinates: [107, 27] },
    },
    { type: 'Feature', id: 'c', properties: {}, geometry: null },
  ],
} as FeatureCollection<Geometry | null> as FeatureCollection;

describe('fitting the map to a measure’s places', () => {
  it('spans every picked feature across collections', () => {
    expect(boundsOfFeatures([{ collection: squares, ids: ['a', 'b'] }])).toEqual([
      106, 26, 107, 27,
    ]);
  });
  it('ignores features that are not picked or have no geometry', () => {
    expect(boundsOfFeatures([{ collection: squares, ids: ['a', 'c'] }])).toEqual([
      106, 26, 106.1, 26.1,
    ]);
  });
  it('has no bounds when nothing is found, so the caller keeps the view', () => {
    expect(
      boundsOfFeatures([
        { collection: squares, ids: ['zzz'] },
        { collection: undefined, ids: ['a'] },
      ]),
    ).toBeUndefined();
  });
});
