import type { FeatureCollection } from 'geojson';
import { DataManifest, type BuiltDataset, type BuiltTable } from './dataset-meta.ts';

/** Fetches JSON from the page's own origin, with an error that says which file failed. */
async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Reads and checks `data/manifest.json`, the build's list of datasets and their provenance. */
export async function loadManifest(signal?: AbortSignal): Promise<DataManifest> {
  const json = await fetchJson('data/manifest.json', signal);
  const parsed = DataManifest.safeParse(json);
  if (!parsed.success) throw new Error(`data/manifest.json: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Fetches one built dataset (already validated and in WGS84 by the data build). */
export async function loadDataset(
  dataset: BuiltDataset,
  signal?: AbortSignal,
): Promise<FeatureCollection> {
  const json = (await fetchJson(dataset.url, signal)) as FeatureCollection;
  if (json?.type !== 'FeatureCollection')
    throw new Error(`${dataset.url}: not a FeatureCollection`);
  return json;
}

/** Fetches one built table (rows without geometry, e.g. the township list). */
export function loadTable<T>(table: BuiltTable, signal?: AbortSignal): Promise<T[]> {
  return loadRows<T>(table.url, signal);
}

/** Fetches the km rows the build wrote beside a pipe layer (`BuiltDataset.pipeKmUrl`). */
export async function loadRows<T>(url: string, signal?: AbortSignal): Promise<T[]> {
  const json = await fetchJson(url, signal);
  if (!Array.isArray(json)) throw new Error(`${url}: not a list of rows`);
  return json as T[];
}
