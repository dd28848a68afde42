import { readFileSync } from 'node:fs';
import { type Frame, type Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { deployWith } from './support/deploy-with.ts';
import { DEPLOYMENT, STRANGER, events, openHostPage, send } from './support/host-page.ts';

// Issue #17, items 6, 7 and 10: the embed read (deserialised) every message before checking
// its origin, so 10^6 layer ids stalled it 2.5 s even from a page that may not drive it; a
// newer protocol version got no answer; the scroll hint stayed Chinese after a switch.

/** Where the public sees the map: the government site on a desktop and on a phone. */
const SIZES = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const;

/** Messages far beyond anything the protocol needs, built in the sending page. */
const OVERSIZED = ['a million layer ids', '100 000 members', 'a 1 MB string'] as const;
type Oversized = (typeof OVERSIZED)[number] | 'a 10 MB string';

/**
 * Sends oversized messages, one task apart, from the page that embeds the map (whatever its
 * origin) or to the frame named `target`.
 */
async function sendOversized(page: Page, kinds: readonly Oversized[], target = 'map') {
  for (const kind of kinds) {
    await page.evaluate(
      ({ kind, target }) => {
        const frame = document.querySelector(`iframe[name="${target}"]`) as HTMLIFrameElement;
        const envelope = { protocol: 'gy-plan-map', version: 1 };
        const message =
          kind === 'a million layer ids'
            ? {
                ...envelope,
                type: 'show-layers',
                layers: Array.from({ length: 1e6 }, () => 'parks'),
              }
            : kind === '100 000 members'
              ? {
                  ...envelope,
                  type: 'set-locale',
                  locale: 'en',
                  ...Object.fromEntries(Array.from({ length: 1e5 }, (_, i) => [`k${i}`, i])),
                }
              : {
                  ...envelope,
                  type: 'set-locale',
                  locale: 'x'.repeat(kind === 'a 1 MB string' ? 1024 * 1024 : 10 * 1024 * 1024),
                };
        frame.contentWindow!.postMessage(message, new URL(frame.src).origin);
      },
      { kind, target },
    );
    await page.waitForTimeout(300);
  }
}

/**
 * Starts recording a frame's long tasks once it has settled (no long task for a second: the
 * map goes on placing labels and loading the legend for a while after its first idle); the
 * function returned gives the durations recorded since.
 */
async function watchLongTasks(frame: Frame) {
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { longTasks: number[]; lastLongTask: number };
        w.longTasks = [];
        w.lastLongTask = performance.now();
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            w.longTasks.push(e.duration);
            w.lastLongTask = e.startTime + e.duration;
          }
        }).observe({ type: 'longtask', buffered: true });
        const started = performance.now();
        const settled = () => {
          const quiet = performance.now() - w.lastLongTask > 1000;
          if (quiet || performance.now() - started > 20_000) {
            w.longTasks = [];
            resolve();
          } else setTimeout(settled, 100);
        };
        settled();
      }),
  );
  return () => frame.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

/** Opens the example host page on `origin`, embedding the map, for a deployment. */
async function openEmbeddedOn(page: Page, baseURL: string, origin: string, deployment: object) {
  await deployWith(page, deployment);
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: readFileSync('examples/embed-host.html', 'utf8'),
    }),
  );
  const mapUrl = `${baseURL}/embed.html?ui=legend`;
  await page.goto(`${origin}/news/plan-map.html?map=${encodeURIComponent(mapUrl)}`);
  await expect.poll(() => page.frame({ name: 'map' })?.url()).toContain('/embed.html');
  const frame = page.frame({ name: 'map' })!;
  await frame.waitForFunction(() => window.planMap?.map.loaded(), null, { timeout: 30_000 });
  return frame;
}

/** The stranger may show the map (frame-ancestors) but not drive it (allowedOrigins). */
const STRANGER_MAY_SHOW = {
  ...DEPLOYMENT,
  embed: { ...DEPLOYMENT.embed, frameAncestors: [...DEPLOYMENT.embed.frameAncestors, STRANGER] },
};

