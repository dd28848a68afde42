import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, openMap, test } from './support/fixtures.ts';

// A fixed clock makes the date printed on the exports, and so the baseline, deterministic.
const FIXED_DATE = new Date('2025-06-01T10:00:00+08:00');
const work = mkdtempSync(join(tmpdir(), 'exports-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Picks an export in the dialog, starts it, and returns the downloaded file and its time. */
async function exportFile(page: Page, kind: RegExp, setup?: () => Promise<void>) {
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: kind }).check();
  await setup?.();
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: '开始导出' }).click(),
  ]);
  const path = join(work, download.suggestedFilename());
  await download.saveAs(path);
  const ms = Date.now() - started;
  await expect(dialog.getByTestId('export-status')).toContainText('已导出');
  return { path, name: download.suggestedFilename(), ms };
}

/** The text of a PDF (poppler's pdftotext) and its page count (pdfinfo). */
function readPdf(path: string) {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const pages = Number(
    /Pages:\s+(\d+)/.exec(
      execFileSync('pdfinfo', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    )![1],
  );
  return { text, pages };
}

/** The camera and the URL: an export must leave both as they were. */
const mapState = (page: Page) =>
  page.evaluate(() => ({ url: location.href, view: window.planMap!.view() }));

test('a planner exports the map, a policy sheet and the data for a meeting', async ({ page }) => {
  await page.clock.setFixedTime(FIXED_DATE);
  await openMap(page, '?measure=3-1&feature=districts:520115');
  const before = await mapState(page);
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  const times: Record<string, number> = {};

  // PNG: A4 landscape at 150 dpi, and a real picture, not one flat colour.
  const png = await exportFile(page, /地图图片/);
  times.png = png.ms;
  expect(png.name).toBe('guiyang-plan-map-A4-landscape-2025-06-01.png');
  const image = PNG.sync.read(readFileSync(png.path));
  expect([image.width, image.height]).toEqual([1754, 1240]);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4 * 97) colours.add(image.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(50);

  // Map PDF: one A4 landscape page with the title and the 审图号 as real text.
  const pdf = await exportFile(page, /地图\(PDF\)/, async () => {
    await dialog.getByRole('radio', { name: 'A4' }).check();
    await dialog.getByRole('radio', { name: '横向' }).check();
  });
  times.pdf = pdf.ms;
  const map = readPdf(pdf.path);
  expect(map.pages).toBe(1);
  expect(map.text).toContain('贵阳贵安新型城镇化规划图');
  // No 审图号 configured: the export says plainly that it is not for publication.
  expect(map.text).toContain('不得公开发布');
  expect(map.text).toContain('图例');
  // The scale bar speaks the map's language, and the open measure's places are in the legend.
  expect(map.text).toMatch(/\d+ (公里|米)/);
  expect(map.text).not.toMatch(/\d+ km/);
  expect(map.text).toContain('图中突出显示');
  const size = execFileSync('pdfinfo', [pdf.path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  expect(size).toMatch(/Page size:\s+841\.8\d* x 595\.2\d*/);

  // Policy sheet for the selected district: its measure 三(一), with title and full text.
  const sheet = await exportFile(page, /政策单页/, async () => {
    await dialog.getByRole('radio', { name: /要素:观山湖区/ }).check();
  });
  times.sheet = sheet.ms;
  expect(sheet.name).toBe('guiyang-plan-sheet-feature-520115-2025-06-01.pdf');
  const policy = readPdf(sheet.path);
  expect(policy.pages).toBeGreaterThanOrEqual(1);
  expect(policy.pages).toBeLessThanOrEqual(2);
  expect(policy.text).toContain('观山湖区');
  expect(policy.text).toContain('三(一)');
  expect(policy.text).toContain('构建“一核三心多组团”城市空间格局');
  expect(policy.text).toContain('目标:常住人口达750万人左右');
  expect(policy.text).toContain('不得公开发布');
  execFileSync(
    'pdftoppm',
    ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', sheet.path, join(work, 'sheet')],
    { stdio: 'ignore' },
  );
  expect(readFileSync(join(work, 'sheet.png'))).toMatchSnapshot('policy-sheet-page-1.png', {
    maxDiffPixelRatio: 0.02,
  });

  // CSV of the visible layers: BOM first, Chinese intact, the district linked to 3-1.
  const csv = await exportFile(page, /数据/, async () => {
    await dialog.getByRole('radio', { name: 'CSV', exact: true }).check();
  });
  const bytes = readFileSync(csv.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.toString('utf8').split('\r\n');
  expect(rows[0]).toMatch(/^\uFEFFlayer,id,name,linked_measures,linked_indicators,/);
  const district = rows.find((r) => r.startsWith('districts,520115,'));
  expect(district).toContain('观山湖区');
  expect(district).toContain('3-1');

  // GeoJSON of the selected feature only, with the linked ids.
  const geojson = await exportFile(page, /数据/, async () => {
    await dialog.getByRole('radio', { name: '所选要素' }).check();
    await dialog.getByRole('radio', { name: 'GeoJSON', exact: true }).check();
  });
  const collection = JSON.parse(readFileSync(geojson.path, 'utf8'));
  expect(collection.features).toHaveLength(1);
  expect(collection.features[0].properties).toMatchObject({
    name: '观山湖区',
    linked_measures: ['3-1'],
  });

  // Nothing moved: the exports only read the map.
  expect(await mapState(page)).toEqual(before);
  console.log(`export times (ms): ${JSON.stringify(times)}`);
});

test('a long export shows progress and can be cancelled without changing the map', async ({
  page,
}) => {
  await openMap(page, '?measure=3-1&feature=districts:520115');
  const before = await mapState(page);
  // Hold the font back so the export is still running when the planner cancels it.
  await page.route('**/fonts/export-sc.otf', () => new Promise(() => undefined));
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: /地图\(PDF\)/ }).check();
  await dialog.getByRole('button', { name: '开始导出' }).click();
  await expect(dialog.getByRole('progressbar', { name: '导出进度' })).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog.getByTestId('export-status')).toHaveText('已取消导出,地图未作改动');
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  expect(await mapState(page)).toEqual(before);
});

/** How far apart two colours are, channel by channel (0–255). */
const distance = (image: PNG, x: number, y: number, [r, g, b]: number[]) => {
  const i = (image.width * y + x) * 4;
  return Math.max(
    Math.abs(image.data[i]! - r!),
    Math.abs(image.data[i + 1]! - g!),
    Math.abs(image.data[i + 2]! - b!),
  );
};
const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

test('an exported map fills its frame to all four edges, at the paper’s proportions', async ({
  page,
}) => {
  // Zoomed into the city, so every part of the frame is map: a band of empty ground would show.
  await openMap(page, '?view=106.71,26.58,11.5');
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const png = await exportFile(page, /地图图片/);
  const image = PNG.sync.read(readFileSync(png.path));
  const border = hex('#c9cfd6');
  const land = hex('#e9edf1');
  // The frame's border, found along a column and a row through the map.
  const column = 300;
  let top = 100;
  while (distance(image, column, top, border) > 12) top++;
  let bottom = image.height - 1;
  while (distance(image, column, bottom, border) > 12) bottom--;
  const middle = Math.round((top + bottom) / 2);
  let left = 0;
  while (distance(image, left, middle, border) > 12) left++;
  let right = left + 50;
  while (distance(image, right, middle, border) > 12) right++;
  expect(bottom - top).toBeGreaterThan(600);
  expect(right - left).toBeGreaterThan(900);
  // Strips just inside each edge: drawn map, not the empty ground colour of a band.
  const share = (xs: number[], ys: number[]) => {
    let empty = 0;
    let all = 0;
    for (const x of xs)
      for (const y of ys) {
        all++;
        if (distance(image, x, y, land) <= 2) empty++;
      }
    return empty / all;
  };
  const along = (from: number, to: number) =>
    Array.from({ length: 40 }, (_, i) => Math.round(from + ((to - from) * (i + 1)) / 41));
  expect(share(along(left, right), [top + 4]), 'top edge').toBeLessThan(0.2);
  expect(share(along(left, right), [bottom - 4]), 'bottom edge').toBeLessThan(0.2);
  expect(share([left + 4], along(top, bottom)), 'left edge').toBeLessThan(0.2);
  expect(share([right - 4], along(top, bottom)), 'right edge').toBeLessThan(0.2);
});

test('an English export writes its scale bar in km', async ({ page }) => {
  await openMap(page, '?lang=en');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: /Map \(PDF\)/ }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).last().click(),
  ]);
  const path = join(work, `en-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const text = readPdf(path).text;
  expect(text).toMatch(/\d+ (km|m)\b/);
  expect(text).not.toContain('公里');
});
