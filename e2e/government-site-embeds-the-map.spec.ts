import { expect, test } from './support/fixtures.ts';
import { STRANGER, events, openHostPage, send } from './support/host-page.ts';

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
  // The layers the host did not ask for are folded under 其他图层.
  await frame
    .getByTestId('more-layers')
    .getByText(/其他图层/)
    .click();
  await expect(frame.getByRole('checkbox', { name: '显示区县' })).not.toBeChecked();
  // ui=legend: no details panel, but the opened measure is named over the map.
  await expect(frame.getByTestId('measure-detail')).toHaveCount(0);
  await expect(frame.getByTestId('embed-caption')).toContainText('三(一)');
  await expect(frame.getByTestId('embed-caption')).toContainText(
    '构建“一核三心多组团”城市空间格局',
  );
});
