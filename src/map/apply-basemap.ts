import { addProtocol, type Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import type { Protocol } from 'pmtiles';
import type { BasemapConfig } from '../config/site-config.ts';
import type { Palette } from '../theme/palette.ts';
import { basemapStyleParts, type BasemapResolution } from './basemap.ts';
import { BasemapWatcher, type BasemapFallbackReason } from './watch-basemap.ts';
import { LABELS_ANCHOR } from './layer-order.ts';

/** Where the configured basemap stands, for the UI's notices and for tests. */
export interface BasemapStatus {
  kind: BasemapConfig['kind'];
  /** `offline` = the project's own; `active` = the configured one is on the map; `fallback` = given up. */
  state: 'offline' | 'loading' | 'active' | 'fallback';
  /** Plain-text attribution of the basemap on the map ('' for the offline one). */
  attribution: string;
  /** Why the configured basemap was given up (state `fallback` only). */
  reason: BasemapFallbackReason | null;
}

/** The status before anything is applied. */
export function initialBasemapStatus(basemap: BasemapConfig): BasemapStatus {
  const state = basemap.kind === 'offline' ? 'offline' : 'loading';
  return { kind: basemap.kind, state, attribution: '', reason: null };
}

class BasemapError extends Error {
  constructor(
    readonly reason: BasemapFallbackReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Puts the configured basemap under the plan's layers and watches it: when its tiles fail,
 * it is removed (the offline basemap shows again) and `onFallback` says why. Never throws;
 * a failure while setting up is a fallback too. Resolves with the status once set up.
 */
export async function applyBasemap(
  map: MapLibreMap,
  basemap: BasemapConfig,
  palette: Palette,
  onFallback: (reason: BasemapFallbackReason) => void,
): Promise<BasemapStatus> {
  if (basemap.kind === 'offline') return initialBasemapStatus(basemap);
  const fallback = (reason: BasemapFallbackReason): BasemapStatus => {
    onFallback(reason);
    return { kind: basemap.kind, state: 'fallback', attribution: '', reason };
  };
  let parts;
  try {
    parts = basemapStyleParts(basemap, palette, await resolveBasemap(basemap));
  } catch (error) {
    console.warn(`Basemap "${basemap.kind}" not used:`, (error as Error).message);
    return fallback(error instanceof BasemapError ? error.reason : 'invalid');
  }
  const sourceIds = Object.keys(parts.sources);
  const layerIds = parts.layers.map((layer) => layer.id);
  // Above the offline basemap's background, below every layer of the plan (some may already
  // be on the map when a PMTiles header or a style took a while to arrive).
  // Under the plan: before its first layer (or the labels' anchor, when none is there yet).
  const beforeId = map
    .getStyle()
    .layers.find((layer) => layer.type !== 'background' || layer.id === LABELS_ANCHOR)?.id;
  const watcher = new BasemapWatcher(map, { sourceIds, layerIds, onFallback });
  map.once('remove', () => watcher.dispose());
  try {
    for (const [id, source] of Object.entries(parts.sources)) map.addSource(id, source);
    for (const layer of parts.layers) map.addLayer(layer, beforeId);
  } catch (error) {
    console.warn(`Basemap "${basemap.kind}" not used:`, (error as Error).message);
    watcher.fallback('invalid');
    return { kind: basemap.kind, state: 'fallback', attribution: '', reason: 'invalid' };
  }
  return { kind: basemap.kind, state: 'active', attribution: parts.attribution, reason: null };
}

/** Reads what a PMTiles or style basemap needs before its layers can be built. */
async function resolveBasemap(basemap: BasemapConfig): Promise<BasemapResolution | undefined> {
  if (basemap.kind === 'pmtiles')
    return resolvePmtiles(new URL(basemap.url, document.baseURI).href);
  if (basemap.kind !== 'style') return undefined;
  const url = new URL(basemap.url, document.baseURI).href;
  const response = await fetch(url).catch((error: Error) => {
    throw new BasemapError('unreachable', `${url}: ${error.message}`);
  });
  if (!response.ok)
    throw new BasemapError(reasonOfStatus(response.status), `${url}: HTTP ${response.status}`);
  const style = (await response.json().catch(() => null)) as StyleSpecification | null;
  if (style?.version !== 8 || typeof style.sources !== 'object' || !Array.isArray(style.layers)) {
    throw new BasemapError('invalid', `${url} is not a MapLibre style (version 8)`);
  }
  const sources = JSON.stringify(style.sources);
  if (sources.includes('pmtiles://')) await pmtilesProtocol();
  return { kind: 'style', style, url };
}

async function resolvePmtiles(url: string): Promise<BasemapResolution> {
  const { PMTiles, TileType } = await import('pmtiles');
  const protocol = await pmtilesProtocol();
  const archive = new PMTiles(url);
  protocol.add(archive);
  let header;
  let metadata: { vector_layers?: { id: string }[]; attribution?: string };
  try {
    header = await archive.getHeader();
    metadata = ((await archive.getMetadata()) ?? {}) as typeof metadata;
  } catch (error) {
    const message = (error as Error).message;
    const status = /Bad response code: (\d{3})/.exec(message)?.[1];
    const reason = status
      ? reasonOfStatus(Number(status))
      : /magic|version/i.test(message)
        ? 'invalid'
        : 'unreachable';
    throw new BasemapError(reason, `${url}: ${message}`);
  }
  const raster = [TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif];
  if (header.tileType !== TileType.Mvt && !raster.includes(header.tileType)) {
    throw new BasemapError('invalid', `${url}: tile type ${header.tileType} is not supported`);
  }
  return {
    kind: 'pmtiles',
    url,
    tiles: header.tileType === TileType.Mvt ? 'vector' : 'raster',
    vectorLayers: (metadata.vector_layers ?? []).map((layer) => layer.id),
    minzoom: header.minZoom,
    maxzoom: header.maxZoom,
    ...(typeof metadata.attribution === 'string' ? { attribution: metadata.attribution } : {}),
  };
}

let protocol: Promise<Protocol> | undefined;

/** Registers the `pmtiles://` protocol once; the library is loaded only when configured. */
function pmtilesProtocol(): Promise<Protocol> {
  protocol ??= import('pmtiles').then(({ Protocol }) => {
    const instance = new Protocol();
    addProtocol('pmtiles', instance.tile);
    return instance;
  });
  return protocol;
}

function reasonOfStatus(status: number): BasemapFallbackReason {
  return status === 401 || status === 403 ? 'rejected-key' : 'unreachable';
}
