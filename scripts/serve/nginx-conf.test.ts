import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteConfig } from '../../src/config/site-config.ts';
import { DEPLOY_DEFAULTS, nginxConf } from './nginx-conf.ts';
import { readSiteConfig } from './read-site-config.ts';
import { contentSecurityPolicy } from './security-headers.ts';

const locations = (conf: string) =>
  [...conf.matchAll(/location (\S+) \{\n([\s\S]*?)\n {4}\}/g)].map(([, path, body]) => ({
    path: path!,
    body: body!,
  }));

describe('nginxConf', () => {
  const config = SiteConfig.parse({
    basemap: { kind: 'tianditu', key: '0123456789abcdef' },
    embed: { frameAncestors: ["'self'", 'https://www.guiyang.gov.cn'] },
  });
  const conf = nginxConf({ config, root: '/srv/map/dist', listen: '127.0.0.1:8123' });

  it('repeats every security header, with always, in every location', () => {
    const found = locations(conf);
    expect(found.map((l) => l.path)).toEqual(['/assets/', '/']);
    for (const { body } of found) {
      expect(body).toContain(
        `add_header Content-Security-Policy "${contentSecurityPolicy(config)}" always;`,
      );
      expect(body).toContain('add_header X-Content-Type-Options "nosniff" always;');
      expect(body).toContain(
        'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
      );
      expect(body).toContain('add_header Permissions-Policy');
    }
    // No add_header outside locations: it would be silently dropped inside them.
    expect(conf.replace(/location [\s\S]*?\n {4}\}/g, '')).not.toContain('add_header');
  });

  it('caches hashed assets for a year and revalidates everything else', () => {
    const [assets, rest] = locations(conf);
    expect(assets!.body).toContain(
      'add_header Cache-Control "public, max-age=31536000, immutable";',
    );
    expect(rest!.body).toContain('add_header Cache-Control "no-cache";');
  });

  it('listens where told, serves the given root, keeps its files under the prefix', () => {
    expect(conf).toContain('listen 127.0.0.1:8123;');
    expect(conf).toContain('root "/srv/map/dist";');
    expect(conf).toMatch(/^pid logs\/nginx\.pid;$/m);
    expect(conf).toMatch(/^ {2}client_body_temp_path tmp\/client_body;$/m);
    expect(conf).not.toMatch(/^user /m);
    expect(conf).not.toMatch(/\/var\/|\/etc\//);
  });

  it('types the files of the build and compresses text', () => {
    expect(conf).toContain('text/javascript js mjs;');
    expect(conf).toContain('application/geo+json geojson;');
    expect(conf).toContain('application/octet-stream pmtiles;');
    expect(conf).toMatch(/gzip_types [^;]*application\/geo\+json/);
  });

  it('refuses values that would break out of an nginx string', () => {
    expect(() => nginxConf({ config, root: '/srv/$host' })).toThrow(/not safe/);
    expect(() => nginxConf({ config, root: '/srv', listen: '80; include /x' })).toThrow(/listen/);
  });

  it('is what deploy/nginx.conf holds (regenerate with: npx tsx scripts/make-nginx-conf.ts)', () => {
    const expected = nginxConf({
      config: readSiteConfig(DEPLOY_DEFAULTS.config),
      root: DEPLOY_DEFAULTS.root,
      listen: DEPLOY_DEFAULTS.listen,
      user: DEPLOY_DEFAULTS.user,
    });
    expect(readFileSync(resolve(DEPLOY_DEFAULTS.out), 'utf8')).toBe(expected);
  });
});
