/**
 * Serves the production build (`dist/`) with the headers a government deployment needs: a
 * strict Content-Security-Policy (no unsafe-eval) built from `<dist>/site-config.json`, long
 * caching for hashed assets only, correct MIME types, byte ranges, and text compressed (the
 * `.br`/`.gz` files `npm run build` writes, see scripts/serve/site-server.ts). `PORT`, `HOST`
 * and `DIST_DIR` choose where it listens and what it serves. Restart it after editing the config.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SiteConfig } from '../src/config/site-config.ts';
import { readSiteConfig } from './serve/read-site-config.ts';
import { createSiteServer } from './serve/site-server.ts';

const root = resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(
    `No build in ${root}: run "npm run build" first (or "npm start", which does both).`,
  );
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const configPath = resolve(root, 'site-config.json');
let config: SiteConfig;
try {
  // The page falls back to defaults without the file; so does the CSP.
  config = existsSync(configPath) ? readSiteConfig(configPath) : SiteConfig.parse({});
} catch (error) {
  console.error(`Invalid site configuration, not serving:\n${(error as Error).message}`);
  process.exit(1);
}

createSiteServer({ root, config }).listen(port, host, () => {
  console.log(
    `贵阳贵安新型城镇化规划图 is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
  );
  if (config.basemap.kind !== 'offline') console.log(`Basemap: ${config.basemap.kind}.`);
});
