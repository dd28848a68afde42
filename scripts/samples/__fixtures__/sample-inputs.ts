import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Point } from 'geojson';
import { expect } from 'vitest';
import { assignDistrict } from '../../../src/geo/assign-district.ts';
import { readJson } from '../../../src/geo/__fixtures__/expect-json-fixture.ts';
import { type Township } from '../../../src/model/township.ts';

// The generators' test inputs are the charging generator's: two square districts (南明, 开阳)
// with a context neighbour (平坝), and 3 街道 and 6 乡/镇 in those two districts.
const FIXTURES = fileURLToPath(new URL('./generate-samples', import.meta.url));
/** Two square Guiyang districts and a context neighbour, with seats. */
export const DISTRICTS = readJson<FeatureCollection>(`${FIXTURES}/districts.geojson`);
/** 3 街道 and 6 乡/镇 of those districts. */
export const TOWNSHIPS = readJson<Township[]>(`${FIXTURES}/townships.json`);

/**
 * Asserts that every feature lies inside the district it names and, where it names a township,
 * that the township is one of the list, in that district, under its real name.
 */
export function expectRealPlaces(
  collection: FeatureCollection<
    Point,
    { district: string; townshipCode?: string; townshipName?: string }
  >,
  townships: readonly Township[] = TOWNSHIPS,
  districts: FeatureCollection = DISTRICTS,
): void {
  const byCode = new Map(townships.map((t) => [t.code, t]));
  for (const { properties: p } of collection.features) {
    if (p.townshipCode === undefined) continue;
    const township = byCode.get(p.townshipCode);
    expect(township, p.townshipCode).toBeDefined();
    expect([township!.name, township!.district]).toEqual([p.townshipName, p.district]);
  }
  expect(assignDistrict(collection, districts)).toEqual(
    collection.features.map((f) => f.properties.district),
  );
}

/** How many features have each value of a property. */
export function tally<T extends string | number | boolean | null>(values: readonly T[]) {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
