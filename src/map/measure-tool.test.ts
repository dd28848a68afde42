import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { transformToWgs84 } from '../geo/transform-position.ts';
import { MeasureTool, type MeasureMap, type MeasureResult } from './measure-tool.ts';

/** The part of MapLibre the tool touches, recorded: handlers, sources, layers, zoom state. */
function fakeMap() {
  const handlers = new Map<string, Set<(e: unknown) => void>>();
  const sources = new Map<
    string,
    { data: FeatureCollection; setData(d: FeatureCollection): void }
  >();
  const layers = new Map<string, unknown>();
  const container = Object.assign(new EventTarget(), { style: { cursor: '' } });
  let zoomEnabled = true;
  const map = {
    on: (type: string, f: (e: unknown) => void) =>
      void (handlers.get(type) ?? handlers.set(type, new Set()).get(type)!).add(f),
    off: (type: string, f: (e: unknown) => void) => void handlers.get(type)?.delete(f),
    addSource: (id: string, spec: { data: FeatureCollection }) => {
      const source = { data: spec.data, setData: (d: FeatureCollection) => void (source.data = d) };
      sources.set(id, source);
    },
    getSource: (id: string) => sources.get(id),
    removeSource: (id: string) => void sources.delete(id),
    addLayer: (spec: { id: string }) => void layers.set(spec.id, spec),
    getLayer: (id: string) => layers.get(id),
    removeLayer: (id: string) => void layers.delete(id),
    getCanvasContainer: () => container,
    getCenter: () => ({ lng: 106.7, lat: 26.57 }),
    // ~1 px per metre near Guiyang: enough to tell a double click's two clicks apart from two points.
    project: ([lng, lat]: [number, number]) => ({ x: lng * 99_600, y: -lat * 110_800 }),
    doubleClickZoom: {
      isEnabled: () => zoomEnabled,
      enable: () => void (zoomEnabled = true),
      disable: () => void (zoomEnabled = false),
    },
  };
  const fire = (type: string, [lng, lat]: Position) => {
    const event = { lngLat: { lng, lat }, preventDefault: () => {} };
    for (const f of handlers.get(type) ?? []) f(event);
  };
  const key = (name: string) =>
    container.dispatchEvent(Object.assign(new Event('keydown'), { key: name }));
  return {
    map: map as unknown as MeasureMap,
    fire,
    key,
    sources,
    layers,
    container,
    handlers,
    zoomEnabled: () => zoomEnabled,
  };
}

// A 1 km square drawn in EPSG:4545 metres near 观山湖, converted to WGS84.
const gk = transformToWgs84('EPSG:4545');
const SQUARE = [
  [363_000, 2_943_000],
  [364_000, 2_943_000],
  [364_000, 2_944_000],
  [363_000, 2_944_000],
].map(gk);

function setup() {
  const fake = fakeMap();
  const results: (MeasureResult | null)[] = [];
  const tool = new MeasureTool(fake.map, { color: '#d84315', onChange: (r) => results.push(r) });
  return { ...fake, tool, results, last: () => results.at(-1) };
}

describe('a planner measures a distance and an area on the map', () => {
  it('clicks two points 1 km apart and reads ~1 000 m (geodesic)', () => {
    const { tool, fire, last } = setup();
    tool.start('distance');
    fire('click', SQUARE[0]!);
    fire('click', SQUARE[1]!);
    expect(last()!.lengthMetres).toBeGreaterThan(999);
    expect(last()!.lengthMetres).toBeLessThan(1001);
    expect(last()!.areaSquareMetres).toBeNull();
  });

  it('follows the cursor while drawing, then double-clicks to finish without zooming', () => {
    const { tool, fire, last, zoomEnabled, container } = setup();
    tool.start('distance');
    expect(zoomEnabled()).toBe(false);
    expect(container.style.cursor).toBe('crosshair');
    fire('click', SQUARE[0]!);
    fire('mousemove', SQUARE[2]!);
    expect(last()!.lengthMetres).toBeGreaterThan(1400); // the diagonal, to the cursor
    fire('click', SQUARE[1]!);
    fire('click', SQUARE[1]!); // the two clicks of a double click…
    fire('dblclick', SQUARE[1]!); // …then the double click itself
    expect(last()).toMatchObject({ finished: true, vertices: [SQUARE[0], SQUARE[1]] });
    expect(tool.active).toBe(false);
    expect(zoomEnabled()).toBe(true);
    fire('click', SQUARE[3]!);
    expect(last()!.vertices).toHaveLength(2); // finished: clicks select features again
  });

  it('measures a 1 km square as 100 公顷 within 0.5 %, closing the ring itself', () => {
    const { tool, fire, key, last, sources } = setup();
    tool.start('area');
    for (const p of SQUARE) fire('click', p);
    key('Enter');
    const r = last()!;
    expect(r.finished).toBe(true);
    expect(Math.abs(r.areaSquareMetres! - 1_000_000) / 1_000_000).toBeLessThan(0.005);
    expect(Math.abs(r.lengthMetres - 4000)).toBeLessThan(10);
    const drawn = sources.get('measure-tool')!.data.features.map((f) => f.properties!.kind);
    expect(drawn).toEqual(['line', 'area', 'vertex', 'vertex', 'vertex', 'vertex']);
  });

  it('undoes with Backspace, adds the map centre with Space, cancels with Escape', () => {
    const { tool, fire, key, last, layers, sources, handlers } = setup();
    tool.start('distance');
    fire('click', SQUARE[0]!);
    fire('click', SQUARE[1]!);
    key('Backspace');
    expect(last()!.vertices).toHaveLength(1);
    key(' ');
    expect(last()!.vertices[1]).toEqual([106.7, 26.57]);
    key('Escape');
    expect(last()).toBeNull();
    expect(layers.size).toBe(0);
    expect(sources.size).toBe(0);
    expect([...handlers.values()].every((set) => set.size === 0)).toBe(true);
  });

  it('draws above the data in its own source and four layers, removed on destroy', () => {
    const { tool, layers, sources } = setup();
    tool.start('area');
    expect([...layers.keys()]).toEqual([
      'measure-tool-fill',
      'measure-tool-halo',
      'measure-tool-line',
      'measure-tool-vertex',
    ]);
    expect(sources.has('measure-tool')).toBe(true);
    tool.destroy();
    expect(layers.size + sources.size).toBe(0);
  });
});
