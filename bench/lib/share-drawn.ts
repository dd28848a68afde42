/**
 * "Share drawn": at a zoom, the segments a page rendered that intersect the view ÷ the segments
 * whose geometry intersects the view. The pages report the ids they rendered and the view's
 * bounds (measure-page.ts); both counts come from the size's GeoJSON, in a process of their own
 * (count-in-view.ts), after which the ids are dropped from the samples.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { ViewQuery } from './count-in-view.ts';
import type { DrawnAtZoom, PageSample } from './measure-page.ts';
import { spreadOf, type ShareAtZoom } from './report.ts';

/** Counts, for every view any page reported, the segments in it and those the page rendered. */
export function countShares(
  geojson: string,
  samples: Record<string, PageSample[]>,
  queriesFile: string,
): void {
  const drawn: DrawnAtZoom[] = Object.values(samples).flatMap((list) =>
    list.flatMap((s) => s.drawn ?? []),
  );
  if (drawn.length === 0) return;
  const queries: ViewQuery[] = drawn.map((d) => ({ box: d.bounds, ids: d.ids ?? [] }));
  writeFileSync(queriesFile, JSON.stringify(queries));
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/lib/count-in-view.ts', geojson, queriesFile],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
      // Parsing 10^6 segments (290 MB of GeoJSON) takes ~2 GB of heap.
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' },
    },
  );
  if (child.status !== 0) throw new Error(`count-in-view failed: ${child.stderr}`);
  const counts = JSON.parse(child.stdout) as { inView: number; renderedInView: number }[];
  drawn.forEach((d, i) => {
    d.inView = counts[i]!.inView;
    d.renderedInView = counts[i]!.renderedInView;
    delete d.ids;
  });
}

/** Per page that reported what it drew: per zoom, the counts and the share, over rounds. */
export function sharesOf(samples: Record<string, PageSample[]>): Record<string, ShareAtZoom[]> {
  const out: Record<string, ShareAtZoom[]> = {};
  for (const [page, list] of Object.entries(samples)) {
    const zooms = [...new Set(list.flatMap((s) => (s.drawn ?? []).map((d) => d.zoom)))];
    if (zooms.length === 0) continue;
    out[page] = zooms.map((zoom) => {
      const at = list.flatMap((s) => (s.drawn ?? []).filter((d) => d.zoom === zoom));
      return {
        zoom,
        inView: at.find((d) => d.inView !== undefined)?.inView ?? null,
        rendered: spreadOf(at.map((d) => d.renderedInView ?? null)),
        share: spreadOf(at.map((d) => (d.inView ? d.renderedInView! / d.inView : null))),
      };
    });
  }
  return out;
}
