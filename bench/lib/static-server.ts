/**
 * One local origin for every page of the bench: the app variant and the peers under one root,
 * byte ranges answered as `scripts/serve.ts` answers them, and precompressed `.gz` siblings
 * sent to browsers that accept gzip (as nginx's gzip_static would), so "bytes transferred"
 * counts what a compressing server sends. No security headers: they cost nothing measurable.
 */
import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { parseRange } from '../../scripts/serve/byte-range.ts';
import { contentTypeOf } from '../../scripts/serve/mime-types.ts';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson)$/;

/** Writes `<file>.gz` beside every compressible file under `dir` (gzip level 6, nginx's). */
export function precompress(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && COMPRESSIBLE.test(entry.name))
      writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 6 }));
  }
}

/** Serves `root` on 127.0.0.1 at a free port; returns its origin and a way to stop it. */
export async function startStaticServer(root: string) {
  const base = resolve(root);
  const files = sirv(base, { dev: true, gzip: true, etag: false });
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = resolve(base, `.${pathname}`);
    const header = req.headers.range;
    if (header && path.startsWith(base + sep)) {
      const size = statSync(path, { throwIfNoEntry: false })?.size;
      const range = size === undefined ? null : parseRange(header, size);
      if (range && range !== 'unsatisfiable') {
        res.writeHead(206, {
          'Content-Type': contentTypeOf(path),
          'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
          'Content-Length': range.end - range.start + 1,
          'Accept-Ranges': 'bytes',
        });
        createReadStream(path, range).pipe(res);
        return;
      }
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Type', contentTypeOf(pathname.endsWith('/') ? 'index.html' : path));
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
