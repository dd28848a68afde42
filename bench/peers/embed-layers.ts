/**
 * What the embed draws in its default view (the three default layers: districts, structure,
 * parks), written out plainly for the bare peer pages of the phone-class run: the same three
 * files of the build, areas filled and outlined, points as circles, one name label per feature,
 * in the product's palette.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { palette } from '../../src/theme/palette.ts';
import { fetchCollection } from './pipe-style.ts';

/** The three datasets of the embed's default view, in drawing order. */
export const EMBED_DATASETS = ['districts', 'structure', 'parks'] as const;

/** Fill, outline and point colour per dataset. */
export const EMBED_COLORS: Record<(typeof EMBED_DATASETS)[number], { fill: string; line: string }> =
  {
    districts: { fill: palette.districtFill, line: palette.districtLine },
    structure: { fill: palette.centre, line: palette.core },
    parks: { fill: palette.zone, line: palette.park },
  };

export const LAND = palette.land;
export const LABEL = { text: palette.labelText, halo: palette.labelHalo };

/** Fetches the three collections on the main thread, as the product does. */
export async function fetchEmbedData(): Promise<Record<string, FeatureCollection>> {
  const all = await Promise.all(EMBED_DATASETS.map((id) => fetchCollection(`${id}.geojson`)));
  return Object.fromEntries(EMBED_DATASETS.map((id, i) => [id, all[i]!]));
}

/**
 * One label point per named feature: the build's `labelPoint` for areas (as the product
 * labels them), the point itself for points.
 */
export function labelPoints(collection: FeatureCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of collection.features) {
    const name = f.properties?.name as string | undefined;
    const at =
      (f.properties?.labelPoint as [number, number] | undefined) ??
      (f.geometry?.type === 'Point' ? (f.geometry.coordinates as [number, number]) : undefined);
    if (name && at)
      features.push({
        type: 'Feature',
        properties: { name },
        geometry: { type: 'Point', coordinates: at },
      });
  }
  return { type: 'FeatureCollection', features };
}
