/**
 * `tsx scripts/precompress.ts [dir]` (default `dist`, run by `npm run build`): writes `.br` and
 * `.gz` beside every compressible file of the build, for `npm start` (scripts/serve.ts) to
 * send to browsers that accept them. See scripts/serve/precompress-dir.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { precompressDir } from './serve/precompress-dir.ts';

const dir = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`precompress: no directory ${dir}`);
  process.exit(2);
}
const started = performance.now();
const r = await precompressDir(dir);
const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;
console.log(
  `Precompressed ${r.files} files (${mb(r.bytes)}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `brotli ${mb(r.brotliBytes)}, gzip ${mb(r.gzipBytes)}.`,
);
