import type { Page } from '@playwright/test';
import { SiteConfig } from '../../src/config/site-config.ts';
import { contentSecurityPolicy } from '../../scripts/serve/security-headers.ts';

/**
 * Serves the app as a deployment with this site-config.json would: the same configuration
 * file and the same Content-Security-Policy (computed by the servers' own function) on the
 * planner page and the embed page.
 */
export async function deployWith(page: Page, json: object): Promise<void> {
  const csp = contentSecurityPolicy(SiteConfig.parse(json));
  await page.route(
    (url) =>
      url.pathname === '/' ||
      url.pathname.endsWith('/index.html') ||
      url.pathname.endsWith('/embed.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': csp },
      });
    },
  );
  await page.route('**/site-config.json', (route) => route.fulfill({ json }));
}
