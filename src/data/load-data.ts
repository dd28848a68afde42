import type { FeatureCollection } from 'geojson';
import {
  PROVENANCES,
  type BuiltDataset,
  type BuiltTable,
  type DataManifest,
} from '../model/manifest.ts';

/** Fetches JSON from the page's own origin, with an error that says which file failed. */
async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Fetches a JSON file the data build wrote and checked (e.g. `data/plan.json`); the caller
 * names its type.
 */
export function loadBuiltJson(url: string, signal?: AbortSignal): Promise<unknown> {
  return fetchJson(url, signal);
}

/** Reads and checks `data/manifest.json`, the build's list of datasets and their provenance. */
export async function loadManifest(signal?: AbortSignal): Promise<DataManifest> {
  return checkManifest(await fetchJson('data/manifest.json', signal));
}

// The data build writes the manifest and checks it with the zod schemas of
// scripts/data/dataset-schemas.ts;
// here the app only makes sure that what it reads is there, so a stale or hand-edited file
// fails with a sentence instead of a blank map, and the first load carries no zod.

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

/** A test of one field, with what it expects for the message; `optional` may be absent. */
interface Rule {
  test: (value: unknown) => boolean;
  expected: string;
  optional?: boolean;
}
const TEXT: Rule = { test: isText, expected: 'a non-empty string' };
const COUNT: Rule = {
  test: (v) => Number.isInteger(v) && (v as number) >= 0,
  expected: 'a count (an integer ≥ 0)',
};
const LOCALIZED: Rule = {
  test: (v) => isRecord(v) && isText(v.zh) && isText(v.en),
  expected: 'a text with zh and en',
};
const PROVENANCE: Rule = {
  test: (v) => (PROVENANCES as readonly unknown[]).includes(v),
  expected: `one of ${PROVENANCES.join(', ')}`,
};
const BBOX: Rule = {
  test: (v) => Array.isArray(v) && v.length === 4 && v.every(Number.isFinite),
  expected: 'four numbers [west, south, east, north]',
};
const optional = (rule: Rule): Rule => ({ ...rule, optional: true });

/** What every dataset and table carries. */
const ENTRY: Record<string, Rule> = {
  id: TEXT,
  title: LOCALIZED,
  provenance: PROVENANCE,
  source: LOCALIZED,
  licence: TEXT,
  version: TEXT,
  accuracy: LOCALIZED,
  note: optional(LOCALIZED),
  about: optional(LOCALIZED),
  url: TEXT,
  builtAt: TEXT,
};
const DATASET: Record<string, Rule> = {
  ...ENTRY,
  frame: TEXT,
  featureCount: COUNT,
  bbox: BBOX,
  conversion: TEXT,
  featureSchema: optional(TEXT),
  tiles: optional({ test: isRecord, expected: 'an object' }),
  summaryUrl: optional(TEXT),
};
const TILES: Record<string, Rule> = {
  url: TEXT,
  sourceLayer: TEXT,
  minzoom: COUNT,
  maxzoom: COUNT,
};
const TABLE: Record<string, Rule> = { ...ENTRY, rowCount: COUNT };

/** The first field of `value` that breaks `rules`, as a sentence naming it; else undefined. */
function fieldProblem(value: unknown, path: string, rules: Record<string, Rule>) {
  if (!isRecord(value)) return `${path} is not an object`;
  for (const [key, rule] of Object.entries(rules)) {
    const field = value[key];
    if (field === undefined) {
      if (!rule.optional) return `${path} has no ${key}`;
    } else if (!rule.test(field)) return `${path}.${key} is not ${rule.expected}`;
  }
  return undefined;
}

/** The first problem of a manifest's entries (datasets or tables), or undefined. */
function entriesProblem(entries: unknown, path: string, rules: Record<string, Rule>) {
  if (!isRecord(entries)) return `${path} is not an object`;
  for (const [id, entry] of Object.entries(entries)) {
    const problem =
      fieldProblem(entry, `${path}.${id}`, rules) ??
      (isRecord(entry) && entry.tiles !== undefined
        ? fieldProblem(entry.tiles, `${path}.${id}.tiles`, TILES)
        : undefined);
    if (problem) return problem;
  }
  return undefined;
}

/** The first problem of a parsed manifest, or undefined. */
function manifestProblem(json: unknown) {
  if (!isRecord(json)) return 'not an object';
  if (json.datasets === undefined) return 'has no datasets';
  if (json.tables !== undefined && !isRecord(json.tables)) return 'tables is not an object';
  return (
    entriesProblem(json.datasets, 'datasets', DATASET) ??
    entriesProblem(json.tables ?? {}, 'tables', TABLE)
  );
}

/**
 * Checks the parsed `data/manifest.json` for what the app reads, and returns it as a
 * {@link DataManifest} (`tables` defaults to none). Throws an error naming the file and the
 * first problem, e.g. "data/manifest.json: datasets.pipes has no url".
 */
export function checkManifest(json: unknown): DataManifest {
  const problem = manifestProblem(json);
  if (problem) throw new Error(`data/manifest.json: ${problem}`);
  const manifest = json as Partial<DataManifest>;
  return { ...manifest, tables: manifest.tables ?? {} } as DataManifest;
}

// Fetches started before anything asked for them, by URL; each is handed out once, so a
// retry after a failure fetches again.
const prefetched = new Map<string, Promise<FeatureCollection>>();

/** Fetches one built dataset (already validated and in WGS84 by the data build). */
export function loadDataset(
  dataset: BuiltDataset,
  signal?: AbortSignal,
): Promise<FeatureCollection> {
  const early = prefetched.get(dataset.url);
  if (early && !signal) {
    prefetched.delete(dataset.url);
    return early;
  }
  return fetchDataset(dataset, signal);
}

/**
 * Starts fetching datasets before the interface asks for them: the first view's files then
 * download while the page renders and the map starts, not after (see `startApp`).
 */
export function prefetchDatasets(datasets: readonly BuiltDataset[]): void {
  for (const dataset of datasets) {
    if (prefetched.has(dataset.url)) continue;
    const promise = fetchDataset(dataset);
    // The failure is reported to whoever takes the fetch (`loadDataset`), not here.
    promise.catch(() => undefined);
    prefetched.set(dataset.url, promise);
  }
}

async function fetchDataset(dataset: BuiltDataset, signal?: AbortSignal) {
  const json = (await fetchJson(dataset.url, signal)) as FeatureCollection;
  if (json?.type !== 'FeatureCollection')
    throw new Error(`${dataset.url}: not a FeatureCollection`);
  return json;
}

/** Fetches one built table (rows without geometry, e.g. the township list). */
export function loadTable<T>(table: BuiltTable, signal?: AbortSignal): Promise<T[]> {
  return loadRows<T>(table.url, signal);
}

/** Fetches rows the build wrote (a table, or a layer's summary rows: `BuiltDataset.summaryUrl`). */
export async function loadRows<T>(url: string, signal?: AbortSignal): Promise<T[]> {
  const json = await fetchJson(url, signal);
  if (!Array.isArray(json)) throw new Error(`${url}: not a list of rows`);
  return json as T[];
}
