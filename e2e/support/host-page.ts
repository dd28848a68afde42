import { readFileSync } from 'node:fs';
import { type Frame, type Page } from '@playwright/test';
import { deployWith } from './deploy-with.ts';

// The government site and a third party, served by the browser's request routing from the
// example pages: no network, and three distinct origins (map 127.0.0.1, host localhost,
// stranger 127.0.0.2). All are loopback names: Chromium forbids a public page from framing a
// loopback one (private network access), which a test on loopback would otherwise trip over.
// The port only names the origins (requests to them are routed, nothing listens on it);
// E2E_HOST_PORT sets it apart when several checkouts run their stories side by side.
const HOST_PORT = process.env.E2E_HOST_PORT ?? '4399';
export const HOST = `http://localhost:${HOST_PORT}`;
export const STRANGER = `http://127.0.0.2:${HOST_PORT}`;

/** The deployment under test: the host is allowed to embed and to drive the map. */
export const DEPLOYMENT = {
  reviewNumber: 'GS(2026)0000号(测试)',
  embed: { allowedOrigins: [HOST], frameAncestors: ["'self'", HOST] },
};

/** An event as the example host page records it. */
export type MapEventRecord = { type: string; [key: string]: unknown };

/**
 * Opens the example host page (on the HOST origin) embedding the map from `baseURL`, and waits
 * for the map's `ready` event. `patchCsp`: serve the deployment's CSP by routing (for a server
 * started with the default configuration); false when the server itself was configured.
 */
export async function openHostPage(
  page: Page,
  baseURL: string,
  embedQuery: string,
  { patchCsp = true } = {},
): Promise<Frame> {
  if (patchCsp) await deployWith(page, DEPLOYMENT);
  else {
    await page.route('**/site-config.json', (route) => route.fulfill({ json: DEPLOYMENT }));
    // The server's own response, headers untouched, passed through the router: the host page
    // is itself routed, and Chromium's local-network checks block a routed page's iframe
    // from loading straight off loopback.
    await page.route('**/embed.html*', async (route) =>
      route.fulfill({ response: await route.fetch() }),
    );
  }
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

/** Every event the host page received, in order. */
export const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { mapEvents: MapEventRecord[] }).mapEvents);
/** Sends a command from the host page to the map. */
export const send = (page: Page, command: object) =>
  page.evaluate(
    (c) => (window as unknown as { sendToMap: (c: object) => void }).sendToMap(c),
    command,
  );
