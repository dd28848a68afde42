import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expect } from 'vitest';

/** Reads a JSON (or GeoJSON) fixture file. */
export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The cases of an op's fixture folder: every `in/<case>.<ext>` with its `out/<case>.geojson`. */
export function fixtureCases(
  opDir: string,
  ext = 'geojson',
): { name: string; in: string; out: string }[] {
  return readdirSync(join(opDir, 'in'))
    .filter((file) => file.endsWith(`.${ext}`))
    .sort()
    .map((file) => {
      const name = basename(file, `.${ext}`);
      return { name, in: join(opDir, 'in', file), out: join(opDir, 'out', `${name}.geojson`) };
    });
}

/**
 * Compares `actual` with the JSON stored in `file` (habit 5: in/out fixtures, Turf style).
 * With `REGEN=1` the file is rewritten from `actual` instead, so a deliberate change is one
 * command and a reviewable diff. The comparison goes through JSON, as the fixture did.
 */
export function expectJsonFixture(actual: unknown, file: string): void {
  // One position per line keeps fixture diffs readable.
  const text = `${JSON.stringify(actual, null, 2)}\n`.replace(
    /\[(?:\s*-?\d[\d.eE+-]*\s*,?)+\s*\]/g,
    (numbers) => numbers.replace(/\s+/g, '').replace(/,/g, ', '),
  );
  if (process.env.REGEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  if (!existsSync(file)) throw new Error(`${file} does not exist: run the tests with REGEN=1`);
  expect(JSON.parse(text)).toEqual(readJson(file));
}
