/**
 * Writes the nginx configuration of a deployment from its site-config.json, with the same
 * security headers as `npm run serve`. The committed `deploy/nginx.conf` is this script's
 * output with its defaults; a deployment runs it with its own paths:
 *
 *   npx tsx scripts/make-nginx-conf.ts --config /srv/map/dist/site-config.json \
 *     --root /srv/map/dist --listen 127.0.0.1:8080 --user www-data --out /srv/map/nginx.conf
 *
 * With `--print-csp` it only prints the Content-Security-Policy, for a CDN's header settings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEPLOY_DEFAULTS, nginxConf } from './serve/nginx-conf.ts';
import { readSiteConfig } from './serve/read-site-config.ts';
import { contentSecurityPolicy } from './serve/security-headers.ts';

const { values } = parseArgs({
  options: {
    config: { type: 'string', default: DEPLOY_DEFAULTS.config },
    root: { type: 'string', default: DEPLOY_DEFAULTS.root },
    listen: { type: 'string', default: DEPLOY_DEFAULTS.listen },
    user: { type: 'string', default: DEPLOY_DEFAULTS.user },
    out: { type: 'string', default: DEPLOY_DEFAULTS.out },
    'print-csp': { type: 'boolean', default: false },
  },
});

try {
  if (values['print-csp']) {
    console.log(contentSecurityPolicy(readSiteConfig(values.config)));
    process.exit(0);
  }
  const text = nginxConf({
    config: readSiteConfig(values.config),
    root: resolve(values.root),
    listen: values.listen,
    user: values.user || null,
  });
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, text);
  console.log(`Wrote ${values.out} (root ${resolve(values.root)}, listen ${values.listen}).`);
} catch (error) {
  console.error(`nginx configuration not written: ${(error as Error).message}`);
  process.exit(1);
}
