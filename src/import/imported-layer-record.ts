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

/** A short unique id for a new imported layer (time + randomness, URL-safe). */
export function newImportedLayerId(): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${Date.now().toString(36)}${random}`;
}
