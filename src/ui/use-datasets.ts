import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { loadDataset } from '../data/load-data.ts';
import { type BuiltTiles, type DataManifest } from '../model/manifest.ts';

/**
 * The datasets loaded so far, fetching the wanted ones that are missing. A layer's data is
 * fetched when it is first needed (turned on, linked from an opened measure), so the first
 * load carries only what the first view shows. A dataset the build cut into tiles is not
 * fetched at all: it is listed in `tiled`, and the map reads its tiles by byte ranges.
 */
export function useDatasets(
  manifest: DataManifest,
  initial: ReadonlyMap<string, FeatureCollection>,
  wanted: readonly string[],
): {
  data: ReadonlyMap<string, FeatureCollection>;
  tiled: ReadonlyMap<string, BuiltTiles>;
  loading: string[];
  failed: Record<string, string>;
  /** Forgets a failure, so the dataset is fetched again (the notice's retry button). */
  retry: (id: string) => void;
} {
  const [data, setData] = useState(initial);
  const [failed, setFailed] = useState<Record<string, string>>({});
  // In flight: a ref, not state, so starting a fetch does not itself re-render.
  const inFlight = useRef(new Set<string>());
  const [, setPending] = useState(0);
  const key = wanted.join(',');
  useEffect(() => {
    for (const id of key.split(',')) {
      if (!id || data.has(id) || inFlight.current.has(id) || id in failed) continue;
      const meta = manifest.datasets[id];
      if (meta?.tiles) continue;
      inFlight.current.add(id);
      const done = () => {
        inFlight.current.delete(id);
        setPending((n) => n + 1);
      };
      if (!meta) {
        void Promise.resolve().then(() => {
          setFailed((f) => ({ ...f, [id]: `data/manifest.json has no dataset "${id}"` }));
          done();
        });
        continue;
      }
      loadDataset(meta)
        .then((collection) => setData((d) => new Map(d).set(id, collection)))
        .catch((error: Error) => setFailed((f) => ({ ...f, [id]: error.message })))
        .finally(done);
    }
  }, [key, manifest, data, failed]);
  const tiled = useMemo(
    () =>
      new Map(
        key
          .split(',')
          .flatMap((id) =>
            manifest.datasets[id]?.tiles ? [[id, manifest.datasets[id].tiles]] : [],
          ),
      ),
    [key, manifest],
  );
  const loading = key
    .split(',')
    .filter((id) => id && !data.has(id) && !tiled.has(id) && !(id in failed));
  const retry = useCallback(
    (id: string) =>
      setFailed((f) => Object.fromEntries(Object.entries(f).filter(([key]) => key !== id))),
    [],
  );
  return { data, tiled, loading, failed, retry };
}
