import type { Feature, FeatureCollection } from 'geojson';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import type { BilingualText } from '../geo/bilingual-text.ts';
import { FRAMES, type Frame } from '../geo/frames.ts';

/** The plan items an imported feature is linked to (measure ids like `4-2`, indicator ids). */
export interface FeatureLinks {
  measures: string[];
  indicators: string[];
}

/** An imported layer as the browser keeps it: the WGS84 data, where it came from, its links. */
export interface ImportedLayer {
  /** Short unique id; the map layer is `imported-<id>`. */
  id: string;
  name: string;
  fileName: string;
  /** The frame the file was in, before conversion to WGS84. */
  frame: Frame;
  /** ISO 8601. */
  importedAt: string;
  featureCount: number;
  collection: FeatureCollection;
  /** By feature id. */
  links: Record<string, FeatureLinks>;
}

/** A storage problem, worded for the planner; existing layers are never affected by one. */
export interface StoreError {
  rule: 'store-unavailable' | 'store-quota' | 'store-failed';
  message: BilingualText;
}

/** A store answer: the value, or what went wrong. */
export type StoreOutcome<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** The key–value operations the store needs; IndexedDB in the browser, a Map in tests. */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
}

/** IndexedDB through idb-keyval, in a database of its own; opened on first use. */
export function idbBackend(
  database = 'guiyang-plan-imports',
  storeName = 'layers',
): KeyValueBackend {
  let store: UseStore | undefined;
  // createStore opens the database at once, which throws where IndexedDB is missing.
  const opened = () => (store ??= createStore(database, storeName));
  return {
    get: (key) => get(key, opened()),
    set: (key, value) => set(key, value, opened()),
    del: (key) => del(key, opened()),
    entries: () => entries(opened()),
  };
}

const StoredLayer = z.object({
  id: z.string().min(1),
  name: z.string(),
  fileName: z.string(),
  frame: z.enum(FRAMES),
  importedAt: z.string(),
  featureCount: z.number(),
  collection: z.custom<FeatureCollection>(
    (v) =>
      (v as FeatureCollection)?.type === 'FeatureCollection' &&
      Array.isArray((v as FeatureCollection).features),
  ),
  links: z.record(
    z.string(),
    z.object({ measures: z.array(z.string()), indicators: z.array(z.string()) }),
  ),
});

/** Words a storage exception for the planner. */
export function storeErrorOf(error: unknown): StoreError {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') {
    return {
      rule: 'store-quota',
      message: {
        zh: '浏览器存储空间不足,该图层未能保存(已保存的图层不受影响);可移除不用的导入图层后重试,或先导出为 GeoJSON',
        en: 'The browser is out of storage space: the layer was not saved (saved layers are unaffected); remove unused imported layers and retry, or export it as GeoJSON',
      },
    };
  }
  if (
    ['InvalidStateError', 'SecurityError', 'ReferenceError', 'UnknownError'].includes(name) ||
    typeof indexedDB === 'undefined'
  ) {
    return {
      rule: 'store-unavailable',
      message: {
        zh: '浏览器不允许本地存储(如隐私模式):导入的图层只在本次浏览中可用,请导出为 GeoJSON 保存',
        en: 'The browser does not allow local storage (private mode?): imported layers last for this visit only — export them as GeoJSON to keep them',
      },
    };
  }
  const detail = (error as Error)?.message ?? String(error);
  return {
    rule: 'store-failed',
    message: { zh: `本地存储出错:${detail}`, en: `Local storage failed: ${detail}` },
  };
}

/** Saves, lists and removes imported layers; every operation answers, none throws. */
export interface ImportedLayerStore {
  /** Every stored layer, oldest first; unreadable entries are skipped, not deleted. */
  list(): Promise<StoreOutcome<ImportedLayer[]>>;
  save(layer: ImportedLayer): Promise<StoreOutcome<ImportedLayer>>;
  remove(id: string): Promise<StoreOutcome<void>>;
  /** Sets the links of one feature (empty lists remove them); returns the updated layer. */
  setLinks(
    id: string,
    featureId: string,
    links: FeatureLinks,
  ): Promise<StoreOutcome<ImportedLayer>>;
}

const attempt = async <T>(run: () => Promise<T>): Promise<StoreOutcome<T>> => {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: storeErrorOf(error) };
  }
};

/**
 * The imported-layer store. One key per layer, so a failed write (quota, private mode) can
 * only lose the layer being written, never one saved before.
 */
export function createImportedLayerStore(
  backend: KeyValueBackend = idbBackend(),
): ImportedLayerStore {
  return {
    list: () =>
      attempt(async () =>
        (await backend.entries())
          .map(([, value]) => StoredLayer.safeParse(value))
          .flatMap((parsed) => (parsed.success ? [parsed.data as ImportedLayer] : []))
          .sort((a, b) => a.importedAt.localeCompare(b.importedAt)),
      ),
    save: (layer) => attempt(async () => (await backend.set(layer.id, layer), layer)),
    remove: (id) => attempt(() => backend.del(id)),
    setLinks: (id, featureId, links) =>
      attempt(async () => {
        const parsed = StoredLayer.safeParse(await backend.get(id));
        if (!parsed.success) throw new Error(`no imported layer ${id}`);
        const updated = withFeatureLinks(parsed.data as ImportedLayer, featureId, links);
        await backend.set(id, updated);
        return updated;
      }),
  };
}

/**
 * A copy of `layer` with one feature's links set (removed when both lists are empty). Built
 * with fromEntries: a feature id from a file may be "__proto__", which assignment would
 * turn into a prototype change.
 */
export function withFeatureLinks(
  layer: ImportedLayer,
  featureId: string,
  links: FeatureLinks,
): ImportedLayer {
  const empty = links.measures.length === 0 && links.indicators.length === 0;
  const others = Object.entries(layer.links).filter(([key]) => key !== featureId);
  return { ...layer, links: Object.fromEntries(empty ? others : [...others, [featureId, links]]) };
}

/** The links of one feature, or none; own keys only, for the same reason. */
export function linksOf(layer: ImportedLayer, featureId: string): FeatureLinks {
  return Object.hasOwn(layer.links, featureId)
    ? layer.links[featureId]!
    : { measures: [], indicators: [] };
}

/** A short unique id for a new imported layer (time + randomness, URL-safe). */
export function newImportedLayerId(): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${Date.now().toString(36)}${random}`;
}

/** A file name safe on every system: no path separators, reserved or control characters. */
function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, ''); // eslint-disable-line no-control-regex -- removing control characters is the point
  return cleaned.slice(0, 80) || 'imported-layer';
}

/**
 * An imported layer as GeoJSON text (WGS84, RFC 7946) and a file name for the download.
 * Plan links travel as plain properties (`plan_measures`, `plan_indicators`, comma-separated)
 * so that desktop GIS keeps them.
 */
export function exportImportedLayer(layer: ImportedLayer): { text: string; fileName: string } {
  const features = layer.collection.features.map((feature): Feature => {
    const links = linksOf(layer, String(feature.id ?? feature.properties?.id));
    if (links.measures.length === 0 && links.indicators.length === 0) return feature;
    return {
      ...feature,
      properties: {
        ...feature.properties,
        plan_measures: links.measures.join(','),
        plan_indicators: links.indicators.join(','),
      },
    };
  });
  const text = `${JSON.stringify({ type: 'FeatureCollection', name: layer.name, features })}\n`;
  return { text, fileName: `${safeFileName(layer.name)}.wgs84.geojson` };
}