for (const [size, viewport] of SIZES) {
  test.describe(`on a ${size}`, () => {
    test.use({ viewport });

    test('oversized messages from a page that may not drive the map cost it no task over 50 ms', async ({
      page,
      baseURL,
    }) => {
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      const frame = await openEmbeddedOn(page, baseURL!, STRANGER, STRANGER_MAY_SHOW);
      // The map knows its embedding page is not allowed: it does not even listen.
      expect(warnings.join('\n')).toContain(
        `the embedding page ${STRANGER} is not in embed.allowedOrigins: its messages are not read`,
      );
      const longest: Record<string, number> = {};
      for (const kind of [...OVERSIZED, 'a 10 MB string'] as const) {
        const longTasks = await watchLongTasks(frame);
        await sendOversized(page, [kind]);
        await frame.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        longest[kind] = Math.max(0, ...(await longTasks()));
      }
      console.log(`${size}, stranger: longest task per message ${JSON.stringify(longest)}`);
      expect(Math.max(...Object.values(longest))).toBeLessThan(50);
      // Nothing changed: the legend still shows the default layers.
      await expect(frame.getByRole('checkbox', { name: '显示区县' })).toBeChecked();
    });

    test('oversized messages from a stranger frame inside the host page cost the map no more than the browser takes to deliver them', async ({
      page,
      baseURL,
    }) => {
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      const frame = await openHostPage(page, baseURL!, '?ui=legend');
      // A third party's frame in the same host page, and a frame of the map's origin whose
      // message listener does nothing: the browser's own cost of delivering a message.
      await page.evaluate(
        ({ stranger, bare }) => {
          for (const [name, src] of [
            ['stranger', stranger],
            ['bare', bare],
          ] as const) {
            const iframe = document.createElement('iframe');
            iframe.name = name;
            iframe.src = src;
            document.body.append(iframe);
          }
        },
        { stranger: `${STRANGER}/ad.html`, bare: `${baseURL}/site-config.json` },
      );
      await expect.poll(() => page.frame({ name: 'stranger' })?.url()).toContain(STRANGER);
      await expect.poll(() => page.frame({ name: 'bare' })?.url()).toContain('site-config');
      const stranger = page.frame({ name: 'stranger' })!;
      const bare = page.frame({ name: 'bare' })!;
      await bare.evaluate(() => window.addEventListener('message', () => {}));
      const kinds: Oversized[] = [...OVERSIZED, 'a 10 MB string'];
      const sendFromStranger = async (target: string, kind: Oversized) => {
        await stranger.evaluate(
          ({ kind, target }) => {
            const envelope = { protocol: 'gy-plan-map', version: 1, type: 'set-locale' };
            const message =
              kind === 'a million layer ids'
                ? {
                    ...envelope,
                    type: 'show-layers',
                    layers: Array.from({ length: 1e6 }, () => 'x'),
                  }
                : kind === '100 000 members'
                  ? Object.fromEntries(Array.from({ length: 1e5 }, (_, i) => [`k${i}`, i]))
                  : {
                      ...envelope,
                      locale: 'x'.repeat(kind === 'a 1 MB string' ? 2 ** 20 : 10 * 2 ** 20),
                    };
            window.parent.frames[target as unknown as number]!.postMessage(message, '*');
          },
          { kind, target },
        );
        await page.waitForTimeout(300);
      };
      const cost: Record<string, [number, number]> = {};
      for (const kind of kinds) {
        const bareTasks = await watchLongTasks(bare);
        await sendFromStranger('bare', kind);
        const mapTasks = await watchLongTasks(frame);
        await sendFromStranger('map', kind);
        await frame.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        cost[kind] = [Math.max(0, ...(await mapTasks())), Math.max(0, ...(await bareTasks()))];
      }
      await expect
        .poll(() => warnings.filter((w) => w.includes('not from the embedding page')).length)
        .toBe(kinds.length);
      console.log(
        `${size}, stranger frame in the host page, [map, bare listener] ms: ${JSON.stringify(cost)}`,
      );
      // Reading any of these took seconds (a listener that reads a million ids: 2.8–5.1 s here).
      for (const [map] of Object.values(cost)) expect(map).toBeLessThan(500);
      await expect(frame.getByRole('checkbox', { name: '显示区县' })).toBeChecked();
    });

    test('oversized messages from the allowed host are dropped after bounded work', async ({
      page,
      baseURL,
    }) => {
      const warnings: string[] = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      const frame = await openHostPage(page, baseURL!, '?ui=legend');
      const before = (await events(page)).length;
      const longest: Record<string, number> = {};
      for (const kind of [...OVERSIZED, 'a 10 MB string'] as const) {
        const longTasks = await watchLongTasks(frame);
        await sendOversized(page, [kind]);
        await expect
          .poll(() => warnings.filter((w) => w.includes('message too large')).length)
          .toBe(Object.keys(longest).length + 1);
        longest[kind] = Math.max(0, ...(await longTasks()));
      }
      // Reading (deserialising) a message from the allowed host cannot be avoided; parsing
      // it is: zod over a million ids took 2.9–7.7 s.
      console.log(`${size}, allowed host: longest task per message ${JSON.stringify(longest)}`);
      for (const ms of Object.values(longest)) expect(ms).toBeLessThan(2000);
      await expect(frame.getByRole('checkbox', { name: '显示区县' })).toBeChecked();
      expect((await events(page)).slice(before).filter((e) => e.type !== 'view-changed')).toEqual(
        [],
      );
    });

    test('a host speaking a newer protocol version gets an error event naming the version', async ({
      page,
      baseURL,
    }) => {
      await openHostPage(page, baseURL!, '?ui=legend');
      await page.evaluate(() => {
        const frame = document.getElementById('map') as HTMLIFrameElement;
        frame.contentWindow!.postMessage(
          {
            protocol: 'gy-plan-map',
            version: 2,
            type: 'set-locale',
            locale: 'en',
            requestId: 'v2-1',
          },
          new URL(frame.src).origin,
        );
      });
      await expect
        .poll(async () => (await events(page)).find((e) => e.type === 'error'))
        .toMatchObject({
          requestId: 'v2-1',
          message: 'protocol version 2 is not supported: this map speaks version 1',
        });
    });

    test('after switching to English the scroll hint is English too', async ({ page, baseURL }) => {
      const frame = await openHostPage(page, baseURL!, '?ui=map');
      await send(page, { type: 'set-locale', locale: 'en' });
      await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
      const box = (await page.locator('iframe#map').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 400);
      const hint = frame.locator('.maplibregl-cooperative-gesture-screen');
      await expect(hint).toContainText('Use Ctrl + scroll to zoom the map');
      await expect(hint).toContainText('Use two fingers to move the map');
      await expect(hint).not.toContainText(/[\u4e00-\u9fff]/);
      // And back.
      await send(page, { type: 'set-locale', locale: 'zh' });
      await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(hint).toContainText('按住 Ctrl 键并滚动鼠标滚轮缩放地图');
    });
  });
}
