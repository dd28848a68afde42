import type { Feature } from 'geojson';
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { z } from '../config/zod-mini.ts';
import {
  withFeatureLinks,
  type FeatureLinks,
  type ImportedLayer,
} from './imported-layer-record.ts';
import { type LocalizedText } from '../model/locale.ts';
import { FRAMES } from '../model/frames.ts';

/** A storage problem, worded for the planner; existing layers are never affected by one. */
export interface StoreError {
  rule: 'store-unavailable' | 'store-quota' | 'store-failed';
  message: LocalizedText;
}

/** A store answer: the value, or what went wrong. */
export type StoreOutcome<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** The key–value operations the store needs; IndexedDB in the browser, a Map in tests. */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<IDBValidKey[]>;
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
    keys: () => keys(opened()),
  };
}

/** Features per stored chunk: each write and read is a structured clone of ~1.5 MB at most. */
export const STORE_CHUNK = 4000;

// Keys: `layer/<id>` the metadata (written last: a layer exists once it is there),
// `layer/<id>/features/<n>` the features in chunks, `layer/<id>/links` the plan links, kept
// apart so linking a feature rewrites a few bytes, not the whole dataset.
const metaKey = (id: string) => `layer/${id}`;
const chunkKey = (id: string, n: number) => `layer/${id}/features/${n}`;
const linksKey = (id: string) => `layer/${id}/links`;

const LayerMeta = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  fileName: z.string(),
  frame: z.enum(FRAMES),
  importedAt: z.string(),
  featureCount: z.number(),
  chunks: z.int().check(z.nonnegative()),
});
const Links = z.record(
  z.string(),
  z.object({ measures: z.array(z.string()), indicators: z.array(z.string()) }),
);

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
  const refused = ['InvalidStateError', 'SecurityError', 'ReferenceError', 'UnknownError'];
  if (refused.includes(name) || typeof indexedDB === 'undefined') {
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
  /** Every complete stored layer, oldest first; unreadable entries are skipped. */
  list(): Promise<StoreOutcome<ImportedLayer[]>>;
  save(layer: ImportedLayer): Promise<StoreOutcome<ImportedLayer>>;
  remove(id: string): Promise<StoreOutcome<void>>;
  /** Sets one feature's links (empty lists remove them); returns all links of the layer. */
  setLinks(
    id: string,
    featureId: string,
    links: FeatureLinks,
  ): Promise<StoreOutcome<Record<string, FeatureLinks>>>;
}

const attempt = async <T>(run: () => Promise<T>): Promise<StoreOutcome<T>> => {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: storeErrorOf(error) };
  }
};

/** Reads one layer, or undefined if any part is missing or malformed. */
async function readLayer(backend: KeyValueBackend, key: string) {
  const meta = LayerMeta.safeParse(await backend.get(key));
  if (!meta.success) return undefined;
  const { chunks, ...info } = meta.data;
  const features: Feature[] = [];
  for (let n = 0; n < chunks; n++) {
    // One read per chunk: each is deserialised in its own task, so the page stays responsive.
    const chunk = await backend.get(chunkKey(info.id, n));
    if (!Array.isArray(chunk)) return undefined;
    for (const feature of chunk as Feature[]) features.push(feature);
  }
  const links = Links.safeParse(await backend.get(linksKey(info.id)));
  const layer: ImportedLayer = {
    ...info,
    collection: { type: 'FeatureCollection', features },
    links: links.success ? links.data : {},
  };
  return layer;
}

/**
 * The imported-layer store. A layer's metadata is written after its features and deleted
 * before them, so a failed write (quota, private mode, a closed tab) leaves at most an
 * unlisted partial layer, which the next list clears away — never a damaged earlier one.
 */
export function createImportedLayerStore(
  backend: KeyValueBackend = idbBackend(),
): ImportedLayerStore {
  const removeParts = async (id: string) => {
    for (const key of (await backend.keys()).map(String)) {
      if (key.startsWith(`${metaKey(id)}/`)) await backend.del(key);
    }
  };
  return {
    list: () =>
      attempt(async () => {
        const all = (await backend.keys()).map(String);
        const metas = all.filter((k) => /^layer\/[^/]+$/.test(k));
        const layers: ImportedLayer[] = [];
        for (const key of metas) {
          const layer = await readLayer(backend, key);
          if (layer) layers.push(layer);
        }
        // Parts without metadata are leftovers of an interrupted save.
        const orphans = all.filter(
          (k) => /^layer\/[^/]+\//.test(k) && !metas.includes(k.split('/').slice(0, 2).join('/')),
        );
        for (const key of orphans) await backend.del(key).catch(() => undefined);
        return layers.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
      }),
    save: (layer) =>
      attempt(async () => {
        const { features } = layer.collection;
        const chunks = Math.ceil(features.length / STORE_CHUNK);
        try {
          for (let n = 0; n < chunks; n++) {
            const part = features.slice(n * STORE_CHUNK, (n + 1) * STORE_CHUNK);
            await backend.set(chunkKey(layer.id, n), part);
          }
          await backend.set(linksKey(layer.id), layer.links);
          const { id, name, fileName, frame, importedAt, featureCount } = layer;
          await backend.set(metaKey(id), {
            id,
            name,
            fileName,
            frame,
            importedAt,
            featureCount,
            chunks,
          });
        } catch (error) {
          await removeParts(layer.id).catch(() => undefined);
          throw error;
        }
        return layer;
      }),
    remove: (id) =>
      attempt(async () => {
        await backend.del(metaKey(id));
        await removeParts(id);
      }),
    setLinks: (id, featureId, links) =>
      attempt(async () => {
        if (!LayerMeta.safeParse(await backend.get(metaKey(id))).success) {
          throw new Error(`no imported layer ${id}`);
        }
        const current = Links.safeParse(await backend.get(linksKey(id)));
        const updated = withFeatureLinks(current.success ? current.data : {}, featureId, links);
        await backend.set(linksKey(id), updated);
        return updated;
      }),
  };
}
