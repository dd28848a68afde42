import type { Feature, FeatureCollection, LineString } from 'geojson';

/** `n` short segments across central Guiyang, diameters 100–1 000 mm; deterministic. */
export function syntheticSegments(n: number): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (let i = 0; i < n; i++) {
    const lon = 106.6 + ((i * 7919) % 1000) / 5000;
    const lat = 26.5 + ((i * 104729) % 1000) / 5000;
    features.push({
      type: 'Feature',
      id: `P${i}`,
      properties: { id: `P${i}`, type: '给水', diameterMm: 100 * (1 + (i % 10)) },
      geometry: {
        type: 'LineString',
        coordinates: [
          [lon, lat],
          [lon + 0.002, lat + 0.001],
        ],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
