import { useCallback, useEffect, useState } from 'react';
import {
  withFeatureLinks,
  type FeatureLinks,
  type ImportedLayer,
} from '../../import/imported-layer-record.ts';
import type { ImportedLayerStore } from '../../import/imported-store.ts';
import { type LocalizedText } from '../../model/locale.ts';

/** The imported layers of this browser, and the actions on them. */
export interface ImportedLayers {
  layers: ImportedLayer[];
  loading: boolean;
  /** The last storage problem, shown by the import panel; null when all is well. */
  storeError: LocalizedText | null;
  /** Adds a layer and saves it; if saving fails it stays for this visit and `storeError` says why. */
  add: (layer: ImportedLayer) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Sets one feature's plan links (saved with the layer). */
  setLinks: (id: string, featureId: string, links: FeatureLinks) => Promise<void>;
}

/**
 * Loads the imported layers kept in the browser and keeps them in React state. Memory is
 * updated whatever storage says, so a full disk or private mode never loses the layer the
 * planner is looking at; they are told, and can export it.
 */
export function useImportedLayers(store: ImportedLayerStore): ImportedLayers {
  const [layers, setLayers] = useState<ImportedLayer[]>([]);
  const [loading, setLoading] = useState(true);
  const [storeError, setStoreError] = useState<LocalizedText | null>(null);

  useEffect(() => {
    let live = true;
    void store.list().then((listed) => {
      if (!live) return;
      // Layers added while the list was loading are kept, not overwritten.
      if (listed.ok) {
        setLayers((current) => [
          ...listed.value.filter((l) => !current.some((c) => c.id === l.id)),
          ...current,
        ]);
      } else setStoreError(listed.error.message);
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [store]);

  const add = useCallback(
    async (layer: ImportedLayer) => {
      setLayers((current) => [...current.filter((l) => l.id !== layer.id), layer]);
      const saved = await store.save(layer);
      setStoreError(saved.ok ? null : saved.error.message);
    },
    [store],
  );
  const remove = useCallback(
    async (id: string) => {
      setLayers((current) => current.filter((l) => l.id !== id));
      const removed = await store.remove(id);
      setStoreError(removed.ok ? null : removed.error.message);
    },
    [store],
  );
  const setLinks = useCallback(
    async (id: string, featureId: string, links: FeatureLinks) => {
      setLayers((current) =>
        current.map((l) =>
          l.id === id ? { ...l, links: withFeatureLinks(l.links, featureId, links) } : l,
        ),
      );
      const saved = await store.setLinks(id, featureId, links);
      setStoreError(saved.ok ? null : saved.error.message);
    },
    [store],
  );
  return { layers, loading, storeError, add, remove, setLinks };
}
