import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { GUIYANG_POINTS } from '../src/import/__fixtures__/import-cases.ts';
import { clickMapAt, expect, mapIdle, openMap, test } from './support/fixtures.ts';
import {
  chooseFile,
  FIXTURES,
  importedList,
  originalName,
  renderedImported,
} from './support/import-file.ts';

// Issue #17, items 1 and 2: a property named like an Object.prototype member used to empty
// the whole layer (MapLibre's worker transfer threw), and every imported layer got a false
// "could not be loaded" notice at import and at every start.

const SHADOWING = ['constructor', 'hasOwnProperty', 'toString', '__proto__', 'valueOf'];

/** Imports a fixture, answering the confirmation with `source` (or the preselected frame). */
async function importFixture(page: Page, file: string, source?: RegExp) {
  await chooseFile(page, `${FIXTURES}/${file}`);
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeVisible();
  if (source)
    await confirm.getByTestId('import-source').getByRole('radio', { name: source }).check();
  await confirm.getByRole('button', { name: '按此坐标系导入' }).click();
}

/** Reads the export of the only imported layer, as the planner's download. */
async function exportedProperties(page: Page, layerName: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `将“${layerName}”导出为 GeoJSON` }).click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file!, 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  return json.features.map((f) => f.properties);
}

const own = (o: Record<string, unknown>, key: string) =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;

test('a GeoJSON whose attributes are named constructor, hasOwnProperty, __proto__ … is drawn, reloads and exports with every name', async ({
  page,
}) => {
  await openMap(page, '?view=106.68,26.61,12');
  await importFixture(page, 'shadowing-names.geojson', /GPS/);
  // Said imported only once the map draws it.
  const done = page.getByTestId('import-done');
  await expect(done).toHaveAttribute('data-drawn', 'drawn');
  await expect(done.getByRole('heading')).toHaveText('已导入“shadowing-names”,2 个要素');
  await expect(page.getByTestId('data-failed')).toHaveCount(0);

  await mapIdle(page);
  const drawn = await renderedImported(page);
  expect(drawn).toHaveLength(2);
  const a = drawn.find((f) => f.properties.name === 'a')!;
  const names = Object.keys(a.properties).map(originalName);
  for (const name of [...SHADOWING, '$name', 'isPrototypeOf', 'nested'])
    expect(names).toContain(name);
  expect(a.properties['prop:constructor']).toBe('x-constructor');
  expect(a.properties['prop:__proto__']).toBe('x-__proto__');

  // The inspector lists the original names.
  await clickMapAt(page, GUIYANG_POINTS[0]!);
  const attributes = page.getByTestId('imported-attributes');
  for (const name of SHADOWING)
    await expect(attributes.getByText(name, { exact: true })).toBeVisible();

  await page.reload();
  await openMap(page, new URL(page.url()).search);
  await expect(importedList(page)).toHaveCount(1);
  await expect.poll(async () => (await renderedImported(page)).length).toBe(2);
  // A cold start asks the manifest for no imported dataset: no notice, no retry.
  await expect(page.getByTestId('data-failed')).toHaveCount(0);

  const exported = await exportedProperties(page, 'shadowing-names');
  const first = exported.find((p) => own(p, 'name') === 'a')!;
  for (const name of [...SHADOWING, '$name', 'isPrototypeOf']) {
    expect(own(first, name), name).toBe(`x-${name}`);
  }
  const nested = own(first, 'nested') as Record<string, unknown>;
  expect(Object.keys(nested)).toEqual(['constructor', '__proto__', 'list']);
  expect(
    own(
      exported.find((p) => own(p, 'name') === 'b')!,
      'constructor',
    ),
  ).toBe('x');
});

test('a zipped shapefile with fields named __proto__, toString, valueOf and a repeated name keeps every value', async ({
  page,
}) => {
  await openMap(page, '?view=106.68,26.59,12');
  await importFixture(page, 'shadowing-names.zip');
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-drawn', 'drawn');
  await expect(page.getByTestId('import-done')).toContainText('名称 → 名称_2');
  await mapIdle(page);
  const drawn = await renderedImported(page);
  expect(drawn).toHaveLength(3);
  for (const f of drawn) {
    expect(Object.keys(f.properties).map(originalName).sort()).toEqual(
      ['$name', '__proto__', 'id', 'toString', 'valueOf', '名称', '名称_2'].sort(),
    );
  }
  const exported = await exportedProperties(page, 'shadowing-names');
  expect(exported.map((p) => [own(p, '__proto__'), own(p, 'toString'), own(p, 'valueOf')])).toEqual(
    [
      ['p0', 's0', 0],
      ['p1', 's1', 1],
      ['p2', 's2', 2],
    ],
  );
});

test('six imported layers: no false notice at import or start, and every export and remove button can be pressed', async ({
  page,
}) => {
  test.setTimeout(300_000); // six imports and a reload, in software WebGL
  await openMap(page, '?view=106.68,26.61,11');
  for (let i = 0; i < 6; i++) {
    await importFixture(page, 'guiyang-points-gcj02.geojson', /高德/);
    await expect(page.getByTestId('import-done')).toHaveAttribute('data-drawn', 'drawn');
    await expect(importedList(page)).toHaveCount(i + 1);
  }
  const check = async () => {
    await expect(page.getByTestId('data-failed')).toHaveCount(0);
    for (const name of [/导出为 GeoJSON$/, /^移除图层/]) {
      const buttons = page.getByTestId('import-panel').getByRole('button', { name });
      await expect(buttons).toHaveCount(6);
      // trial: Playwright's checks that the button would receive the click (nothing covers it).
      for (const button of await buttons.all()) {
        await button.scrollIntoViewIfNeeded();
        await button.click({ trial: true, timeout: 5_000 });
      }
    }
  };
  await check();
  await page.reload();
  await openMap(page, new URL(page.url()).search);
  await expect(importedList(page)).toHaveCount(6);
  await mapIdle(page);
  await check();
});
