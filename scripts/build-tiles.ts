/**
 * Builds a static vector-tile archive (PMTiles v3, one file, read by byte ranges) from a GeoJSON
 * layer, e.g. the pipe network:
 *   npx tsx scripts/build-tiles.ts --in dist/data/pipes.geojson --out dist-bench/pipes.pmtiles
 *     [--min-zoom 8] [--max-zoom 14] [--max-zoom-limit 14] [--complete-from 13] [--max-kb 200]
 * From `--complete-from` up every feature is in the tiles; below it a tile over `--max-kb`
 * (uncompressed) keeps its largest pipes (`diameterMm`), then its longest. Tiles are cut zoom by
 * zoom and written as they are made (scripts/tiles/cut-tiles.ts), so memory stays near the size
 * of the layer itself. Prints what it made as JSON, with the features each zoom keeps.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { cutTiles, type CutOptions, type CutSummary, type CutTile } from './tiles/cut-tiles.ts';
import { PmtilesBuffer, PmtilesFile, type ArchiveInfo } from './tiles/pmtiles-writer.ts';

/** Options of {@link buildTiles} and {@link writeTileArchive} (see {@link CutOptions}). */
export type TileOptions = CutOptions;

/** One built tile: its address, its uncompressed MVT bytes, what it holds. */
export type BuiltTile = CutTile;

/** Every tile of a layer, in memory, with the figures of the cut. */
export interface TileSet extends CutSummary {
  tiles: BuiltTile[];
}

/** Cuts a GeoJSON layer into vector tiles held in memory (small layers and tests). */
export function buildTiles(collection: FeatureCollection, options: TileOptions = {}): TileSet {
  const tiles: BuiltTile[] = [];
  const summary = cutTiles(collection, options, (tile) => tiles.push(tile));
  return { ...summary, tiles };
}

const infoOf = (s: CutSummary): ArchiveInfo => ({
  layer: s.layer,
  minZoom: s.minZoom,
  maxZoom: s.maxZoom,
  bounds: s.bounds,
});

/** A PMTiles archive of the tiles of {@link buildTiles}, in memory. */
export function writePmtiles(set: TileSet): Uint8Array {
  const archive = new PmtilesBuffer();
  for (const t of set.tiles) archive.add(t.z, t.x, t.y, t.data);
  return archive.finish(infoOf(set));
}

/**
 * Cuts a layer straight into a PMTiles archive at `path`: each tile is written as it is made,
 * so a million features never have their tiles in memory at once. Returns the cut's figures
 * and the archive's size.
 */
export function writeTileArchive(
  collection: FeatureCollection,
  path: string,
  options: TileOptions = {},
): CutSummary & { archiveBytes: number } {
  const archive = new PmtilesFile(path);
  try {
    const summary = cutTiles(collection, options, (t) => archive.add(t.z, t.x, t.y, t.data));
    return { ...summary, archiveBytes: archive.finish(infoOf(summary)) };
  } catch (error) {
    archive.abandon();
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string', default: 'dist-bench/pipes.pmtiles' },
      'min-zoom': { type: 'string', default: '8' },
      'max-zoom': { type: 'string', default: '14' },
      'max-zoom-limit': { type: 'string' },
      'complete-from': { type: 'string', default: '13' },
      'max-kb': { type: 'string', default: '200' },
    },
  });
  if (!values.in) {
    console.error('build-tiles: --in FILE.geojson is required');
    process.exit(2);
  }
  const started = performance.now();
  const collection = JSON.parse(readFileSync(resolve(values.in), 'utf8')) as FeatureCollection;
  const made = writeTileArchive(collection, resolve(values.out!), {
    minZoom: Number(values['min-zoom']),
    maxZoom: Number(values['max-zoom']),
    maxZoomLimit: Number(values['max-zoom-limit'] ?? values['max-zoom']),
    completeFromZoom: Number(values['complete-from']),
    maxTileBytes: Number(values['max-kb']) * 1024,
    rankProperty: 'diameterMm',
  });
  console.log(
    JSON.stringify({
      out: values.out,
      tiles: made.tileCount,
      minZoom: made.minZoom,
      maxZoom: made.maxZoom,
      archiveBytes: made.archiveBytes,
      largestTile: made.largest,
      thinnedTiles: made.thinnedTiles,
      featuresByZoom: made.featuresByZoom,
      bounds: made.bounds,
      ms: Math.round(performance.now() - started),
    }),
  );
}
