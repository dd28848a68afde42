import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { loadDataset } from '../layers/load-data.ts';

/**
 * The datasets loaded so far, fetching the wanted ones that are missing. A layer's data is
 * fetched when it is first needed (turned on, linked from an opened measure), so the first
 * load carries only what the first view shows.
 */
export function useDatasets(
  manifest: DataManifest,
  initial: ReadonlyMap<string, FeatureCollection>,
  wanted: readonly string[],
): {
  data: ReadonlyMap<string, FeatureCollection>;
  loading: string[];
  failed: Record<string, string>;
} {
  const [data, setData] = useState(initial);
  const [loading, setLoading] = useState<string[]>([]);
  const [failed, setFailed] = useState<Record<string, string>>({});
  const key = wanted.join(',');
  useEffect(() => {
    const missing = key
      .split(',')
      .filter((id) => id && !data.has(id) && !loading.includes(id) && !(id in failed));
    if (missing.length === 0) return;
    setLoading((l) => [...l, ...missing]);
    for (const id of missing) {
      const meta = manifest.datasets[id];
      const done = () => setLoading((l) => l.filter((x) => x !== id));
      if (!meta) {
        setFailed((f) => ({ ...f, [id]: `data/manifest.json has no dataset "${id}"` }));
        done();
        continue;
      }
      loadDataset(meta)
        .then((collection) => setData((d) => new Map(d).set(id, collection)))
        .catch((error: Error) => setFailed((f) => ({ ...f, [id]: error.message })))
        .finally(done);
    }
  }, [key, manifest, data, loading, failed]);
  return { data, loading, failed };
}
