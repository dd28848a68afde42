import { useTranslation } from '../i18n/use-translation.ts';
import type { FeatureCollection } from 'geojson';
import { formatTarget } from '../plan/format-target.ts';
import { highlightOf } from '../plan/plan-queries.ts';
import { linksForFeature } from '../plan/links-for-feature.ts';
import { usePlan } from './plan-context.ts';
import { type AppState } from '../state/app-state.ts';
import { pick, type Locale } from '../model/locale.ts';
import { type DataManifest } from '../model/manifest.ts';
import { type LayerModule } from '../layers/layer-module.ts';

interface MapSummaryProps {
  id: string;
  state: AppState;
  layers: readonly LayerModule[];
  visible: readonly string[];
  manifest: DataManifest;
  data: ReadonlyMap<string, FeatureCollection>;
  locale: Locale;
}

/**
 * The map in words, for screen readers (the map region's description): the visible layers
 * with their provenance, the spatial structure, the selected feature and its measures.
 */
export function MapSummary({
  id,
  state,
  layers,
  visible,
  manifest,
  data,
  locale,
}: MapSummaryProps) {
  const { t } = useTranslation();
  const { catalogue, links, featureName } = usePlan();
  const shown = layers
    .filter((l) => visible.includes(l.id))
    .map((l) => {
      const meta = manifest.datasets[l.dataset];
      return `${pick(l.title, locale)}(${meta ? t(`provenance.${meta.provenance}`) : ''})`;
    });
  const sentences: string[] = [
    t('a11y.mapSummary', { layers: shown.join(locale === 'zh' ? '、' : ', ') || '—' }),
  ];
  // What each visible layer says of itself (e.g. the structure's core, centres and clusters).
  for (const layer of layers) {
    const collection = data.get(layer.dataset);
    if (!visible.includes(layer.id) || !collection || !layer.describe) continue;
    const sentence = layer.describe(collection, locale);
    if (sentence) sentences.push(sentence);
  }
  if (state.feature) {
    const labels = [
      ...new Set(
        linksForFeature(links, state.feature.layer, state.feature.id)
          .filter((l) => l.type === 'measure')
          .map((l) => catalogue.measures.find((m) => m.id === l.id)?.label ?? l.id),
      ),
    ];
    sentences.push(
      t('a11y.selectedSummary', {
        name: featureName(state.feature),
        measures: labels.length
          ? t('a11y.selectedMeasures', { labels: labels.join(locale === 'zh' ? '、' : ', ') })
          : '',
      }),
    );
  }
  const measure = catalogue.measures.find((m) => m.id === state.measure);
  if (measure) {
    const count = highlightOf({ type: 'measure', id: measure.id }, catalogue, links).length;
    sentences.push(
      t('a11y.measureSummary', {
        label: measure.label,
        title: locale === 'en' ? measure.titleEn : measure.title,
        count,
      }),
    );
  }
  const indicator = catalogue.indicators.find((i) => i.id === state.indicator);
  if (indicator) {
    sentences.push(
      t('a11y.indicatorSummary', {
        name: locale === 'en' ? indicator.nameEn : indicator.name,
        target: formatTarget(indicator, locale),
      }),
    );
  }
  return (
    <p id={id} className="visually-hidden" data-testid="map-summary">
      {sentences.join(' ')}
    </p>
  );
}
