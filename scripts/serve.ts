/**
 * Serves the production build (`dist/`) with the headers a government deployment needs: a
 * strict Content-Security-Policy (no unsafe-eval) built from `<dist>/site-config.json`, long
 * caching for hashed assets only, correct MIME types and byte ranges. `PORT`, `HOST` and
 * `DIST_DIR` choose where it listens and what it serves. Restart it after editing the config.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import sirv from 'sirv';
import { SiteConfig } from '../src/config/site-config.ts';
import { parseRange } from './serve/byte-range.ts';
import { MIME_TYPES, contentTypeOf } from './serve/mime-types.ts';
import { readSiteConfig } from './serve/read-site-config.ts';
import { securityHeaders } from './serve/security-headers.ts';

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
const headers = securityHeaders(config);

/** Vite names built assets by content hash: safe to cache for a year. */
function cacheControlOf(pathname: string): string {
  // Everything else (index.html, data, config) is revalidated so a deployment takes effect at once.
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

const files = sirv(root, {
  etag: true,
  gzip: false,
  // Look files up on each request, not once at start: a deployment may edit site-config.json
  // or drop in a PMTiles archive while the server runs.
  dev: true,
  setHeaders(res, pathname) {
    res.setHeader('Cache-Control', cacheControlOf(pathname));
    res.setHeader('Accept-Ranges', 'bytes');
  },
});

/** The file a request names, if it is a regular file inside `root`. */
function fileOf(req: IncomingMessage): string | undefined {
  try {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = resolve(root, `.${pathname}`);
    if (!path.startsWith(root + sep) || !statSync(path).isFile()) return undefined;
    return path;
  } catch {
    return undefined;
  }
}

/**
 * Answers a `Range` request itself: sirv mishandles `bytes=0-0` and suffix ranges. Returns
 * false when the request is not one to answer with a part (then sirv sends the whole file).
 */
function sendRange(req: IncomingMessage, res: ServerResponse): boolean {
  const header = req.headers.range;
  const path = header && (req.method === 'GET' || req.method === 'HEAD') ? fileOf(req) : undefined;
  if (!header || !path) return false;
  const { size } = statSync(path);
  const range = parseRange(header, size);
  if (range === null) return false;
  const pathname = new URL(req.url ?? '/', 'http://x').pathname;
  res.setHeader('Content-Type', contentTypeOf(path));
  res.setHeader('Cache-Control', cacheControlOf(pathname));
  res.setHeader('Accept-Ranges', 'bytes');
  if (range === 'unsatisfiable') {
    res.writeHead(416, { 'Content-Range': `bytes */${size}` });
    res.end();
    return true;
  }
  res.writeHead(206, {
    'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
    'Content-Length': range.end - range.start + 1,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(path, range).pipe(res);
  return true;
}

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (sendRange(req, res)) return;
  delete req.headers.range; // ignored (malformed or several ranges): the whole file, 200
  // Our table, not sirv's: it knows .pmtiles, and nginx prints the same. A path that names no
  // file is a directory or an extensionless page, which sirv resolves to an .html file.
  const file = fileOf(req);
  res.setHeader('Content-Type', file ? contentTypeOf(file) : MIME_TYPES.html!);
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found');
  });
});

server.listen(port, host, () => {
  console.log(
    `贵阳贵安新型城镇化规划图 is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`,
  );
  if (config.basemap.kind !== 'offline') console.log(`Basemap: ${config.basemap.kind}.`);
});
