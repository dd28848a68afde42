import type { FeatureCollection } from 'geojson';
import type { DatasetMeta } from './dataset-schemas.ts';
import { featureIdOf, type DataIssue } from '../../src/geo/validate-geojson.ts';

/** Words that mark sample data in the metadata's texts (Chinese and English). */
const SAMPLE_WORDS = /样例|示例|演示|sample|demonstration/i;

/** The texts of a dataset's metadata a reader sees beside the layer, by field path. */
const TEXT_FIELDS = ['title', 'source', 'accuracy', 'note'] as const;

/**
 * A layer whose provenance says `real` while its texts still say 样例/sample: the city replaced
 * the data and set `provenance` but kept the sample's title or source, so the interface would
 * call real data a sample (or the reverse, if only the texts were wrong). One warning per text.
 */
export function provenanceTextWarnings(
  meta: Pick<DatasetMeta, 'id' | 'provenance' | 'version'> &
    Partial<Pick<DatasetMeta, (typeof TEXT_FIELDS)[number]>>,
  file: string,
): DataIssue[] {
  if (meta.provenance !== 'real') return [];
  const texts: [string, string | undefined][] = TEXT_FIELDS.flatMap((field) => [
    [`${field}.zh`, meta[field]?.zh],
    [`${field}.en`, meta[field]?.en],
  ]);
  texts.push(['version', meta.version]);
  return texts.flatMap(([path, text]) => {
    const word = text && SAMPLE_WORDS.exec(text)?.[0];
    if (!word) return [];
    return [
      {
        file,
        feature: '',
        rule: 'provenance-text' as const,
        property: path,
        message: `provenance is "real" but ${path} still says "${word}" ("${text}"): describe the city's own data there`,
      },
    ];
  });
}

/**
 * Pipe segments whose properties contradict each other: status 现状 (in service) with a year
 * after the build's current year, which for 现状 is the year it was built. The data passes the
 * schema, so the build goes on; the warning names the feature and what to change.
 */
export function pipeContradictionWarnings(
  collection: FeatureCollection,
  file: string,
  currentYear: number,
): DataIssue[] {
  const warnings: DataIssue[] = [];
  collection.features.forEach((feature, index) => {
    const p = feature.properties;
    if (p?.status !== '现状' || typeof p.year !== 'number' || p.year <= currentYear) return;
    warnings.push({
      file,
      feature: featureIdOf(feature) ?? `#${index}`,
      rule: 'property-contradiction',
      property: 'status/year',
      message:
        `status "现状" (in service) with year ${p.year}, after the build's year ${currentYear}: ` +
        'for 现状 the year is when it was built; future work is 规划 or 改造中',
    });
  });
  return warnings;
}
