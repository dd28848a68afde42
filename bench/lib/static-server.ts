/**
 * One local origin for every page of the bench: the app variant and the peers under one root,
 * byte ranges answered as `scripts/serve.ts` answers them, and the precompressed `.gz`
 * siblings (written by scripts/serve/precompress-dir.ts, as `npm run build` writes them) sent
 * to browsers that accept gzip, as nginx's gzip_static would: every page, product and peers,
 * gets the same compression, so "bytes transferred" compares like with like. No security
 * headers: they cost nothing measurable.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import sirv from 'sirv';
import { parseRange } from '../../scripts/serve/byte-range.ts';
import { contentTypeOf } from '../../scripts/serve/mime-types.ts';

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
