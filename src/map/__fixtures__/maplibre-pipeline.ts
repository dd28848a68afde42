// MapLibre's own code for what happens to a GeoJSON source's data, for unit tests in node:
// the main-thread → worker transfer (util/web_worker_transfer.ts, TypeScript source shipped in
// the package, bundled here with esbuild since it is not exported), then the worker's tiling
// (geojson-vt) and tile encoding (vt-pbf), decoded as the main thread's queries decode it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VectorTile } from '@mapbox/vector-tile';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromVectorTileJs, GeoJSONWrapper } from '@maplibre/vt-pbf';
import { build } from 'esbuild';
import type { FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';

interface Transfer {
  serialize(input: unknown, transferables?: Transferable[] | null): unknown;
  deserialize(input: unknown): unknown;
}

let transfer: Promise<Transfer> | undefined;

/** MapLibre's serialize/deserialize (bundled once per test run). */
export function maplibreTransfer(): Promise<Transfer> {
  return (transfer ??= (async () => {
    // The package's exports do not list its sources: found beside the installed package.
    const entry = fileURLToPath(
      new URL('../../../node_modules/maplibre-gl/src/util/web_worker_transfer.ts', import.meta.url),
    );
    const bundled = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'error',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'maplibre-transfer-')), 'transfer.mjs');
    writeFileSync(file, bundled.outputFiles[0]!.text);
    // The module tests `instanceof ImageData`, which node lacks.
    (globalThis as { ImageData?: unknown }).ImageData ??= class {};
    return (await import(pathToFileURL(file).href)) as Transfer;
  })());
}

/**
 * What the main thread reads back of a collection sent to a GeoJSON source: the data crosses
 * to the worker (serialize, structured clone, deserialize), is tiled at z0 and encoded as an
 * MVT tile, and the tile's features are decoded. Returns each decoded feature's properties
 * (nested values come back as MapLibre writes them: JSON text); throws where MapLibre throws.
 */
export async function throughMaplibre(
  collection: FeatureCollection,
): Promise<Record<string, unknown>[]> {
  const { serialize, deserialize } = await maplibreTransfer();
  const inWorker = deserialize(structuredClone(serialize(collection))) as FeatureCollection;
  const index = new GeoJSONVT(inWorker as never, { promoteId: 'id', maxZoom: 0, extent: 8192 });
  const tile = index.getTile(0, 0, 0);
  if (!tile) return [];
  const wrapper = new GeoJSONWrapper(tile.features as never, { version: 2, extent: 8192 });
  const bytes = fromVectorTileJs(wrapper as never);
  const layer = new VectorTile(new PbfReader(bytes)).layers['_geojsonTileLayer'];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < (layer?.length ?? 0); i++) out.push(layer!.feature(i).properties);
  return out;
}
