import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { bundleReport } from './scripts/vite-bundle-report.ts';

/**
 * Modules that every page imports statically, found once the module graph is complete. They
 * go into one chunk: left to automatic splitting, the lazily loaded parts (details, controls,
 * export) cut them into a dozen small chunks, which compress worse (~2 KB gzip on the embed's
 * first load, ~5 KB on the planner's, measured) and cost a request each.
 */
const sharedByAllPages = new Set<string>();
function collectSharedModules(): Plugin {
  return {
    name: 'collect-shared-modules',
    apply: 'build',
    buildEnd() {
      const staticClosure = (entry: string) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
        };
        visit(entry);
        return seen;
      };
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const [first, ...rest] = entries.map(staticClosure);
      sharedByAllPages.clear();
      for (const id of first ?? []) if (rest.every((c) => c.has(id))) sharedByAllPages.add(id);
    },
  };
}

// One config for the app build and the unit tests. `base: './'` keeps every asset and data
// URL relative, so the same static files work from any path, object store or CDN.
export default defineConfig({
  base: './',
  plugins: [react(), collectSharedModules(), bundleReport()],
  resolve: {
    alias: [
      // Preact renders the React components: react + react-dom were 67 KB gzip of the embed's
      // first load, Preact with its compat layer is 9 KB (measured with the bundle report).
      // The code and its types stay React's; every API used (hooks, useId,
      // useSyncExternalStore, lazy/Suspense, StrictMode, createRoot) is in preact/compat.
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom(\/client)?$/, replacement: 'preact/compat$1' },
      { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
      { find: /^react\/(jsx-runtime|jsx-dev-runtime)$/, replacement: 'preact/compat/$1' },
    ],
  },
  // maplibre-gl 6's worker fails to load when Vite pre-bundles it (measured, see DATA-SOURCES).
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    // Two entry points: the planner app and the public embed (lighter, loads on demand).
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        codeSplitting: { groups: [{ name: 'shared', test: (id) => sharedByAllPages.has(id) }] },
      },
    },
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
