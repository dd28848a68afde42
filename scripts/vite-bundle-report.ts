import type { Plugin } from 'vite';

/** One output chunk as the report lists it. */
export interface ChunkReport {
  fileName: string;
  isEntry: boolean;
  /** The entry's name (`main`, `embed`) for entry chunks. */
  name: string;
  imports: string[];
  dynamicImports: string[];
  /** Source modules bundled into the chunk (paths relative to the project). */
  modules: string[];
}

/**
 * Writes `bundle-report.json` beside the build: every chunk, what it statically and lazily
 * imports, and which source modules it holds. Tests and `npm run bench` read it to prove the
 * embed's first load carries no deck.gl/turf/proj4/import code and to size each entry.
 */
export function bundleReport(): Plugin {
  return {
    name: 'bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const root = process.cwd();
      const chunks: ChunkReport[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.push({
          fileName: output.fileName,
          isEntry: output.isEntry,
          name: output.name,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          modules: output.moduleIds.map((id) => id.replace(root + '/', '').replace(/\?.*$/, '')),
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-report.json',
        source: JSON.stringify({ chunks }, null, 1),
      });
    },
  };
}
