import type { Feature, FeatureCollection } from 'geojson';
import { linksForFeature } from '../plan/links-for-feature.ts';
import { type PlanLink } from '../plan/plan-schema.ts';
import { type CsvValue } from './write-csv.ts';
import { type LayerModule } from '../layers/layer-module.ts';

/** Features of one layer to export (all of them, or those ids). */
export interface LayerFeatures {
  layer: LayerModule;
  collection: FeatureCollection;
  /** Only these feature ids; default all. */
  ids?: readonly string[];
}

/** The measure and indicator ids that concern a feature specifically (not the city-wide ones). */
export function linkedIds(
  links: readonly PlanLink[],
  layer: string,
  id: string,
): { measures: string[]; indicators: string[] } {
  const found = linksForFeature(links, layer, id);
  const ids = (type: string) => [...new Set(found.filter((l) => l.type === type).map((l) => l.id))];
  return { measures: ids('measure'), indicators: ids('indicator') };
}

function selected(entry: LayerFeatures): Feature[] {
  const ids = entry.ids && new Set(entry.ids);
  return entry.collection.features.filter((f) => !ids || ids.has(String(f.id)));
}

/**
 * The features as one GeoJSON collection: each keeps its geometry and properties and gains
 * `layer`, `linked_measures` and `linked_indicators` (arrays of plan ids).
 */
export function exportCollection(
  entries: readonly LayerFeatures[],
  links: readonly PlanLink[],
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: entries.flatMap((entry) =>
      selected(entry).map((f) => {
        const linked = linkedIds(links, entry.layer.id, String(f.id));
        return {
          ...f,
          properties: {
            ...f.properties,
            layer: entry.layer.id,
            linked_measures: linked.measures,
            linked_indicators: linked.indicators,
          },
        };
      }),
    ),
  };
}

/**
 * The features as a table: `layer`, `id`, `name`, `linked_measures`, `linked_indicators`
 * (ids joined with ";"), then every other property in first-seen order; objects as JSON.
 */
export function exportTable(
  entries: readonly LayerFeatures[],
  links: readonly PlanLink[],
): { columns: string[]; rows: CsvValue[][] } {
  const fixed = ['layer', 'id', 'name', 'linked_measures', 'linked_indicators'];
  const extra: string[] = [];
  const records: Record<string, CsvValue>[] = [];
  for (const entry of entries) {
    for (const f of selected(entry)) {
      const id = String(f.id);
      const linked = linkedIds(links, entry.layer.id, id);
      const record: Record<string, CsvValue> = {
        layer: entry.layer.id,
        id,
        name: f.properties?.[entry.layer.interaction.nameProperty] as CsvValue,
        linked_measures: linked.measures.join(';'),
        linked_indicators: linked.indicators.join(';'),
      };
      for (const [key, value] of Object.entries(f.properties ?? {})) {
        if (fixed.includes(key) || key === entry.layer.interaction.nameProperty) continue;
        if (!extra.includes(key)) extra.push(key);
        record[key] =
          value !== null && typeof value === 'object' ? JSON.stringify(value) : (value as CsvValue);
      }
      records.push(record);
    }
  }
  const columns = [...fixed, ...extra];
  return { columns, rows: records.map((r) => columns.map((c) => r[c])) };
}
