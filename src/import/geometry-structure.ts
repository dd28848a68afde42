import type { FeatureCollection } from 'geojson';
import { featureIdOf } from '../geo/validate-geojson.ts';
import { importIssue, type ImportIssue, type ImportWhere } from './import-issue.ts';

/**
 * GeometryCollections inside GeometryCollections are GeoJSON (RFC 7946 §3.1.8 only advises
 * against them) and the map draws them; beyond this depth they are refused, so that no step
 * of the import walks a hostile file's nesting until the stack runs out.
 */
export const MAX_COLLECTION_NESTING = 4;

interface Shape {
  /** How many GeometryCollections deep the geometry goes (0: not a collection). */
  depth: number;
  /** Whether it holds any position at all. */
  positions: boolean;
  /** The path of a collection member that is not a geometry object (null, a number…). */
  notGeometry?: string;
}

const hasPosition = (coordinates: unknown): boolean => {
  // Iterative: coordinates nest at most 3 arrays deep in valid GeoJSON, but files are not valid.
  const stack: unknown[] = [coordinates];
  for (let steps = 0; stack.length && steps < 1e6; steps++) {
    const value = stack.pop();
    if (!Array.isArray(value) || value.length === 0) continue;
    if (typeof value[0] === 'number') return true;
    for (const item of value) stack.push(item);
  }
  return false;
};

/** The nesting and content of a geometry, walked without recursion (stops past the limit). */
function shapeOf(geometry: unknown): Shape {
  let depth = 0;
  let positions = false;
  let notGeometry: string | undefined;
  const stack: [unknown, number, string][] = [[geometry, 0, 'geometry']];
  while (stack.length) {
    const [g, level, path] = stack.pop()!;
    if (!g || typeof g !== 'object' || Array.isArray(g)) {
      if (level > 0) notGeometry ??= path;
      continue;
    }
    const { type, geometries, coordinates } = g as {
      type?: unknown;
      geometries?: unknown;
      coordinates?: unknown;
    };
    if (type === 'GeometryCollection' && Array.isArray(geometries)) {
      depth = Math.max(depth, level + 1);
      if (depth > MAX_COLLECTION_NESTING) return { depth, positions };
      geometries.forEach((child, i) => stack.push([child, level + 1, `${path}.geometries[${i}]`]));
    } else if (!positions) positions = hasPosition(coordinates);
  }
  return { depth, positions, ...(notGeometry ? { notGeometry } : {}) };
}

const labelOf = (collection: FeatureCollection, i: number) => {
  const f = collection.features[i];
  const id = f && typeof f === 'object' ? featureIdOf(f) : undefined;
  return id ?? `#${i}`;
};

/**
 * Features whose GeometryCollections nest deeper than {@link MAX_COLLECTION_NESTING}, or hold
 * a member that is not a geometry object (RFC 7946 §3.1.8: `geometries` holds geometries).
 */
export function nestingIssues(
  collection: FeatureCollection,
  where: Omit<ImportWhere, 'feature'>,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  collection.features.forEach((feature, i) => {
    if (issues.length >= 10 || !feature || typeof feature !== 'object') return;
    const { depth, notGeometry } = shapeOf(feature.geometry);
    if (notGeometry && depth <= MAX_COLLECTION_NESTING) {
      const path = notGeometry.replace(/^geometry\./, 'GeometryCollection.');
      issues.push(
        importIssue(
          'geometry-invalid',
          { ...where, feature: labelOf(collection, i), path },
          `GeometryCollection 的成员 ${path} 不是几何对象(如 null):请删除该成员或补上几何后再导入`,
          `The GeometryCollection member ${path} is not a geometry object (null, say): remove it or give it a geometry, and import again`,
        ),
      );
      return;
    }
    if (depth <= MAX_COLLECTION_NESTING) return;
    issues.push(
      importIssue(
        'geometry-nested-too-deep',
        { ...where, feature: labelOf(collection, i), path: 'GeometryCollection' },
        `GeometryCollection 嵌套超过 ${MAX_COLLECTION_NESTING} 层:请把其中的点、线、面展开为单层的 GeometryCollection 或多个要素后再导入`,
        `GeometryCollections nest more than ${MAX_COLLECTION_NESTING} deep: flatten their points, lines and areas into one GeometryCollection or into separate features, and import again`,
      ),
    );
  });
  return issues;
}

/**
 * Why a file has no coordinate to draw, naming features: every geometry null, or
 * GeometryCollections (nested or not) that hold no point, line or area.
 */
export function noCoordinatesIssue(
  collection: FeatureCollection,
  where: Omit<ImportWhere, 'feature'>,
): ImportIssue {
  const total = collection.features.length;
  let nulls = 0;
  let emptyCollection: { index: number; depth: number } | undefined;
  for (let i = 0; i < total; i++) {
    const feature = collection.features[i];
    const geometry = feature && typeof feature === 'object' ? feature.geometry : null;
    if (geometry === null || geometry === undefined) {
      nulls++;
      continue;
    }
    const shape = shapeOf(geometry);
    if (shape.depth > 0 && !shape.positions && !emptyCollection) {
      emptyCollection = { index: i, depth: shape.depth };
    }
  }
  if (emptyCollection) {
    const { index, depth } = emptyCollection;
    const nested = depth > 1;
    return importIssue(
      'geometry-empty',
      { ...where, feature: labelOf(collection, index), path: 'GeometryCollection' },
      `文件中没有可画的坐标:该要素的几何是${nested ? `嵌套 ${depth} 层的 ` : ''}GeometryCollection,里面没有任何点、线或面${nulls ? `;另有 ${nulls} 个要素没有几何(null)` : ''}`,
      `Nothing in the file can be drawn: this feature's geometry is a GeometryCollection${nested ? ` nested ${depth} deep` : ''} holding no point, line or area${nulls ? `; ${nulls} more features have no geometry (null)` : ''}`,
    );
  }
  return importIssue(
    'geometry-empty',
    where,
    `文件中没有可画的坐标:${nulls === total ? `全部 ${total} 个要素的几何都是 null,只有属性` : '要素都没有点、线或面'}`,
    `Nothing in the file can be drawn: ${nulls === total ? `all ${total} features have a null geometry, only attributes` : 'no feature has a point, line or area'}`,
  );
}
