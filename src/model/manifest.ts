// What the data build writes to `data/manifest.json` and the app reads: plain types, so that
// reading them loads no code. The build checks its metadata and its output with zod schemas
// (scripts/data/dataset-schemas.ts) that are tied to these types.
import type { Frame } from './frames.ts';
import type { LocalizedText } from './locale.ts';

/** How much a dataset can be trusted: measured reality, a drawing of intent, or invented data. */
export const PROVENANCES = ['real', 'schematic', 'sample'] as const;
/** One of {@link PROVENANCES}. */
export type Provenance = (typeof PROVENANCES)[number];

/** The provenance a dataset's metadata declares, as every dataset and table carries it. */
export interface DatasetDescription {
  id: string;
  title: LocalizedText;
  provenance: Provenance;
  source: LocalizedText;
  licence: string;
  version: string;
  accuracy: LocalizedText;
  note?: LocalizedText | undefined;
  /**
   * 数据说明 · About the data: two to four short sentences for citizens (what it shows, where
   * from, how exact, and the sample or schematic caveat).
   */
  about?: LocalizedText | undefined;
}

/**
 * Static vector tiles the build made for a large dataset: the map draws these instead of the
 * GeoJSON, read by byte ranges from the same origin.
 */
export interface BuiltTiles {
  url: string;
  format: 'pmtiles';
  /** The vector-tile layer holding the features (the dataset id). */
  sourceLayer: string;
  minzoom: number;
  maxzoom: number;
  tileCount: number;
  /** The largest tile, uncompressed. */
  largestTileBytes: number;
  /**
   * Per zoom, how many features the tiles hold whole (`kept`) and leave out (`dropped`: too
   * small, or thinned to keep a tile small). Absent in manifests built before it.
   */
  featuresByZoom?: { zoom: number; kept: number; dropped: number }[] | undefined;
}

/** One dataset of the built manifest: its provenance plus what the build produced. */
export interface BuiltDataset extends DatasetDescription {
  frame: Frame;
  url: string;
  featureCount: number;
  bbox: [number, number, number, number];
  /** What the build did to the coordinates, e.g. "GCJ-02 → EPSG:4326". */
  conversion: string;
  builtAt: string;
  /** The name of the feature contract the build checked every feature against. */
  featureSchema?: string | undefined;
  /** Present when the dataset is large enough to be drawn from tiles (the app then does). */
  tiles?: BuiltTiles | undefined;
  /**
   * Rows the build summed from the features for the layer's figures (e.g. pipe km by type,
   * status, district and year), so figures need neither the features nor turf in the browser.
   */
  summaryUrl?: string | undefined;
}

/** A table (rows without geometry, e.g. the township list) in the manifest. */
export interface BuiltTable extends DatasetDescription {
  url: string;
  rowCount: number;
  builtAt: string;
}

/** `data/manifest.json`: every dataset (GeoJSON) and table (JSON rows) the build produced. */
export interface DataManifest {
  datasets: Record<string, BuiltDataset>;
  tables: Record<string, BuiltTable>;
}
