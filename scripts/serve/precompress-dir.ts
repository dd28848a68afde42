/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of a build, once, at build
 * time: brotli at its best quality costs about a second per megabyte, too slow for a request
 * but cheap once for the files every visitor downloads. Each sibling carries its original's
 * modification time, so a server can tell a sibling made from the file as it is now from one
 * left over after an edit (scripts/serve/site-server.ts then compresses on the fly instead).
 */
import { createReadStream, createWriteStream, readdirSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { contentTypeOf } from './mime-types.ts';
import { isCompressible, MIN_COMPRESS_BYTES, SUFFIX, type Encoding } from './content-encoding.ts';

/**
 * Files left to on-the-fly compression: a deployment edits `site-config.json` after the build
 * (a stale sibling would serve the old configuration to every browser that accepts brotli),
 * and source maps are read by developers only, not worth a minute of brotli 11 per build.
 */
export function isLeftToServer(relativePath: string): boolean {
  return relativePath === 'site-config.json' || relativePath.endsWith('.map');
}

/**
 * Up to this size a file gets the slowest, smallest encodings (brotli 11, gzip 9): the app's
 * scripts, styles and first-view data. Larger files (a big layer's GeoJSON, downloaded only for
 * export) get brotli 5 and gzip 6, about as small as gzip 9 and 50× faster than brotli 11.
 */
export const BEST_QUALITY_MAX_BYTES = 4 * 2 ** 20;

/** The compressor for one encoding at a file size. */
function compressor(encoding: Encoding, size: number) {
  const best = size <= BEST_QUALITY_MAX_BYTES;
  if (encoding === 'gzip') return createGzip({ level: best ? 9 : 6 });
  return createBrotliCompress({
    params: {
      [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

/** What {@link precompressDir} wrote. */
export interface PrecompressReport {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/**
 * Precompresses every compressible file (by media type, ≥ 1 KB) under `dir`, two at a time
 * (zlib works off the main thread), into each of `encodings` (default brotli and gzip).
 * Existing `.br`/`.gz` files are overwritten.
 */
export async function precompressDir(
  dir: string,
  encodings: readonly Encoding[] = ['br', 'gzip'],
): Promise<PrecompressReport> {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !isLeftToServer(relative(dir, path)))
    .filter((path) => isCompressible(contentTypeOf(path)))
    .map((path) => ({ path, stat: statSync(path) }))
    .filter(({ stat }) => stat.size >= MIN_COMPRESS_BYTES)
    // Largest first, so the two lanes finish together.
    .sort((a, b) => b.stat.size - a.stat.size);
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const jobs = files.flatMap((file) => encodings.map((encoding) => ({ ...file, encoding })));
  const lane = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { path, stat, encoding } = job;
      const out = path + SUFFIX[encoding];
      await pipeline(
        createReadStream(path),
        compressor(encoding, stat.size),
        createWriteStream(out),
      );
      utimesSync(out, stat.atime, stat.mtime);
      const written = statSync(out).size;
      if (encoding === encodings[0]) {
        report.files++;
        report.bytes += stat.size;
      }
      if (encoding === 'br') report.brotliBytes += written;
      else report.gzipBytes += written;
    }
  };
  await Promise.all([lane(), lane()]);
  return report;
}
