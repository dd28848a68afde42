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
  existsSync,
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
  /** Per zoom, the features the tiles hold whole and those they leave out. */
  featuresByZoom?: { zoom: number; kept: number; dropped: number }[];
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
  /** Peak resident memory of the data build (GNU time's maximum RSS), where measured. */
  dataBuildPeakRssBytes?: number;
  peerTiles: PeerTiles;
}

/** A data build that stopped; its message is the build's own report, shortened. */
export class DataBuildError extends Error {}

/**
 * Heap limit of the data build: 4 GB at every size, the target for 10^6 segments (the tiles
 * are cut zoom by zoom and written as made; 10^6 peaked at 2.2 GB resident). A build that
 * needs more fails here rather than passing on a bigger machine.
 */
const DATA_BUILD_HEAP_MB = 4096;

/** GNU time, to read the build's peak resident memory; the bench runs without it too. */
const GNU_TIME = '/usr/bin/time';
const RSS_MARK = 'bench-data-build-max-rss-kb';

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
  const heapMb = DATA_BUILD_HEAP_MB;
  const command = [
    process.execPath,
    '--import',
    'tsx',
    'scripts/build-data.ts',
    '--geodata',
    geodata,
    '--out',
    dataDir,
  ];
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const build = spawnSync(
    timed ? GNU_TIME : command[0]!,
    timed ? ['-f', `${RSS_MARK} %M`, ...command] : command.slice(1),
    {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
      env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMb}` },
    },
  );
  const dataBuildMs = performance.now() - started;
  const rssKb = new RegExp(`${RSS_MARK} (\\d+)`).exec(build.stderr ?? '')?.[1];
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
    ...(rssKb ? { dataBuildPeakRssBytes: Number(rssKb) * 1024 } : {}),
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
      ...(Array.isArray(tiles.featuresByZoom)
        ? { featuresByZoom: tiles.featuresByZoom as PeerTiles['featuresByZoom'] }
        : {}),
    };
  }
  const cut = spawnSync('npx', ['tsx', 'scripts/build-tiles.ts', '--in', geojson, '--out', out], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${DATA_BUILD_HEAP_MB}` },
  });
  if (cut.status !== 0) throw new DataBuildError(`scripts/build-tiles.ts failed (${cut.status})`);
  const made = JSON.parse(cut.stdout);
  return {
    from: 'scripts/build-tiles.ts',
    tiles: made.tiles,
    minzoom: made.minZoom,
    maxzoom: made.maxZoom,
    largestTileBytes: made.largestTile.bytes,
    thinnedTiles: made.thinnedTiles,
    archiveBytes: made.archiveBytes,
    featuresByZoom: made.featuresByZoom,
  };
}
