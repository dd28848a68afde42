/**
 * Bytes over the wire for the product's first view from the two servers a deployment uses:
 * `npm start` (scripts/serve.ts) and nginx with the generated configuration
 * (scripts/serve/nginx-conf.ts), both serving the same build directory on loopback. Each load
 * is a fresh browser context (no cache), counted to the first idle at which the view is drawn.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { SiteConfig } from '../../src/config/site-config.ts';
import { nginxConf } from '../../scripts/serve/nginx-conf.ts';
import { readSiteConfig } from '../../scripts/serve/read-site-config.ts';
import { DEFAULT_READY, idleHook, PIPES_READY, type ReadyWhen } from './measure-page.ts';
import type { ServedView } from './report.ts';

/** Debian's nginx, as e2e/served-by-nginx.spec.ts runs it. */
export const NGINX = '/usr/sbin/nginx';

/** A running server: where it answers, and how to stop it. */
export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

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

/** Waits until `origin` answers, or throws with what the process said. */
async function answering(origin: string, child: ChildProcess, said: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${said()}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer on ${origin}: ${said()}`);
}

function running(child: ChildProcess, origin: string, cleanup = () => {}): RunningServer {
  return {
    origin,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      cleanup();
    },
  };
}

/** `npm run serve` on `root`, as `npm start` runs it. */
export async function startNodeServer(root: string): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, DIST_DIR: resolve(root), PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  await answering(origin, child, () => output);
  return running(child, origin);
}

/** nginx with the configuration `npm run nginx-conf` writes, on `root`; null without nginx. */
export async function startNginx(root: string): Promise<RunningServer | null> {
  if (!existsSync(NGINX)) return null;
  const configFile = join(root, 'site-config.json');
  const config = existsSync(configFile) ? readSiteConfig(configFile) : SiteConfig.parse({});
  const prefix = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  // As root, nginx would run its workers as nobody, who may not read the clone.
  const user = process.getuid?.() === 0 ? 'root' : null;
  writeFileSync(
    conf,
    nginxConf({ config, root: resolve(root), listen: `127.0.0.1:${port}`, user }),
  );
  const child = spawn(
    NGINX,
    ['-p', `${prefix}/`, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const origin = `http://127.0.0.1:${port}`;
  await answering(origin, child, () => output);
  return running(child, origin, () => rmSync(prefix, { recursive: true, force: true }));
}

/**
 * Encoded bytes of every response of one page load (fresh context, 1280×800) until the first
 * idle at which `ready` holds; null if it did not get there within `capMs`.
 */
export async function firstViewBytes(
  browser: Browser,
  url: string,
  ready: ReadyWhen,
  capMs: number,
): Promise<number | null> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(idleHook(ready));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
    await page.goto(url, { waitUntil: 'commit' });
    // A function, not a string: the servers' CSP forbids the eval a string predicate needs.
    await page.waitForFunction(
      () => (window as { benchIdleAt?: number }).benchIdleAt !== undefined,
      null,
      { timeout: capMs, polling: 100 },
    );
    return bytes;
  } catch {
    return null;
  } finally {
    await context.close();
  }
}

/** Options of {@link measureServed}. */
export interface ServedOptions {
  /** The build directory both servers serve (the bench's app copy, with the size's data). */
  root: string;
  /** The pipes view, `lng,lat,zoom`. */
  view: string;
  rounds: number;
  capMs: number;
  log: (message: string) => void;
}

/**
 * First-view bytes of the product from `npm start` and from nginx on the same build, for the
 * default view (`/`) and the pipes view, round by round, the servers' order alternating; or why
 * it could not be measured.
 */
export async function measureServed(
  browser: Browser,
  { root, view, rounds, capMs, log }: ServedOptions,
): Promise<{ served: Record<string, ServedView> } | { servedNote: string }> {
  const views = {
    'default view (/)': { path: '/', ready: DEFAULT_READY },
    'pipes view (?layers=districts,pipes)': {
      path: `/?layers=districts,pipes&view=${view}`,
      ready: PIPES_READY,
    },
  };
  const node = await startNodeServer(root);
  let nginx: RunningServer | null = null;
  try {
    nginx = await startNginx(root);
    if (!nginx) return { servedNote: `no ${NGINX}` };
    const servers = { node, nginx };
    const served: Record<string, ServedView> = Object.fromEntries(
      Object.entries(views).map(([name, { path }]) => [name, { url: path, node: [], nginx: [] }]),
    );
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['node', 'nginx'] as const) : (['nginx', 'node'] as const);
      for (const which of order)
        for (const [name, { path, ready }] of Object.entries(views)) {
          const bytes = await firstViewBytes(browser, servers[which].origin + path, ready, capMs);
          served[name]![which].push(bytes);
          log(`served round ${round + 1}/${rounds} ${which} ${name}: ${bytes} bytes`);
        }
    }
    return { served };
  } finally {
    await node.close();
    await nginx?.close();
  }
}
