import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { bundleReport } from './scripts/vite-bundle-report.ts';

// One config for the app build and the unit tests. `base: './'` keeps every asset and data
// URL relative, so the same static files work from any path, object store or CDN.
export default defineConfig({
  base: './',
  plugins: [react(), bundleReport()],
  // maplibre-gl 6's worker fails to load when Vite pre-bundles it (measured, see DATA-SOURCES).
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    // Two entry points: the planner app and the public embed (lighter, loads on demand).
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
