import { describe, expect, it } from 'vitest';
import { SiteConfig } from '../../src/config/site-config.ts';
import { contentSecurityPolicy, securityHeaders } from './security-headers.ts';

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split('; ').map((d) => {
      const [name, ...sources] = d.split(' ');
      return [name!, sources];
    }),
  );

describe('contentSecurityPolicy', () => {
  it('allows only the site itself by default', () => {
    expect(contentSecurityPolicy(SiteConfig.parse({}))).toBe(
      "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
        "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
  });

  it('never allows eval or inline scripts, whatever is configured', () => {
    const config = SiteConfig.parse({
      basemap: { kind: 'style', url: 'https://tiles.example.cn/s.json' },
      embed: { frameAncestors: ['https:'] },
    });
    const policy = contentSecurityPolicy(config);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(directives(policy)['script-src']).toEqual(["'self'"]);
  });

  it('adds the eight 天地图 hosts, and only them, for tiles', () => {
    const d = directives(
      contentSecurityPolicy(
        SiteConfig.parse({ basemap: { kind: 'tianditu', key: '0123456789abcdef' } }),
      ),
    );
    const hosts = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`);
    expect(d['connect-src']).toEqual(["'self'", ...hosts]);
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:', ...hosts]);
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['default-src']).toEqual(["'self'"]);
  });

  it('adds the origin of a PMTiles archive on another host, nothing for one on the site', () => {
    const remote = directives(
      contentSecurityPolicy(
        SiteConfig.parse({
          basemap: { kind: 'pmtiles', url: 'https://cdn.example.cn/tiles/guiyang.pmtiles' },
        }),
      ),
    );
    expect(remote['connect-src']).toEqual(["'self'", 'https://cdn.example.cn']);
    expect(remote['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://cdn.example.cn']);
    const local = contentSecurityPolicy(
      SiteConfig.parse({ basemap: { kind: 'pmtiles', url: 'tiles/guiyang.pmtiles' } }),
    );
    expect(local).toBe(contentSecurityPolicy(SiteConfig.parse({})));
  });

  it('takes frame-ancestors from the configuration', () => {
    const config = SiteConfig.parse({
      embed: {
        allowedOrigins: ['https://www.guiyang.gov.cn'],
        frameAncestors: ["'self'", 'https://www.guiyang.gov.cn', 'https://*.guiyang.gov.cn'],
      },
    });
    expect(directives(contentSecurityPolicy(config))['frame-ancestors']).toEqual([
      "'self'",
      'https://www.guiyang.gov.cn',
      'https://*.guiyang.gov.cn',
    ]);
  });
});

describe('securityHeaders', () => {
  it('sends the CSP with nosniff, a referrer policy and a permissions policy', () => {
    const headers = securityHeaders(SiteConfig.parse({}));
    expect(Object.keys(headers)).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
    ]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
