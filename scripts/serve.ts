/**
 * Serves the production build (`dist/`) with the headers a government deployment needs:
 * a strict Content-Security-Policy (no unsafe-eval), long caching for hashed assets only,
 * correct MIME types and byte ranges (sirv). `PORT` and `HOST` choose where it listens.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
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
const headers = securityHeaders();

const files = sirv(root, {
  etag: true,
  gzip: false,
  setHeaders(res, pathname) {
    // Vite names built assets by content hash: safe to cache for a year. Everything else
    // (index.html, data, config) must be revalidated so a deployment takes effect at once.
    const hashed = pathname.startsWith('/assets/');
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  },
});

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
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
});
