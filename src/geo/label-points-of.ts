import type { Feature, FeatureCollection, Point, Position } from 'geojson';

/**
 * One label point per feature: areas use the `labelPoint` the data build computed, points
 * stay where they are, lines get none. Properties are kept so labels can read names.
 */
export function labelPointsOf(collection: FeatureCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const feature of collection.features) {
    const geometry = feature.geometry;
    const labelPoint = feature.properties?.labelPoint as Position | undefined;
    if (labelPoint) {
      features.push({ ...feature, geometry: { type: 'Point', coordinates: labelPoint } });
    } else if (geometry?.type === 'Point') {
      features.push(feature as Feature<Point>);
    }
  }
  return { type: 'FeatureCollection', features };
}
