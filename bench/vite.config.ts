import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { bundleReport } from '../scripts/vite-bundle-report.ts';

const root = resolve(import.meta.dirname, 'peers');

// The peer pages of `npm run bench`, built apart from the product into dist-bench/peers, with
// the same bundle report as the product build so their initial JavaScript is sized alike.
export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  plugins: [bundleReport()],
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '../dist-bench/peers'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        'maplibre-geojson': resolve(root, 'maplibre-geojson/index.html'),
        'maplibre-tiles': resolve(root, 'maplibre-tiles/index.html'),
        leaflet: resolve(root, 'leaflet/index.html'),
        'deckgl-geojson': resolve(root, 'deckgl-geojson/index.html'),
        'maplibre-embed': resolve(root, 'maplibre-embed/index.html'),
        'leaflet-embed': resolve(root, 'leaflet-embed/index.html'),
      },
    },
    chunkSizeWarningLimit: 1500,
  },
});
