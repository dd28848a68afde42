import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { syntheticSegments } from '../__fixtures__/synthetic-segments.ts';
import { cutTiles, type CutOptions, type CutTile } from './cut-tiles.ts';
import { decodeTile } from './__fixtures__/decode-tile.ts';

const cut = (collection: FeatureCollection, options: CutOptions) => {
  const tiles: CutTile[] = [];
  const summary = cutTiles(collection, options, (t) => tiles.push(t));
  return { ...summary, tiles };
};

/** The ids a map would draw from every tile of one zoom. */
const idsAt = (tiles: readonly CutTile[], z: number) =>
  new Set(
    tiles
      .filter((t) => t.z === z)
      .flatMap((t) => decodeTile(t.data, t.z, t.x, t.y).map((f) => f.properties!.id as string)),
  );

const line = (id: string, coordinates: number[][], diameterMm = 300): Feature<LineString> => ({
  type: 'Feature',
  id,
  properties: { id, diameterMm },
  geometry: { type: 'LineString', coordinates },
});

describe('cutTiles: what a map can draw from the tiles at each zoom', () => {
  // 20 000 segments in 20 × 20 km: far over a 16 KB tile below z13.
  const dense = syntheticSegments(20_000);
  const options: CutOptions = {
    minZoom: 9,
    maxZoom: 14,
    maxTileBytes: 16 * 1024,
    rankProperty: 'diameterMm',
  };
  const built = cut(dense, options);

  it('shows a planner every pipe from z13 up, however heavy those tiles get', () => {
    for (const z of [13, 14]) {
      expect(idsAt(built.tiles, z).size, `z${z}`).toBe(20_000);
      expect(built.featuresByZoom.find((s) => s.zoom === z)).toEqual({
        zoom: z,
        kept: 20_000,
        dropped: 0,
      });
    }
    expect(built.tiles.some((t) => t.z >= 13 && t.data.length > 16 * 1024)).toBe(true);
  });

  it('gives the map every property of every segment as the file has it', () => {
    const byId = new Map(dense.features.map((f) => [f.id, f.properties]));
    for (const t of built.tiles.filter((t) => t.z === 14))
      for (const f of decodeTile(t.data, t.z, t.x, t.y))
        expect(f.properties).toEqual(byId.get(f.properties!.id as string));
  });

  it('keeps tiles below z13 under the limit, largest pipes first, and counts what they leave out', () => {
    for (const t of built.tiles.filter((t) => t.z < 13))
      expect(t.data.length, `${t.z}/${t.x}/${t.y}`).toBeLessThanOrEqual(16 * 1024);
    const diameter = new Map(dense.features.map((f) => [f.id, f.properties!.diameterMm as number]));
    const z9 = idsAt(built.tiles, 9);
    const keptSizes = [...z9].map((id) => diameter.get(id)!);
    const droppedSizes = dense.features
      .filter((f) => !z9.has(f.id as string))
      .map((f) => diameter.get(f.id)!);
    expect(droppedSizes.length).toBeGreaterThan(0);
    expect(Math.min(...keptSizes)).toBeGreaterThanOrEqual(Math.max(...droppedSizes));
    // The counts are per feature: one zoom's tiles hold `kept` features whole, the rest not.
    for (const { zoom, kept, dropped } of built.featuresByZoom) {
      expect(kept + dropped).toBe(20_000);
      expect(idsAt(built.tiles, zoom).size, `z${zoom}`).toBeGreaterThanOrEqual(kept);
    }
    const below = built.featuresByZoom.filter((s) => s.zoom < 13);
    expect(below.every((s) => s.dropped > 0)).toBe(true);
    // Deeper zooms keep more.
    expect(below.map((s) => s.kept)).toEqual([...below.map((s) => s.kept)].sort((a, b) => a - b));
  });

  it('adds deeper zooms for dense data until street-level tiles are under the limit', () => {
    const deeper = cut(dense, { ...options, maxZoom: 13, maxZoomLimit: 17 });
    expect(deeper.maxZoom).toBeGreaterThan(13);
    const largestAt = (z: number) =>
      Math.max(...deeper.tiles.filter((t) => t.z === z).map((t) => t.data.length));
    expect(largestAt(deeper.maxZoom)).toBeLessThanOrEqual(16 * 1024);
    expect(largestAt(deeper.maxZoom - 1)).toBeGreaterThan(16 * 1024);
    expect(idsAt(deeper.tiles, deeper.maxZoom).size).toBe(20_000);
  });

  it('stops at the requested zoom when its tiles are light enough', () => {
    const light = cut(syntheticSegments(200), { ...options, maxZoom: 14, maxZoomLimit: 16 });
    expect(light.maxZoom).toBe(14);
    expect(light.thinnedTiles).toBe(0);
  });

  it('hands the tiles over in PMTiles order: zoom by zoom, each zoom in Hilbert order', () => {
    const zooms = built.tiles.map((t) => t.z);
    expect(zooms).toEqual([...zooms].sort((a, b) => a - b));
  });
});

