import type { SiteConfig } from '../../src/config/site-config.ts';
import { basemapOrigins } from '../../src/map/basemap.ts';

/**
 * The Content-Security-Policy of every deployment (the Node server and the nginx configuration
 * print the same one). Only the page's own origin is allowed, plus exactly the hosts the
 * configured basemap loads from; `frame-ancestors` comes from the configuration.
 */
export function contentSecurityPolicy(config: SiteConfig): string {
  const basemap = basemapOrigins(config.basemap);
  const withBasemap = (...sources: string[]) => [...sources, ...basemap].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // MapLibre's worker is a same-origin file (setWorkerUrl); blob: is not needed.
    "worker-src 'self'",
    // MapLibre fetches raster tiles and PMTiles byte ranges; <img> covers the rest.
    `connect-src ${withBasemap("'self'")}`,
    `img-src ${withBasemap("'self'", 'data:', 'blob:')}`,
    // React and MapLibre set element styles through the CSSOM, which style-src does not
    // govern; inline <style> blocks are not used.
    "style-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${config.embed.frameAncestors.join(' ')}`,
  ].join('; ');
}

/** All security headers, by name. */
export function securityHeaders(config: SiteConfig): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
  };
}
