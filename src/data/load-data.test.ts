import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataManifest } from '../../scripts/data/dataset-schemas.ts';
import { checkManifest, loadDataset, prefetchDatasets } from './load-data.ts';

const text = { zh: '文字', en: 'Text' };
const entry = {
  id: 'pipes',
  title: text,
  provenance: 'sample',
  source: text,
  licence: 'MIT (project)',
  version: '1',
  accuracy: text,
  note: text,
  about: text,
  url: 'data/pipes.geojson',
  builtAt: '2026-01-01T00:00:00.000Z',
};
const dataset = {
  ...entry,
  frame: 'EPSG:4326',
  featureSchema: 'pipe-segment',
  featureCount: 4000,
  bbox: [106.4, 26.4, 107, 27.1],
  conversion: 'none',
  summaryUrl: 'data/pipes-summary.json',
  tiles: {
    url: 'data/pipes.pmtiles',
    format: 'pmtiles',
    sourceLayer: 'pipes',
    minzoom: 0,
    maxzoom: 14,
    tileCount: 100,
    largestTileBytes: 1000,
  },
};
const table = { ...entry, id: 'townships', url: 'data/townships.json', rowCount: 120 };
const manifest = { datasets: { pipes: dataset }, tables: { townships: table } };

/** A copy of an object without one key, as a file that lacks the field would read. */
const without = (value: object, key: string) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));

/** The message `checkManifest` throws for some input. */
function problemOf(json: unknown): string {
  try {
    checkManifest(json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the manifest to be rejected');
}

describe('the app reads the build’s data/manifest.json', () => {
  it('takes a manifest the build’s schema accepts, as it is', () => {
    expect(DataManifest.safeParse(manifest).success).toBe(true);
    expect(checkManifest(manifest)).toEqual(manifest);
  });

  it('treats a manifest without tables as having none', () => {
    expect(checkManifest({ datasets: { pipes: dataset } }).tables).toEqual({});
  });

  it('names the file and what is wrong, never crashing on bad input', () => {
    expect(problemOf({ datasets: { pipes: without(dataset, 'url') } })).toBe(
      'data/manifest.json: datasets.pipes has no url',
    );
    expect(problemOf({ datasets: { pipes: { ...dataset, bbox: [1, 2] } } })).toBe(
      'data/manifest.json: datasets.pipes.bbox is not four numbers [west, south, east, north]',
    );
    expect(problemOf({ datasets: { pipes: { ...dataset, provenance: 'rumour' } } })).toBe(
      'data/manifest.json: datasets.pipes.provenance is not one of real, schematic, sample',
    );
    expect(problemOf({ datasets: { pipes: { ...dataset, title: { zh: '管网' } } } })).toBe(
      'data/manifest.json: datasets.pipes.title is not a text with zh and en',
    );
    expect(problemOf({ datasets: { pipes: { ...dataset, about: { zh: '', en: 'About' } } } })).toBe(
      'data/manifest.json: datasets.pipes.about is not a text with zh and en',
    );
    expect(
      problemOf({ datasets: { pipes: { ...dataset, tiles: { ...dataset.tiles, url: '' } } } }),
    ).toBe('data/manifest.json: datasets.pipes.tiles.url is not a non-empty string');
    expect(problemOf({ ...manifest, tables: { townships: { ...table, rowCount: -1 } } })).toBe(
      'data/manifest.json: tables.townships.rowCount is not a count (an integer ≥ 0)',
    );
    expect(problemOf({ datasets: { pipes: null } })).toBe(
      'data/manifest.json: datasets.pipes is not an object',
    );
    for (const json of [null, 'manifest', [], 42])
      expect(problemOf(json)).toBe('data/manifest.json: not an object');
    expect(problemOf({})).toBe('data/manifest.json: has no datasets');
    expect(problemOf({ datasets: [] })).toBe('data/manifest.json: datasets is not an object');
  });

  it('requires every field that the build’s schema requires', () => {
    const required: string[] = [];
    for (const [name, value] of Object.entries({ datasets: dataset, tables: table })) {
      for (const key of Object.keys(value)) {
        const rest = without(value, key);
        const json = { ...manifest, [name]: { [value.id]: rest } };
        if (DataManifest.safeParse(json).success) continue; // optional
        expect(problemOf(json)).toBe(`data/manifest.json: ${name}.${value.id} has no ${key}`);
        required.push(`${name}.${key}`);
      }
    }
    expect(required).toContain('datasets.bbox');
    expect(required).toContain('tables.rowCount');
  });
});

describe('the first view’s files download while the page starts', () => {
  const collection = { type: 'FeatureCollection', features: [] };
  const meta = (id: string) =>
    checkManifest({ datasets: { [id]: { ...dataset, id, url: `data/${id}.geojson` } } }).datasets[
      id
    ]!;
  afterEach(() => vi.unstubAllGlobals());

  it('hands a file fetched early to the first who asks, without fetching it twice', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(collection)));
    vi.stubGlobal('fetch', fetch);
    prefetchDatasets([meta('early')]);
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(loadDataset(meta('early'))).resolves.toEqual(collection);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('fetches again after a failed early fetch, so the notice’s retry can succeed', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(collection)));
    vi.stubGlobal('fetch', fetch);
    prefetchDatasets([meta('flaky')]);
    await expect(loadDataset(meta('flaky'))).rejects.toThrow('data/flaky.geojson: HTTP 503');
    await expect(loadDataset(meta('flaky'))).resolves.toEqual(collection);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
