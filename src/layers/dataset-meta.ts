// What the app knows of a dataset's provenance and of the built `data/manifest.json`: types and
// plain values only, so that reading them loads no zod. The schemas that define the types, and
// with which the data build checks the files, are in dataset-schemas.ts.

/** How much a dataset can be trusted: measured reality, a drawing of intent, or invented data. */
export const PROVENANCES = ['real', 'schematic', 'sample'] as const;

export type {
  BuiltDataset,
  BuiltTable,
  BuiltTiles,
  DataManifest,
  DatasetMeta,
  DatasetOrigin,
  LocalizedText,
  Provenance,
} from './dataset-schemas.ts';
