import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MAX_COLLECTION_NESTING, nestingIssues, noCoordinatesIssue } from './geometry-structure.ts';

const where = { file: 'f.geojson' };
const withGeometry = (...geometries: unknown[]) =>
  ({
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({
      type: 'Feature',
      id: `g${i}`,
      properties: {},
      geometry,
    })),
  }) as FeatureCollection;
const nest = (depth: number, inner: unknown = { type: 'Point', coordinates: [106.7, 26.6] }) => {
  let g = inner;
  for (let i = 0; i < depth; i++) g = { type: 'GeometryCollection', geometries: [g] };
  return g;
};

describe('GeometryCollections the import names rather than calls "no usable coordinates"', () => {
  it(`accepts nesting up to ${MAX_COLLECTION_NESTING} levels`, () => {
    expect(nestingIssues(withGeometry(nest(MAX_COLLECTION_NESTING)), where)).toEqual([]);
  });

  it('refuses deeper nesting, naming the feature, without walking it all', () => {
    const [issue] = nestingIssues(withGeometry(nest(100_000)), where);
    expect(issue).toMatchObject({ rule: 'geometry-nested-too-deep', where: { feature: 'g0' } });
    expect(issue!.message.zh).toContain('嵌套超过 4 层');
  });

  it('refuses a member that is not a geometry, naming its path', () => {
    const [issue] = nestingIssues(
      withGeometry({ type: 'GeometryCollection', geometries: [null] }),
      where,
    );
    expect(issue).toMatchObject({
      rule: 'geometry-invalid',
      where: { feature: 'g0', path: 'GeometryCollection.geometries[0]' },
    });
  });

  it('explains an empty nested collection, and a file of null geometries', () => {
    expect(
      noCoordinatesIssue(
        withGeometry(nest(2, { type: 'GeometryCollection', geometries: [] })),
        where,
      ),
    ).toMatchObject({ rule: 'geometry-empty', where: { feature: 'g0' } });
    expect(noCoordinatesIssue(withGeometry(null, null), where).message).toEqual({
      zh: '文件中没有可画的坐标:全部 2 个要素的几何都是 null,只有属性',
      en: 'Nothing in the file can be drawn: all 2 features have a null geometry, only attributes',
    });
  });
});