describe('cutTiles: geometry at tile edges and at the extremes', () => {
  it('draws a pipe that crosses a tile edge in both tiles, each reaching past the edge', () => {
    // 106.7°E is inside a z14 tile; this segment crosses the tile edge at x = 13047·(360/16384) − 180.
    const edge = 13047 * (360 / 16384) - 180;
    const pipe = line('P1', [
      [edge - 0.002, 26.57],
      [edge + 0.002, 26.571],
    ]);
    const { tiles } = cut(
      { type: 'FeatureCollection', features: [pipe] },
      { minZoom: 14, maxZoom: 14 },
    );
    expect(tiles.map((t) => t.x)).toEqual([13046, 13047]);
    const [west, east] = tiles.map(
      (t) => decodeTile(t.data, t.z, t.x, t.y)[0]!.geometry as LineString,
    );
    expect(west!.coordinates[0]![0]).toBeCloseTo(edge - 0.002, 4);
    expect(west!.coordinates[1]![0]).toBeGreaterThan(edge); // into the buffer
    expect(east!.coordinates[0]![0]).toBeLessThan(edge);
    expect(east!.coordinates[1]![0]).toBeCloseTo(edge + 0.002, 4);
  });

  it('keeps a pipe too short to see from z13 up, and counts it as left out below', () => {
    const stub = line('P1', [
      [106.7, 26.57],
      [106.700001, 26.57],
    ]);
    const built = cut(
      { type: 'FeatureCollection', features: [stub] },
      { minZoom: 10, maxZoom: 14 },
    );
    expect(idsAt(built.tiles, 13)).toEqual(new Set(['P1']));
    expect(built.featuresByZoom.find((s) => s.zoom === 10)).toEqual({
      zoom: 10,
      kept: 0,
      dropped: 1,
    });
    expect(built.featuresByZoom.find((s) => s.zoom === 13)).toEqual({
      zoom: 13,
      kept: 1,
      dropped: 0,
    });
  });

  it('keeps an area an area, its hole a hole, whichever way the file winds the rings', () => {
    const square = (w: number, s: number, e: number, n: number) => [
      [w, s],
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ]; // clockwise: the opposite of RFC 7946
    const park: Feature<Polygon> = {
      type: 'Feature',
      id: 'aha-lake',
      properties: { id: 'aha-lake' },
      geometry: {
        type: 'Polygon',
        coordinates: [square(106.6, 26.5, 106.7, 26.6), square(106.64, 26.54, 106.66, 26.56)],
      },
    };
    const { tiles } = cut(
      { type: 'FeatureCollection', features: [park] },
      { minZoom: 8, maxZoom: 8 },
    );
    const [feature] = decodeTile(tiles[0]!.data, 8, tiles[0]!.x, tiles[0]!.y);
    expect(feature!.geometry.type).toBe('Polygon');
    const rings = (feature!.geometry as Polygon).coordinates;
    expect(rings).toHaveLength(2);
    expect(rings[1]![0]![0]).toBeCloseTo(106.64, 2);
  });

  it('thins points evenly below z13 and keeps every one from z13', () => {
    const stations: FeatureCollection = {
      type: 'FeatureCollection',
      features: Array.from({ length: 3000 }, (_, i) => ({
        type: 'Feature',
        id: `C${i}`,
        properties: { id: `C${i}` },
        geometry: {
          type: 'Point',
          coordinates: [106.6 + (i % 60) / 300, 26.5 + Math.floor(i / 60) / 300],
        },
      })),
    };
    const built = cut(stations, { minZoom: 10, maxZoom: 13, maxTileBytes: 8 * 1024 });
    expect(idsAt(built.tiles, 13).size).toBe(3000);
    const z10 = [...idsAt(built.tiles, 10)].map((id) => Number(id.slice(1)));
    expect(z10.length).toBeLessThan(3000);
    // Evenly: the kept stations come from the whole area, not the first rows of the file.
    expect(Math.max(...z10)).toBeGreaterThan(2800);
    expect(Math.min(...z10)).toBeLessThan(200);
  });
});
