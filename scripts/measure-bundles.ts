/**
 * Initial JavaScript per entry (planner app, embed): the entry chunk plus everything it
 * imports statically, raw, gzip and brotli. Reads `dist/bundle-report.json`.
 *   tsx scripts/measure-bundles.ts [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { type ChunkReport } from './vite-bundle-report.ts';

const dist = process.env.DIST_DIR ?? 'dist';

/** The chunks a browser loads before the entry runs: the entry and its static imports. */
export function initialChunks(chunks: readonly ChunkReport[], entry: string): ChunkReport[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const start = chunks.find((c) => c.isEntry && c.name === entry);
  if (!start) throw new Error(`no entry chunk "${entry}" in bundle-report.json`);
  const seen = new Map<string, ChunkReport>();
  const visit = (chunk: ChunkReport) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const file of chunk.imports) visit(byFile.get(file)!);
  };
  visit(start);
  return [...seen.values()];
}

/** Raw, gzip (level 9) and brotli (quality 11) bytes of some files. */
export function sizes(files: readonly string[]) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return { raw, gzip, brotli };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chunks } = JSON.parse(readFileSync(join(dist, 'bundle-report.json'), 'utf8')) as {
    chunks: ChunkReport[];
  };
  const rows = ['main', 'embed'].map((entry) => {
    const initial = initialChunks(chunks, entry);
    return {
      entry,
      files: initial.map((c) => c.fileName),
      ...sizes(initial.map((c) => c.fileName)),
    };
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log('| entry | files | raw | gzip | brotli |\n|---|---|---|---|---|');
    for (const r of rows)
      console.log(
        `| ${r.entry} | ${r.files.length} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`,
      );
  }
}
