import type { FeatureCollection } from 'geojson';
import { findSelfIntersection } from '../geo/find-self-intersection.ts';
import { featureIdOf, validateGeojson } from '../geo/validate-geojson.ts';
import { fromDataIssue, importIssue, type ImportIssue, type ImportWhere } from './import-issue.ts';
import { type Frame } from '../model/frames.ts';

/** More problems than this are summarised in one line: a list of 10 000 helps nobody. */
export const MAX_REPORTED_ISSUES = 50;

/**
 * Checks every feature against the project's data rules for `frame` (one feature at a time,
 * so each issue knows its feature's index) and polygons for rings that cross themselves.
 * Returns at most {@link MAX_REPORTED_ISSUES} issues plus a line saying how many more.
 */
export function validateFeatures(
  collection: FeatureCollection,
  frame: Frame,
  where: Omit<ImportWhere, 'feature'>,
  onProgress?: (fraction: number) => void,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  let more = 0;
  const add = (issue: ImportIssue) => {
    if (issues.length < MAX_REPORTED_ISSUES) issues.push(issue);
    else more++;
  };
  const features = collection.features;
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!;
    const id = feature && typeof feature === 'object' ? featureIdOf(feature) : undefined;
    const at = { ...where, feature: id ?? `#${i}` };
    const found = validateGeojson(
      { type: 'FeatureCollection', features: [feature] },
      { file: where.file, frame, requireIds: false },
    );
    for (const issue of found) add(fromDataIssue(issue, at));
    if (found.length === 0) {
      const crossing = findSelfIntersection(feature.geometry);
      if (crossing) {
        const path =
          feature.geometry?.type === 'MultiPolygon'
            ? `MultiPolygon[${crossing.polygon}] ring[${crossing.ring}]`
            : `Polygon ring[${crossing.ring}]`;
        const point = `[${crossing.at.map((v) => +v!.toFixed(7)).join(', ')}]`;
        const [a, b] = crossing.segments;
        add(
          importIssue(
            'ring-self-intersecting',
            { ...at, path },
            `多边形环自相交:${path} 的第 ${a} 条边与第 ${b} 条边在 ${point} 处交叉`,
            `The ring crosses itself: edges ${a} and ${b} of ${path} cross at ${point}`,
          ),
        );
      }
    }
    if (i % 2000 === 1999) onProgress?.(i / features.length);
  }
  if (more > 0) {
    issues.push(
      importIssue(
        'issues-truncated',
        where,
        `另有 ${more} 个问题未列出`,
        `${more} more problems are not listed`,
      ),
    );
  }
  onProgress?.(1);
  return issues;
}
