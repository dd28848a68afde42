import type { BuiltTiles } from '../model/manifest.ts';

/** How much of a tiled layer the map draws at one zoom, from the build's per-zoom counts. */
export interface TileCoverage {
  /** The archive zoom MapLibre reads at this map zoom. */
  tileZoom: number;
  /** Features drawn whole at this zoom, and all the layer's features with geometry. */
  drawn: number;
  total: number;
  /** The lowest zoom from which every feature is drawn (null: never, which the build prevents). */
  completeFrom: number | null;
}

/**
 * What a tiled layer leaves out at a map zoom, or null when it leaves out nothing (or the
 * manifest predates the counts). A vector source of 512-px tiles is read at the map zoom's
 * floor, clamped to the archive's zooms (past its maxzoom the deepest tiles are overzoomed).
 */
export function tileCoverageAt(tiles: BuiltTiles, mapZoom: number): TileCoverage | null {
  const counts = tiles.featuresByZoom;
  if (!counts?.length) return null;
  const tileZoom = Math.min(tiles.maxzoom, Math.max(tiles.minzoom, Math.floor(mapZoom)));
  const here = counts.find((c) => c.zoom === tileZoom);
  if (!here || here.dropped === 0) return null;
  const complete = counts
    .filter((c) => c.dropped === 0 && c.zoom > tileZoom)
    .sort((a, b) => a.zoom - b.zoom)[0];
  return {
    tileZoom,
    drawn: here.kept,
    total: here.kept + here.dropped,
    completeFrom: complete?.zoom ?? null,
  };
}
