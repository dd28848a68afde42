import type { FeatureCollection, Geometry, Position } from 'geojson';
import { transformToWgs84, type PositionTransform } from './transform-position.ts';
import { type Frame } from '../model/frames.ts';

function mapGeometry(geometry: Geometry, f: PositionTransform): Geometry {
  const ring = (r: Position[]) => r.map(f);
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: ring(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map(ring) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((g) => mapGeometry(g, f)),
      };
  }
}

/** Returns a copy of `collection` converted from `frame` to WGS84; properties are kept. */
export function reprojectGeojson(collection: FeatureCollection, frame: Frame): FeatureCollection {
  const f = transformToWgs84(frame);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      ...feature,
      geometry: feature.geometry && mapGeometry(feature.geometry, f),
    })),
  };
}
