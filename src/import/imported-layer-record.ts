import type { FeatureCollection } from 'geojson';
import { type Frame } from '../model/frames.ts';

/** The plan items an imported feature is linked to (measure ids like `4-2`, indicator ids). */
export interface FeatureLinks {
  measures: string[];
  indicators: string[];
}

/** An imported layer as the app holds it: the WGS84 data, where it came from, its links. */
export interface ImportedLayer {
  /** Short unique id; the map layer is `imported-<id>`. */
  id: string;
  name: string;
  fileName: string;
  /** The frame the file was in, before conversion to WGS84. */
  frame: Frame;
  /** ISO 8601. */
  importedAt: string;
  featureCount: number;
  collection: FeatureCollection;
  /** By feature id. */
  links: Record<string, FeatureLinks>;
}

/**
 * `links` with one feature's links set (removed when both lists are empty). Built with
 * fromEntries: a feature id from a file may be "__proto__", which assignment would turn
 * into a prototype change.
 */
export function withFeatureLinks(
  links: Record<string, FeatureLinks>,
  featureId: string,
  next: FeatureLinks,
): Record<string, FeatureLinks> {
  const empty = next.measures.length === 0 && next.indicators.length === 0;
  const others = Object.entries(links).filter(([key]) => key !== featureId);
  return Object.fromEntries(empty ? others : [...others, [featureId, next]]);
}

/** The links of one feature, or empty lists; own keys only, for the same reason. */
export function linksOf(layer: Pick<ImportedLayer, 'links'>, featureId: string): FeatureLinks {
  return Object.hasOwn(layer.links, featureId)
    ? layer.links[featureId]!
    : { measures: [], indicators: [] };
}

/**
 * A short unique id for a new imported layer (time + randomness, URL-safe). Six random base-36
 * characters (36^6 ≈ 2.2 × 10^9) from the platform's CSPRNG: two imports in the same
 * millisecond collide about once in 10^9 pairs (four characters collided in ~1 % of runs of
 * 200 ids).
 */
export function newImportedLayerId(): string {
  const [n] = crypto.getRandomValues(new Uint32Array(1));
  const random = (n! % 36 ** 6).toString(36).padStart(6, '0');
  return `${Date.now().toString(36)}${random}`;
}
