import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Why a configured basemap was given up, for the UI's notice (which words it):
 * `rejected-key` = the tile server answered 401/403 (a wrong, expired or domain-bound key),
 * `unreachable` = no tile could be loaded, `invalid` = the archive or style could not be read.
 */
export type BasemapFallbackReason = 'rejected-key' | 'unreachable' | 'invalid';

/** The part of the MapLibre map the watcher uses (a fake in unit tests). */
export type WatchedMap = Pick<
  MapLibreMap,
  'on' | 'off' | 'getLayer' | 'removeLayer' | 'getSource' | 'removeSource'
>;

/** Options of {@link BasemapWatcher}, each documented with its default. */
export interface BasemapWatcherOptions {
  /** The basemap's sources and layers, removed on fallback. */
  sourceIds: readonly string[];
  layerIds: readonly string[];
  /** Called once when the basemap is given up. */
  onFallback: (reason: BasemapFallbackReason) => void;
  /** Tile errors tolerated before any tile has loaded; default 3. */
  maxErrors?: number;
  /** Time to wait for a first tile before calling the server unreachable; default 20 000 ms. */
  timeoutMs?: number;
}

interface TileEvent {
  sourceId?: string;
  tile?: { state?: string };
  error?: { status?: number; message?: string };
}

/**
 * Watches a configured basemap's tiles and, when they fail, removes the basemap so the
 * offline basemap (the style's own land layer) shows again, and reports why. A rejected
 * key fails at once; other errors only while no tile has loaded, so one missing tile on a
 * working server does not take the basemap away.
 */
export class BasemapWatcher {
  private readonly map: WatchedMap;
  private readonly options: Required<BasemapWatcherOptions>;
  private readonly sources: ReadonlySet<string>;
  private errors = 0;
  private loadedTiles = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(map: WatchedMap, options: BasemapWatcherOptions) {
    this.map = map;
    this.options = { maxErrors: 3, timeoutMs: 20_000, ...options };
    this.sources = new Set(options.sourceIds);
    map.on('error', this.onError);
    map.on('sourcedata', this.onSourceData);
    this.timer = setTimeout(() => {
      if (this.loadedTiles === 0) this.fallback('unreachable');
    }, this.options.timeoutMs);
  }

  /** Why the basemap was given up, or null while it stands. */
  get fallbackReason(): BasemapFallbackReason | null {
    return this.reason;
  }

  private reason: BasemapFallbackReason | null = null;

  private readonly onError = (event: TileEvent) => {
    if (!event.sourceId || !this.sources.has(event.sourceId)) {
      // MapLibre prints an error event only when nobody listens; we listen, so print the
      // errors that are not ours as it would.
      console.error(event.error ?? event);
      return;
    }
    if (this.reason) return; // a late answer for a tile of the basemap already removed
    // MapLibre's own requests carry the HTTP status; the PMTiles library only says it in words.
    const status =
      event.error?.status ??
      Number(/Bad response code: (\d{3})/.exec(event.error?.message ?? '')?.[1]);
    if (status === 401 || status === 403) return this.fallback('rejected-key');
    this.errors += 1;
    if (this.loadedTiles === 0 && this.errors >= this.options.maxErrors)
      this.fallback('unreachable');
  };

  private readonly onSourceData = (event: TileEvent) => {
    if (!event.sourceId || !this.sources.has(event.sourceId) || !event.tile) return;
    if (event.tile.state === 'errored') return;
    this.loadedTiles += 1;
    clearTimeout(this.timer);
    this.timer = undefined;
  };

  /** Removes the basemap and reports why; later calls do nothing. */
  fallback(reason: BasemapFallbackReason): void {
    if (this.reason || this.disposed) return;
    this.reason = reason;
    clearTimeout(this.timer);
    this.timer = undefined;
    // Still listening for errors, to drop late answers for the removed tiles quietly.
    this.map.off('sourcedata', this.onSourceData);
    // Layers first: MapLibre refuses to remove a source that a layer still uses.
    for (const id of this.options.layerIds) if (this.map.getLayer(id)) this.map.removeLayer(id);
    for (const id of this.options.sourceIds) if (this.map.getSource(id)) this.map.removeSource(id);
    this.options.onFallback(reason);
  }

  /** Stops watching (the map is going away). */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.map.off('error', this.onError);
    this.map.off('sourcedata', this.onSourceData);
  }
}
