/**
 * The data of one benchmark size, made by the product's own data build: `geodata/` copied with
 * the pipe generator's count set to the size, built into the app copy's `data/` (validation,
 * manifest, and tiles when the build decides the layer is large enough). The peers read the
 * same `pipes.geojson`; the tile peer reads the product's PMTiles archive, or one cut by
 * `scripts/build-tiles.ts` when the build made none.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** The archive the tile peer reads (dist-bench/peer-data/pipes.pmtiles, served as /peer-data/…). */
export const PEER_TILES = join('peer-data', 'pipes.pmtiles');

/** The tile archive the tile peer drew from, and where it came from. */
export interface PeerTiles {
  from: 'product build' | 'scripts/build-tiles.ts';
  tiles: number;
  minzoom?: number;
  maxzoom?: number;
  largestTileBytes: number;
  /** Tiles that lost minor segments to stay under the size limit (build-tiles.ts only). */
  thinnedTiles?: number;
  archiveBytes: number;
}

/** What the data build made for one size. */
export interface SizeData {
  geojsonBytes: number;
  /** The built pipes' bounds, from the manifest: the view is fitted to them. */
  bbox: [number, number, number, number];
  /** What the product's map draws the pipes from, as its manifest says. */
  productDrawsFrom: 'tiles' | 'geojson';
  /** The manifest's `tiles` entry for the pipes, when the build made one. */
  productTiles?: Record<string, unknown>;
  /** Wall time of `scripts/build-data.ts` (process start to exit) and its heap limit. */
  dataBuildMs: number;
  dataBuildHeapMb: number;
  peerTiles: PeerTiles;
}

/** A data build that stopped; its message is the build's own report, shortened. */
export class DataBuildError extends Error {}

/** Heap for the data build: 10^5 segments peaked at ~1 GB resident, 10^6 need ~10× that. */
const heapMbFor = (size: number) => (size >= 500_000 ? 12_288 : 8192);

/**
 * Runs the product's data build for `size` generated segments into `app/data`; returns what it
 * made and the pipes GeoJSON every page reads (the app copy's data/pipes.geojson).
 */
export function buildSizeData(
  size: number,
  work: string,
  app: string,
): { geojson: string; data: SizeData } {
  const geodata = join(work, `geodata-${size}`);
  rmSync(geodata, { recursive: true, force: true });
  cpSync('geodata', geodata, { recursive: true });
  const metaFile = join(geodata, 'pipes.meta.json');
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
  if (meta.origin?.kind !== 'generated')
    throw new DataBuildError(
      `geodata/pipes.meta.json: origin is "${meta.origin?.kind}", not "generated": the bench sizes the generated network`,
    );
  meta.origin.count = size;
  if (typeof meta.version === 'string')
    meta.version = meta.version.replace(/\d+ segments/, `${size} segments`);
  writeFileSync(metaFile, JSON.stringify(meta, null, 2));

  const dataDir = join(app, 'data');
  // What an earlier size (or dist/) left: the build rewrites what it makes, and only that.
  rmSync(dataDir, { recursive: true, force: true });
  const heapMb = heapMbFor(size);
  const started = performance.now();
  const build = spawnSync(
    'npx',
    ['tsx', 'scripts/build-data.ts', '--geodata', geodata, '--out', dataDir],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
      env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
    },
  );
  const dataBuildMs = performance.now() - started;
  if (build.status !== 0) {
    const said = `${build.stderr}\n${build.stdout}`.trim().split('\n');
    const shown =
      said.length > 25 ? [...said.slice(0, 25), `… (${said.length - 25} more lines)`] : said;
    throw new DataBuildError(
      `data build (scripts/build-data.ts --geodata ${geodata}) for ${size} segments failed ` +
        `(${build.signal ?? `exit ${build.status}`}, ${(dataBuildMs / 1000).toFixed(0)} s):\n  ${shown.join('\n  ')}`,
    );
  }
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
  const pipes = manifest.datasets?.pipes;
  if (pipes?.featureCount !== size)
    throw new DataBuildError(
      `data build for ${size} segments wrote ${pipes?.featureCount ?? 'no'} pipes in its manifest`,
    );
  const geojson = join(app, pipes.url as string);
  const tiles = pipes.tiles as Record<string, unknown> | undefined;
  const data: SizeData = {
    geojsonBytes: statSync(geojson).size,
    bbox: pipes.bbox,
    productDrawsFrom: tiles ? 'tiles' : 'geojson',
    ...(tiles ? { productTiles: tiles } : {}),
    dataBuildMs,
    dataBuildHeapMb: heapMb,
    peerTiles: peerTilesFor(geojson, tiles, app, join(work, PEER_TILES)),
  };
  return { geojson, data };
}

/** The tile peer's archive: the product's own when it has one, else cut as the bench always did. */
function peerTilesFor(
  geojson: string,
  tiles: Record<string, unknown> | undefined,
  app: string,
  out: string,
): PeerTiles {
  mkdirSync(dirname(out), { recursive: true });
  if (tiles && typeof tiles.url === 'string') {
    copyFileSync(join(app, tiles.url), out);
    return {
      from: 'product build',
      tiles: Number(tiles.tileCount),
      minzoom: Number(tiles.minzoom),
      maxzoom: Number(tiles.maxzoom),
      largestTileBytes: Number(tiles.largestTileBytes),
      archiveBytes: statSync(out).size,
    };
  }
  const cut = spawnSync('npx', ['tsx', 'scripts/build-tiles.ts', '--in', geojson, '--out', out], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  if (cut.status !== 0) throw new DataBuildError(`scripts/build-tiles.ts failed (${cut.status})`);
  const made = JSON.parse(cut.stdout);
  return {
    from: 'scripts/build-tiles.ts',
    tiles: made.tiles,
    // build-tiles.ts's defaults: the bench passes no zoom range.
    minzoom: 8,
    maxzoom: 14,
    largestTileBytes: made.largestTile.bytes,
    thinnedTiles: made.thinnedTiles,
    archiveBytes: made.archiveBytes,
  };
}
