import type { FeatureCollection } from 'geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyLayerDrawn, type DrawnCheckMap } from './verify-layer-drawn.ts';

type ErrorListener = (event: { sourceId?: string; error?: { message?: string } }) => void;

/** A map that renders what `rendered` says, where every position is on screen. */
function fakeMap(over: Partial<DrawnCheckMap> & { rendered?: () => number } = {}) {
  const listeners = new Set<ErrorListener>();
  const map: DrawnCheckMap & { fail: (sourceId: string, message: string) => void } = {
    on: (_type, listener) => listeners.add(listener),
    off: (_type, listener) => listeners.delete(listener),
    getSource: () => ({}),
    getLayer: () => ({}),
    getLayoutProperty: () => 'visible',
    isSourceLoaded: () => true,
    loaded: () => true,
    isMoving: () => false,
    project: () => ({ x: 100, y: 100 }),
    getCanvas: () => ({ clientWidth: 800, clientHeight: 600 }),
    queryRenderedFeatures: () => Array.from({ length: over.rendered?.() ?? 1 }),
    fail: (sourceId, message) => listeners.forEach((l) => l({ sourceId, error: { message } })),
    ...over,
  };
  return { map, listeners };
}

const points: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'a',
      properties: {},
      geometry: { type: 'Point', coordinates: [106.7, 26.6] },
    },
  ],
};
const run = (map: DrawnCheckMap, collection = points) =>
  verifyLayerDrawn(map, 'imported-x', ['imported-x-point'], collection, {
    intervalMs: 10,
    timeoutMs: 1000,
  });

describe('verifyLayerDrawn: an imported layer is said imported once the map draws it', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says drawn when the map renders features where the layer’s features are', async () => {
    const check = run(fakeMap().map);
    await vi.advanceTimersByTimeAsync(20);
    await expect(check.result).resolves.toEqual({ state: 'drawn', found: 1 });
  });

  it('says failed, with MapLibre’s reason, when the map reports an error for the source', async () => {
    const { map, listeners } = fakeMap({ isSourceLoaded: () => false });
    const check = run(map);
    map.fail('another-source', 'not ours');
    map.fail('imported-x', "can't serialize object of unregistered class undefined");
    await expect(check.result).resolves.toEqual({
      state: 'failed',
      reason: "can't serialize object of unregistered class undefined",
    });
    expect(listeners.size).toBe(0);
  });

  it('says failed when an idle map draws nothing there, twice', async () => {
    const check = run(fakeMap({ rendered: () => 0 }).map);
    await vi.advanceTimersByTimeAsync(50);
    await expect(check.result).resolves.toEqual({ state: 'failed', reason: '' });
  });

  it('waits while tiles load or the camera moves', async () => {
    let loaded = false;
    const check = run(fakeMap({ loaded: () => loaded, isMoving: () => !loaded }).map);
    await vi.advanceTimersByTimeAsync(100);
    loaded = true;
    await vi.advanceTimersByTimeAsync(20);
    await expect(check.result).resolves.toEqual({ state: 'drawn', found: 1 });
  });

  it('cannot ask the map about features out of view, and says nothing is wrong', async () => {
    const check = run(fakeMap({ project: () => ({ x: -50, y: 10 }) }).map);
    await vi.advanceTimersByTimeAsync(20);
    await expect(check.result).resolves.toEqual({ state: 'unseen' });
  });

  it('knows features without a position draw nothing', async () => {
    const empty: FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: null as never }],
    };
    await expect(run(fakeMap().map, empty).result).resolves.toEqual({ state: 'nothing-to-draw' });
  });

  it('gives up after its time, saying so', async () => {
    const check = run(fakeMap({ isSourceLoaded: () => false }).map);
    await vi.advanceTimersByTimeAsync(1100);
    await expect(check.result).resolves.toEqual({ state: 'failed', reason: 'timeout' });
  });
});
