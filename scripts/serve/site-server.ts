/**
 * The HTTP server of `npm start` / `npm run serve` over a build directory: security headers on
 * every response, long caching for hashed assets only, our media types, byte ranges, and text
 * sent compressed (brotli or gzip, as the browser accepts), from the `.br`/`.gz` files the build
 * wrote beside it or, where there is none or it is older than the file, compressed on the fly.
 * Byte ranges (PMTiles) are always the file's own bytes.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import sirv from 'sirv';
import type { SiteConfig } from '../../src/config/site-config.ts';
import { parseRange } from './byte-range.ts';
import {
  ENCODINGS,
  isCompressible,
  MIN_COMPRESS_BYTES,
  negotiateEncoding,
  SUFFIX,
  type Encoding,
} from './content-encoding.ts';
import { MIME_TYPES, contentTypeOf } from './mime-types.ts';
import { securityHeaders } from './security-headers.ts';

/** Options of {@link createSiteServer}. */
export interface SiteServerOptions {
  /** The build directory (absolute). */
  root: string;
  /** The deployment's configuration: the CSP follows it. */
  config: SiteConfig;
}

/** Vite names built assets by content hash: safe to cache for a year. */
function cacheControlOf(pathname: string): string {
  // Everything else (index.html, data, config) is revalidated so a deployment takes effect at once.
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Creates the server (not listening yet). */
export function createSiteServer({ root, config }: SiteServerOptions): Server {
  const headers = securityHeaders(config);
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

  const pathnameOf = (req: IncomingMessage) =>
    decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);

  /** A regular file inside `root` at `path`, with its stats. */
  const regularFile = (path: string): { path: string; stat: Stats } | undefined => {
    if (!path.startsWith(root + sep)) return undefined;
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat?.isFile() ? { path, stat } : undefined;
  };

  /** The file a request names, if it is a regular file inside `root`. */
  const fileOf = (req: IncomingMessage) => {
    try {
      return regularFile(resolve(root, `.${pathnameOf(req)}`));
    } catch {
      return undefined; // a malformed URL
    }
  };

  /** The file sirv would send for a page path: the file, `<path>.html` or `<path>/index.html`. */
  const pageOf = (req: IncomingMessage) => {
    try {
      const path = resolve(root, `.${pathnameOf(req)}`);
      return (
        regularFile(path) ?? regularFile(`${path}.html`) ?? regularFile(resolve(path, 'index.html'))
      );
    } catch {
      return undefined;
    }
  };

  /**
   * Answers a `Range` request itself: sirv mishandles `bytes=0-0` and suffix ranges. Returns
   * false when the request is not one to answer with a part (then the whole file is sent).
   */
  const sendRange = (req: IncomingMessage, res: ServerResponse): boolean => {
    const header = req.headers.range;
    const file =
      header && (req.method === 'GET' || req.method === 'HEAD') ? fileOf(req) : undefined;
    if (!header || !file) return false;
    const { size } = file.stat;
    const range = parseRange(header, size);
    if (range === null) return false;
    const type = contentTypeOf(file.path);
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', cacheControlOf(new URL(req.url ?? '/', 'http://x').pathname));
    res.setHeader('Accept-Ranges', 'bytes');
    // A range is of the file's own bytes; a whole response of the same URL may be compressed.
    if (isCompressible(type)) res.setHeader('Vary', 'Accept-Encoding');
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
    else createReadStream(file.path, range).pipe(res);
    return true;
  };

  /**
   * Sends a text file compressed when the browser accepts it: the build's sibling if it was
   * made from the file as it is now (its modification time is not older), else compressed on
   * the fly (brotli 5 / gzip 6: fast, and far smaller than nothing). Returns false when the file
   * goes out as it is (not text, too small, or not accepted compressed).
   */
  const sendCompressed = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const file = pageOf(req);
    if (!file) return false;
    const type = contentTypeOf(file.path);
    if (!isCompressible(type)) return false;
    res.setHeader('Vary', 'Accept-Encoding');
    if (file.stat.size < MIN_COMPRESS_BYTES) return false;
    const accepted = req.headers['accept-encoding'];
    const fresh = ENCODINGS.filter((encoding) => {
      const sibling = statSync(file.path + SUFFIX[encoding], { throwIfNoEntry: false });
      return sibling?.isFile() && sibling.mtimeMs >= file.stat.mtimeMs;
    });
    const pre = negotiateEncoding(accepted, fresh);
    const encoding: Encoding | null = pre ?? negotiateEncoding(accepted);
    if (!encoding) return false;

    const etag = `W/"${file.stat.size}-${file.stat.mtime.getTime()}-${encoding}"`;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', cacheControlOf(pathnameOf(req)));
    res.setHeader('Last-Modified', file.stat.mtime.toUTCString());
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      res.end();
      return true;
    }
    res.setHeader('Content-Encoding', encoding);
    if (pre) {
      const sibling = file.path + SUFFIX[pre];
      res.setHeader('Content-Length', statSync(sibling).size);
      res.writeHead(200);
      if (req.method === 'HEAD') res.end();
      else createReadStream(sibling).pipe(res);
      return true;
    }
    res.writeHead(200);
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    const compressor =
      encoding === 'br'
        ? createBrotliCompress({
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: file.stat.size,
            },
          })
        : createGzip({ level: 6 });
    // A client that goes away mid-file ends the pipeline; there is no one left to tell.
    pipeline(createReadStream(file.path), compressor, res, () => {});
    return true;
  };

  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (sendRange(req, res)) return;
    delete req.headers.range; // ignored (malformed or several ranges): the whole file, 200
    if (sendCompressed(req, res)) return;
    // Our table, not sirv's: it knows .pmtiles, and nginx prints the same. A path that names no
    // file is a directory or an extensionless page, which sirv resolves to an .html file.
    const file = fileOf(req);
    res.setHeader('Content-Type', file ? contentTypeOf(file.path) : MIME_TYPES.html!);
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    });
  });
}
