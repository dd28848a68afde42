import { type RefObject } from 'react';
import type { Feature } from 'geojson';
import { useTranslation } from '../i18n/use-translation.ts';
import { type Indicator, type Measure } from '../plan/plan-schema.ts';
import { FeatureLinks } from '../ui/feature-links.tsx';
import { IndicatorDetail } from '../ui/indicator-detail.tsx';
import { Inspector } from '../ui/inspector.tsx';
import { MeasureDetail } from '../ui/measure-detail.tsx';
import { type DataManifest } from '../model/manifest.ts';
import { type LayerModule } from '../layers/layer-module.ts';
import { type Locale } from '../model/locale.ts';
import { type FeatureRef } from '../model/feature-ref.ts';

interface EmbedDetailsProps {
  measure: Measure | undefined;
  indicator: Indicator | undefined;
  selected: FeatureRef | null;
  /** The selected feature's layer, and the feature (undefined while its data loads). */
  layer: LayerModule | undefined;
  feature: Feature | undefined;
  /** The feature's data is still on its way: the inspector says so, not "not found". */
  loading: boolean;
  manifest: DataManifest;
  locale: Locale;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}

/**
 * The embed's detail pane (`ui=full`): the opened indicator or measure, and the selected
 * feature's inspector with its plan links. A chunk of its own, fetched as the full embed
 * starts: the first view draws none of it, and the default embed (`ui=legend`) never needs it.
 */
export function EmbedDetails({
  measure,
  indicator,
  selected,
  layer,
  feature,
  loading,
  manifest,
  locale,
  headingRef,
  onClose,
}: EmbedDetailsProps) {
  const { t } = useTranslation();
  return (
    <div className="embed-details">
      {(indicator || measure) && (
        <section aria-label={t('panel.plan')}>
          {indicator ? (
            <IndicatorDetail indicator={indicator} />
          ) : (
            measure && <MeasureDetail measure={measure} />
          )}
        </section>
      )}
      {selected && layer && (
        <Inspector
          layer={layer}
          featureId={selected.id}
          feature={feature}
          loading={loading}
          meta={manifest.datasets[layer.dataset]}
          locale={locale}
          headingRef={headingRef}
          onClose={onClose}
        >
          <FeatureLinks feature={selected} />
        </Inspector>
      )}
    </div>
  );
}
