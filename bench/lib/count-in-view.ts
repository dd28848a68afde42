/**
 * "Share drawn", counted from the source: how many features of a GeoJSON file have geometry
 * that intersects each view box [west, south, east, north] (lines: any segment crosses or lies
 * in the box; points: inside it), and how many of those a page rendered. Run as its own process by the bench, so parsing a 290 MB file
 * at 10^6 segments does not weigh on the bench's own heap:
 *   tsx bench/lib/count-in-view.ts FILE.geojson QUERIES.json   → prints counts as JSON
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';

/** A view box: [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

/** Whether the segment a–b meets the box (Liang–Barsky clipping). */
export function segmentMeetsBox(a: Position, b: Position, [w, s, e, n]: Box): boolean {
  const [x0, y0] = a as [number, number];
  const dx = b[0]! - x0;
  const dy = b[1]! - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x0 - w],
    [dx, e - x0],
    [-dy, y0 - s],
    [dy, n - y0],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** One view to count: its box, and the ids a page rendered there. */
export interface ViewQuery {
  box: Box;
  ids: readonly string[];
}

/**
 * Per view, the features whose lines or points meet its box (`inView`), and how many of those
 * the page rendered (`renderedInView`: a line just outside the view whose stroke reaches into
 * it is rendered but not in view, and does not count).
 */
export function countInView(
  collection: FeatureCollection,
  queries: readonly ViewQuery[],
): { inView: number; renderedInView: number }[] {
  const counts = queries.map(() => ({ inView: 0, renderedInView: 0 }));
  const rendered = queries.map((q) => new Set(q.ids));
  for (const feature of collection.features) {
    const g = feature.geometry;
    const lines: Position[][] =
      g?.type === 'LineString'
        ? [g.coordinates]
        : g?.type === 'MultiLineString'
          ? g.coordinates
          : g?.type === 'Point'
            ? [[g.coordinates, g.coordinates]]
            : [];
    const id = String(feature.id ?? feature.properties?.id);
    queries.forEach(({ box }, i) => {
      const meets = lines.some((line) =>
        line.length === 1
          ? segmentMeetsBox(line[0]!, line[0]!, box)
          : line.slice(1).some((p, k) => segmentMeetsBox(line[k]!, p, box)),
      );
      if (!meets) return;
      counts[i]!.inView++;
      if (rendered[i]!.has(id)) counts[i]!.renderedInView++;
    });
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, queriesFile] = process.argv.slice(2);
  const collection = JSON.parse(readFileSync(file!, 'utf8')) as FeatureCollection;
  const queries = JSON.parse(readFileSync(queriesFile!, 'utf8')) as ViewQuery[];
  console.log(JSON.stringify(countInView(collection, queries)));
}
