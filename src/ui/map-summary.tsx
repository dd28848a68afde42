import { useTranslation } from '../i18n/use-translation.ts';
import type { FeatureCollection } from 'geojson';
import { pick } from '../i18n/i18n.ts';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { type LayerDef, type Locale } from '../layers/layer-def.ts';
import { formatTarget } from '../plan/format-target.ts';
import { featuresForPlanItem } from '../plan/features-for-plan-item.ts';
import { linksForFeature } from '../plan/links-for-feature.ts';
import { usePlan } from './plan-context.ts';
import { type AppState } from '../state/app-state.ts';

interface MapSummaryProps {
  id: string;
  state: AppState;
  layers: readonly LayerDef[];
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
  if (visible.includes('structure')) {
    const items = (data.get('structure')?.features ?? []).map((f) =>
      featureName({ layer: 'structure', id: String(f.id) }),
    );
    sentences.push(
      t('a11y.structureSummary', { items: items.join(locale === 'zh' ? '、' : '; ') }),
    );
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
    const count = featuresForPlanItem({ type: 'measure', id: measure.id }, catalogue, links).reduce(
      (n, s) => n + s.ids.length,
      0,
    );
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
