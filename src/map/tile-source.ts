import {
  addProtocol,
  type LayerSpecification,
  type Map as MapLibreMap,
  type VectorSourceSpecification,
} from 'maplibre-gl';
import type { Feature } from 'geojson';
import { type BuiltTiles } from '../model/manifest.ts';

let registered: Promise<void> | undefined;

/**
 * The MapLibre source of a dataset the build cut into a PMTiles archive. The archive is read
 * by HTTP byte ranges from the page's own origin; the reader is loaded on first use, so pages
 * without a tiled layer never download it.
 */
export async function tileSourceOf(tiles: BuiltTiles): Promise<VectorSourceSpecification> {
  await ensureTileProtocol();
  return tileSourceSpec(tiles);
}

/** Loads the PMTiles reader and registers its protocol with MapLibre (once per page). */
export function ensureTileProtocol(): Promise<void> {
  registered ??= import('pmtiles').then(({ Protocol }) => {
    addProtocol('pmtiles', new Protocol().tile);
  });
  return registered;
}

/** The vector source of a tiled dataset; the protocol must be registered before it loads. */
export function tileSourceSpec(tiles: BuiltTiles): VectorSourceSpecification {
  return {
    type: 'vector',
    url: `pmtiles://${new URL(tiles.url, document.baseURI).href}`,
    // Feature ids are strings ("P000123"), kept as a property: MVT ids must be integers.
    promoteId: { [tiles.sourceLayer]: 'id' },
  };
}

/**
 * Reads one feature of a tiled source from the tiles loaded so far (the piece in one tile:
 * its properties are whole, its geometry may be clipped), or undefined if none has it yet.
 */
export function tiledFeature(
  map: MapLibreMap,
  source: string,
  tiles: BuiltTiles,
  id: string,
): Feature | undefined {
  const [hit] = map.querySourceFeatures(source, {
    sourceLayer: tiles.sourceLayer,
    filter: ['==', ['get', 'id'], id],
  });
  return hit && { type: 'Feature', id, properties: hit.properties, geometry: hit.geometry };
}

/**
 * A layer's style specs for its tiled source: each reads the archive's tile layer, and the
 * sublayers of other sources (label points, built from the whole collection) are left out.
 */
export function specsForTiles(
  specs: readonly LayerSpecification[],
  source: string,
  tiles: BuiltTiles,
): LayerSpecification[] {
  return specs
    .filter((spec) => 'source' in spec && spec.source === source)
    .map((spec) => ({ ...spec, 'source-layer': tiles.sourceLayer }) as LayerSpecification);
}

/**
 * The datasets a map draws from vector tiles: adds each one's source once (after the PMTiles
 * reader has loaded) and reads single features back from the loaded tiles.
 */
export class TiledSources {
  private readonly added = new Map<string, BuiltTiles>();
  private readonly pending = new Set<string>();

  constructor(private readonly map: MapLibreMap) {}

  /** The tiles of a dataset whose source is on the map, if it is drawn from tiles. */
  get(datasetId: string): BuiltTiles | undefined {
    return this.added.get(datasetId);
  }

  /** Records a tile source that came with the map's first style. */
  markAdded(datasetId: string, tiles: BuiltTiles) {
    this.added.set(datasetId, tiles);
  }

  /** Adds the dataset's tile source (once), then calls `onAdded`. */
  add(datasetId: string, tiles: BuiltTiles, onAdded: () => void) {
    if (this.added.has(datasetId) || this.pending.has(datasetId)) return;
    this.pending.add(datasetId);
    void tileSourceOf(tiles).then((source) => {
      this.pending.delete(datasetId);
      if (!this.map.style) return; // the map was removed meanwhile
      this.map.addSource(datasetId, source);
      this.added.set(datasetId, tiles);
      onAdded();
    });
  }

  /**
   * Reports one feature read from the loaded tiles. Until its tile has loaded (a deep link) it
   * waits for the map to go idle once more; a feature still not there is reported as null.
   * `current` says whether the answer is still wanted (the selection may have moved on).
   */
  resolve(
    datasetId: string,
    id: string,
    current: () => boolean,
    report: (feature: Feature | null) => void,
  ) {
    const tiles = this.added.get(datasetId);
    if (!tiles) return;
    const now = tiledFeature(this.map, datasetId, tiles, id);
    if (now) return report(now);
    this.map.once('idle', () => {
      if (current()) report(tiledFeature(this.map, datasetId, tiles, id) ?? null);
    });
    this.map.triggerRepaint();
  }
}
