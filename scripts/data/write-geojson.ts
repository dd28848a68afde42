import { closeSync, openSync, writeSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';

/** Features per write: large enough to be quick, small enough that no string gets big. */
const CHUNK = 2000;

/**
 * Writes a FeatureCollection as JSON, the same bytes as `JSON.stringify(collection)` for a
 * collection of `type` and `features`, a chunk of features at a time: at 10^6 segments the
 * whole text (~290 MB) is never one string in memory.
 */
export function writeGeojson(path: string, collection: FeatureCollection) {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, '{"type":"FeatureCollection","features":[');
    const { features } = collection;
    for (let i = 0; i < features.length; i += CHUNK) {
      const chunk = features.slice(i, i + CHUNK).map((f) => JSON.stringify(f));
      writeSync(fd, (i > 0 ? ',' : '') + chunk.join(','));
    }
    writeSync(fd, ']}');
  } finally {
    closeSync(fd);
  }
}
