import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { SiteConfig } from '../src/config/site-config.ts';
import { nginxConf } from '../scripts/serve/nginx-conf.ts';
import { readSiteConfig } from '../scripts/serve/read-site-config.ts';
import { contentSecurityPolicy, securityHeaders } from '../scripts/serve/security-headers.ts';
import { expect, openMap, test } from './support/fixtures.ts';
import { DEPLOYMENT, STRANGER, events, openHostPage } from './support/host-page.ts';

// The production nginx configuration, generated from the build's own site-config.json, run by
// Debian's nginx unprivileged on loopback, serving dist/ as a deployment would.
const NGINX = '/usr/sbin/nginx';
const DIST = resolve('dist');

let nginx: ChildProcess | undefined;
let output = '';
let url = '';
let prefix = '';
let config: SiteConfig;

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitUntilAnswering(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (nginx?.exitCode !== null) throw new Error(`nginx exited:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}

test.beforeAll(async () => {
  if (!existsSync(NGINX)) {
    throw new Error(
      `${NGINX} is missing: install Debian's nginx with "apt-get install nginx" (CI does).`,
    );
  }
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('No build in dist/: run "npm run build" first.');
  // The build's configuration, deployed for a government site that embeds the map.
  config = SiteConfig.parse({ ...readSiteConfig(join(DIST, 'site-config.json')), ...DEPLOYMENT });
  prefix = mkdtempSync(join(tmpdir(), 'nginx-e2e-'));
  for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const conf = join(prefix, 'nginx.conf');
  // As root (CI), nginx would run its workers as nobody, who may not read the clone.
  const user = process.getuid?.() === 0 ? 'root' : null;
  writeFileSync(conf, nginxConf({ config, root: DIST, listen: `127.0.0.1:${port}`, user }));
  nginx = spawn(NGINX, ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx.stdout!.on('data', (chunk) => (output += chunk));
  nginx.stderr!.on('data', (chunk) => (output += chunk));
  await waitUntilAnswering(10_000);
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((done) => nginx!.once('exit', done));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

// Every request of these stories, the page's own included, goes to nginx.
// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
test.use({ baseURL: async ({}, use) => use(url) });

/** Records CSP violations in the page from its first script on. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test.describe('a government deployment serves the map with nginx', () => {
  test('sends the page, scripts and data with their types, caching and security headers', async ({
    request,
  }) => {
    const page = await request.get('/');
    expect(page.status()).toBe(200);
    const headers = page.headers();
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy(config));
    expect(headers['content-security-policy']).not.toMatch(/unsafe-eval|unsafe-inline/);
    for (const [name, value] of Object.entries(securityHeaders(config))) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }

    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script, 'the page loads a hashed script').toBeDefined();
    const worker = readdirSync(join(DIST, 'assets')).find((name) => name.endsWith('.mjs'));
    for (const path of [script!, `assets/${worker}`]) {
      const asset = await request.get(`/${path}`);
      expect(asset.status(), path).toBe(200);
      expect(asset.headers()['content-type'], path).toBe('text/javascript; charset=utf-8');
      expect(asset.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
      expect(asset.headers()['content-security-policy'], path).toBe(contentSecurityPolicy(config));
    }

    const data = await request.get('/data/districts.geojson', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(data.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(data.headers()['cache-control']).toBe('no-cache');
    expect(data.headers()['content-encoding']).toBe('gzip');

    const missing = await request.get('/assets/no-such-file.js');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-security-policy']).toBe(contentSecurityPolicy(config));
    expect(missing.headers()['cache-control'], 'a 404 is not cached for a year').toBeUndefined();
  });

  test('answers a byte range with 206 and the exact bytes', async ({ request }) => {
    const file = readFileSync(join(DIST, 'data/districts.geojson'));
    const { size } = statSync(join(DIST, 'data/districts.geojson'));
    // Ranges are for uncompressed bytes: a client reading ranges asks for identity.
    const part = await request.get('/data/districts.geojson', {
      headers: { Range: 'bytes=100-1123', 'Accept-Encoding': 'identity' },
    });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toBe(`bytes 100-1123/${size}`);
    expect(Buffer.compare(await part.body(), file.subarray(100, 1124))).toBe(0);

    const tail = await request.get('/data/districts.geojson', {
      headers: { Range: 'bytes=-16', 'Accept-Encoding': 'identity' },
    });
    expect(tail.status()).toBe(206);
    expect(tail.headers()['content-range']).toBe(`bytes ${size - 16}-${size - 1}/${size}`);
  });

  test('runs the planner map under that CSP without a single violation', async ({ page }) => {
    await recordCspViolations(page);
    await openMap(page);
    await expect(page.getByTestId('map').locator('canvas')).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
  });

  test('runs the embed under that CSP without a single violation', async ({ page }) => {
    test.skip(!existsSync(join(DIST, 'embed.html')), 'this build has no embed.html');
    await recordCspViolations(page);
    await page.goto('/embed.html');
    await page.waitForFunction(() => window.planMap?.map.loaded(), null, { timeout: 30_000 });
    await expect(page.getByTestId('map').locator('canvas')).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
  });

  test('lets the government site drive the embed under nginx’s own CSP, and nobody else', async ({
    page,
  }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const frame = await openHostPage(page, url, '?ui=full', { patchCsp: false });
    await page.getByRole('button', { name: '打开措施 三(一)' }).click();
    await expect
      .poll(async () => (await events(page)).find((e) => e.type === 'measure-opened'))
      .toMatchObject({ measure: { id: '3-1' } });
    await expect(frame.getByTestId('measure-detail')).toContainText('一核三心多组团');
    await page.evaluate((src) => {
      const iframe = document.createElement('iframe');
      iframe.name = 'stranger';
      iframe.src = src;
      document.body.append(iframe);
    }, `${STRANGER}/ad.html`);
    await expect.poll(() => page.frame({ name: 'stranger' })?.url()).toContain(STRANGER);
    await page.frame({ name: 'stranger' })!.evaluate(() =>
      (window as unknown as { forge: (c: object) => void }).forge({
        type: 'open-measure',
        measure: '4-2',
      }),
    );
    await expect
      .poll(() => warnings.some((w) => w.includes(`dropped message from ${STRANGER}`)))
      .toBe(true);
    expect(
      await frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
});
