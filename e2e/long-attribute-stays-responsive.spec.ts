import { readFileSync, writeFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import {
  GUIYANG_POINTS,
  LONG_ATTRIBUTE_CHARACTERS,
  longAttributeText,
} from '../src/import/__fixtures__/import-cases.ts';
import { clickMapAt, expect, mapIdle, openMap, test } from './support/fixtures.ts';
import { chooseFile, FIXTURES, importedList } from './support/import-file.ts';

// Issue #17, item 5: selecting a feature with a 1 MB attribute held the page 1.3–2.7 s, the
// whole text laid out in the inspector. Long values are shortened, the whole text one action
// away, and no task of the page's main thread over 200 ms from any size the import allows.

/** Records the page's long tasks (over 50 ms) from now on. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  return async () => {
    // Two frames, so a task still running is reported.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  };
}

/** Imports a GeoJSON with one long attribute and selects that feature on the map. */
async function importAndSelect(page: Page, path: string) {
  await openMap(page, '?view=106.69,26.6,12');
  const importing = await watchLongTasks(page);
  await chooseFile(page, path);
  await page.getByTestId('import-source').getByRole('radio', { name: /GPS/ }).check();
  await page.getByTestId('import-confirm').getByRole('button', { name: '按此坐标系导入' }).click();
  await expect(importedList(page)).toHaveCount(1, { timeout: 120_000 });
  await expect(page.getByTestId('import-done')).toHaveAttribute('data-drawn', 'drawn', {
    timeout: 60_000,
  });
  await mapIdle(page);
  // Reported, not judged: importing is a one-off with a progress bar, not a click.
  console.log(`longest task while importing ${path}: ${Math.max(0, ...(await importing()))} ms`);
  // Long tasks are wall time: on a shared machine the scheduler can stretch any task. The
  // selection's own cost is the least of up to three selections (each renders the whole
  // inspector again); a cost of its own (laying out the whole text) shows in every one.
  const tries: number[] = [];
  for (let attempt = 0; attempt < 3 && Math.min(...tries) >= 200; attempt++) {
    if (attempt > 0) {
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('inspector')).toHaveCount(0);
      await mapIdle(page);
    }
    const tasks = await watchLongTasks(page);
    await clickMapAt(page, GUIYANG_POINTS[0]!);
    await expect(page.getByTestId('imported-attributes')).toBeVisible();
    await mapIdle(page);
    tries.push(Math.max(0, ...(await tasks())));
  }
  return tries;
}

test('a 1 MB attribute is shortened on selection, the page never held over 200 ms, the whole text a click away', async ({
  page,
}) => {
  const tries = await importAndSelect(page, `${FIXTURES}/long-attribute.geojson`);
  console.log(`1 MiB attribute, longest task per selection: ${tries.join(', ')} ms`);
  expect(Math.min(...tries)).toBeLessThan(200);

  const row = page.getByTestId('imported-attributes').locator('div', { hasText: '说明' });
  const count = LONG_ATTRIBUTE_CHARACTERS.toLocaleString('en');
  await expect(row.getByTestId('long-text-note')).toHaveText(`已截短显示,共 ${count} 字`);
  expect((await row.locator('dd').innerText()).length).toBeLessThan(1000);
  // The whole text: downloaded as it was imported.
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: `下载全文(.txt,${count} 字):说明` }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text.length).toBe(LONG_ATTRIBUTE_CHARACTERS);
  await expect(row.getByRole('button', { name: new RegExp(`^复制全文`) })).toBeVisible();
  // The feature list names it by its short name; the map's copy is cut too (4096 characters).
  const mapped = await page.evaluate(() => {
    const map = window.planMap!.map;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith('imported-'))
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['说明']).length);
  });
  expect(Math.max(...mapped)).toBeLessThanOrEqual(4097);
});

test('a 30 MB attribute, near the 100 MB file limit, is selected without a task over 200 ms', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const path = testInfo.outputPath('thirty-megabyte-attribute.geojson');
  // 10 million CJK characters: 30 MB of UTF-8.
  writeFileSync(path, longAttributeText(10_000_000));
  const tries = await importAndSelect(page, path);
  console.log(`10^7-character attribute, longest task per selection: ${tries.join(', ')} ms`);
  expect(Math.min(...tries)).toBeLessThan(200);
  await expect(page.getByTestId('long-text-note')).toHaveText('已截短显示,共 10,000,000 字');
});
