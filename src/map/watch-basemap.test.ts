import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BasemapWatcher, type BasemapFallbackReason, type WatchedMap } from './watch-basemap.ts';

type Listener = (event: unknown) => void;

/** Just enough of a MapLibre map: events, layers and sources. */
class FakeMap {
  listeners = new Map<string, Set<Listener>>();
  layers = new Set(['land', 'basemap-vec', 'basemap-cva', 'districts-fill']);
  sources = new Set(['basemap-vec', 'basemap-cva', 'districts']);
  on(type: string, listener: Listener) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
    return this;
  }
  off(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
    return this;
  }
  fire(type: string, event: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  getLayer(id: string) {
    return this.layers.has(id) ? { id } : undefined;
  }
  removeLayer(id: string) {
    this.layers.delete(id);
  }
  getSource(id: string) {
    return this.sources.has(id) ? { id } : undefined;
  }
  removeSource(id: string) {
    this.sources.delete(id);
  }
}

describe('BasemapWatcher', () => {
  let map: FakeMap;
  let reasons: BasemapFallbackReason[];
  let watcher: BasemapWatcher;
  beforeEach(() => {
    vi.useFakeTimers();
    map = new FakeMap();
    reasons = [];
    watcher = new BasemapWatcher(map as unknown as WatchedMap, {
      sourceIds: ['basemap-vec', 'basemap-cva'],
      layerIds: ['basemap-vec', 'basemap-cva'],
      onFallback: (reason) => reasons.push(reason),
    });
  });
  afterEach(() => vi.useRealTimers());

  const tileError = (sourceId: string, status?: number, message = 'Failed to fetch') =>
    map.fire('error', { sourceId, tile: {}, error: { status, message } });
  const tileLoaded = (sourceId: string) =>
    map.fire('sourcedata', { sourceId, tile: { state: 'loaded' } });

  it('falls back at once on a rejected key (HTTP 403), removing only the basemap', () => {
    tileError('basemap-vec', 403);
    expect(reasons).toEqual(['rejected-key']);
    expect([...map.layers]).toEqual(['land', 'districts-fill']);
    expect([...map.sources]).toEqual(['districts']);
    expect(map.listeners.get('sourcedata')?.size).toBe(0);
    expect(watcher.fallbackReason).toBe('rejected-key');
    tileError('basemap-cva', 403); // a late answer for a removed tile: dropped quietly
    expect(reasons).toEqual(['rejected-key']);
  });

  it('recognises a rejected key in a PMTiles error message', () => {
    tileError('basemap-vec', undefined, 'Bad response code: 401');
    expect(reasons).toEqual(['rejected-key']);
  });

  it('calls the server unreachable after 3 errors before any tile loads', () => {
    tileError('basemap-vec');
    tileError('basemap-cva', 500);
    expect(reasons).toEqual([]);
    tileError('basemap-vec');
    expect(reasons).toEqual(['unreachable']);
    tileError('basemap-vec', 403); // already given up: reported once
    expect(reasons).toEqual(['unreachable']);
  });

  it('keeps a working basemap when a few tiles fail later', () => {
    tileLoaded('basemap-vec');
    for (let i = 0; i < 5; i++) tileError('basemap-vec', 500);
    vi.advanceTimersByTime(60_000);
    expect(reasons).toEqual([]);
    expect(map.layers.has('basemap-vec')).toBe(true);
  });

  it('leaves errors of other sources alone, printing them as MapLibre would', () => {
    const print = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let i = 0; i < 5; i++) tileError('districts');
    const problem = new Error('style problem');
    map.fire('error', { error: problem });
    expect(reasons).toEqual([]);
    expect(print).toHaveBeenCalledTimes(6);
    expect(print).toHaveBeenLastCalledWith(problem);
    print.mockRestore();
  });

  it('calls the server unreachable when no tile arrives in time', () => {
    vi.advanceTimersByTime(19_999);
    expect(reasons).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reasons).toEqual(['unreachable']);
  });

  it('stops watching when disposed', () => {
    watcher.dispose();
    expect(map.listeners.get('error')?.size).toBe(0);
    tileError('basemap-vec', 403);
    vi.advanceTimersByTime(60_000);
    expect(reasons).toEqual([]);
    expect(map.layers.has('basemap-vec')).toBe(true);
  });
});
