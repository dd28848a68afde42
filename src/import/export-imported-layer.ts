import type { Feature } from 'geojson';
import { linksOf, type ImportedLayer } from './imported-layer-record.ts';

/** A file name safe on every system: no path separators, reserved or control characters. */
function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned.slice(0, 80) || 'imported-layer';
}

/**
 * An imported layer as GeoJSON text (WGS84, RFC 7946) and a file name for the download.
 * Plan links travel as plain properties (`plan_measures`, `plan_indicators`, comma-separated)
 * so that desktop GIS keeps them.
 */
export function exportImportedLayer(layer: ImportedLayer): { text: string; fileName: string } {
  const features = layer.collection.features.map((feature): Feature => {
    const links = linksOf(layer, String(feature.id ?? feature.properties?.id));
    if (links.measures.length === 0 && links.indicators.length === 0) return feature;
    return {
      ...feature,
      properties: {
        ...feature.properties,
        plan_measures: links.measures.join(','),
        plan_indicators: links.indicators.join(','),
      },
    };
  });
  const text = `${JSON.stringify({ type: 'FeatureCollection', name: layer.name, features })}\n`;
  return { text, fileName: `${safeFileName(layer.name)}.wgs84.geojson` };
}
