import { readFileSync } from 'node:fs';
import { type Frame, type Page } from '@playwright/test';
import { deployWith } from './support/deploy-with.ts';
import { expect, test } from './support/fixtures.ts';

// The government site and a third party, served by the browser's request routing from the
// example pages: no network, and three distinct origins (map 127.0.0.1, host localhost,
// stranger 127.0.0.2). All are loopback names: Chromium forbids a public page from framing a
// loopback one (private network access), which a test on loopback would otherwise trip over.
const HOST = 'http://localhost:4399';
const STRANGER = 'http://127.0.0.2:4399';

/** The deployment under test: the host is allowed to embed and to drive the map. */
const DEPLOYMENT = {
  reviewNumber: 'GS(2026)0000号(测试)',
  embed: { allowedOrigins: [HOST], frameAncestors: ["'self'", HOST] },
};

type MapEventRecord = { type: string; [key: string]: unknown };

async function openHostPage(page: Page, baseURL: string, embedQuery: string): Promise<Frame> {
  await deployWith(page, DEPLOYMENT);
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: readFileSync('examples/embed-host.html', 'utf8'),
    }),
  );
  await page.route(`${STRANGER}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: readFileSync('examples/third-party-frame.html', 'utf8'),
    }),
  );
  // CSP violations anywhere (host or map frame) are recorded and fail the test.
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  const mapUrl = `${baseURL}/embed.html${embedQuery}`;
  await page.goto(`${HOST}/news/plan-map.html?map=${encodeURIComponent(mapUrl)}`);
  await page.waitForFunction(
    () =>
      (window as unknown as { mapEvents: MapEventRecord[] }).mapEvents?.some(
        (e) => e.type === 'ready',
      ),
    null,
    {
      timeout: 30_000,
    },
  );
  const frame = page.frame({ name: 'map' })!;
  await frame.waitForFunction(() => window.planMap?.map.loaded());
  return frame;
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { mapEvents: MapEventRecord[] }).mapEvents);
const send = (page: Page, command: object) =>
  page.evaluate(
    (c) => (window as unknown as { sendToMap: (c: object) => void }).sendToMap(c),
    command,
  );

test('the host page drives the embedded map and hears what happens', async ({ page, baseURL }) => {
  const frame = await openHostPage(page, baseURL!, '?ui=full');
  expect((await events(page))[0]).toMatchObject({
    protocol: 'gy-plan-map',
    version: 1,
    type: 'ready',
  });

  await page.getByRole('button', { name: '打开措施 三(一)' }).click();
  await expect
    .poll(async () => (await events(page)).find((e) => e.type === 'measure-opened'))
    .toMatchObject({
      measure: { id: '3-1', label: '三(一)' },
    });
  await expect(frame.getByTestId('measure-detail')).toContainText('一核三心多组团');

  await page.getByRole('button', { name: '选中观山湖区' }).click();
  await expect
    .poll(async () => (await events(page)).find((e) => e.type === 'feature-selected'))
    .toMatchObject({
      feature: { layer: 'districts', id: '520115', name: '观山湖区' },
    });
  await expect(frame.getByTestId('inspector').getByRole('heading', { level: 2 })).toHaveText(
    '观山湖区',
  );

  await page.getByRole('button', { name: '飞到一核' }).click();
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'view-changed').at(-1)?.zoom)
    .toBeCloseTo(11, 1);

  await send(page, { type: 'open-measure', measure: '9-9', requestId: 'r-1' });
  await expect
    .poll(async () => (await events(page)).find((e) => e.type === 'error'))
    .toMatchObject({ requestId: 'r-1' });

  // The 审图号 and sources sit at the lower left of the embed.
  await expect(frame.getByTestId('review-number')).toHaveText('审图号:GS(2026)0000号(测试)');
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  expect(
    await frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});

test('messages from another origin, or malformed ones, are ignored and logged', async ({
  page,
  baseURL,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const frame = await openHostPage(page, baseURL!, '?ui=full');
  const before = (await events(page)).length;

  // A stranger's frame inside the same host page tries to open a measure.
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe');
    iframe.name = 'stranger';
    iframe.src = src;
    document.body.append(iframe);
  }, `${STRANGER}/ad.html`);
  await expect.poll(() => page.frame({ name: 'stranger' })?.url()).toContain(STRANGER);
  const stranger = page.frame({ name: 'stranger' })!;
  await stranger.waitForFunction(() => 'forge' in window);
  await stranger.evaluate(() =>
    (window as unknown as { forge: (c: object) => void }).forge({
      type: 'open-measure',
      measure: '4-2',
    }),
  );
  // The host itself sends something that is not a command.
  await send(page, { type: 'delete-everything' });
  await expect
    .poll(() => warnings.filter((w) => w.includes('[embed] dropped message')).length)
    .toBe(2);
  expect(warnings.join('\n')).toContain(STRANGER);
  expect(warnings.join('\n')).toContain('invalid message');
  await expect(frame.getByTestId('measure-detail')).toHaveCount(0);
  expect((await events(page)).slice(before).filter((e) => e.type !== 'view-changed')).toEqual([]);
});

test('inside a scrolling page the map leaves the mouse wheel to the page, with a hint in Chinese', async ({
  page,
  baseURL,
}) => {
  const frame = await openHostPage(page, baseURL!, '?ui=map');
  const zoom = () => frame.evaluate(() => window.planMap!.view().zoom);
  const before = await zoom();
  const box = (await page.locator('iframe#map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);
  await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toContainText(
    '按住 Ctrl 键并滚动鼠标滚轮缩放地图',
  );
  expect(await zoom()).toBeCloseTo(before, 5);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('the embed links to the full map with the same state, and reads its URL options', async ({
  page,
  baseURL,
}) => {
  const frame = await openHostPage(
    page,
    baseURL!,
    '?ui=legend&layers=structure&measure=3-1&nonsense=1',
  );
  const href = await frame.getByTestId('open-full-map').getAttribute('href');
  expect(href).toContain('layers=structure');
  expect(href).toContain('measure=3-1');
  await expect(frame.getByRole('checkbox', { name: '显示一核三心多组团' })).toBeChecked();
  await expect(frame.getByRole('checkbox', { name: '显示区县' })).not.toBeChecked();
  // ui=legend: no details panel.
  await expect(frame.getByTestId('measure-detail')).toHaveCount(0);
});
