import { useTranslation } from '../i18n/use-translation.ts';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { type LayerDef, type Locale } from '../layers/layer-def.ts';
import { pick } from '../i18n/i18n.ts';
import { type BasemapStatus } from '../map/apply-basemap.ts';

interface NoticesProps {
  reviewNumber: string | null;
  /** The configured basemap's state: its attribution, or why it fell back. */
  basemap?: BasemapStatus | undefined;
  layers: readonly LayerDef[];
  visible: readonly string[];
  manifest: DataManifest;
  locale: Locale;
  /** Datasets that failed to load (id → reason), and how to try again. */
  dataFailures?: { failed: Record<string, string>; retry: (datasetId: string) => void };
}

/** Lower-left notice: 审图号, the sources of the visible layers, and any schematic/sample warning. */
export function Notices({
  reviewNumber,
  basemap,
  layers,
  visible,
  manifest,
  locale,
  dataFailures,
}: NoticesProps) {
  const { t } = useTranslation();
  const metas = layers
    .filter((l) => visible.includes(l.id))
    .map((l) => manifest.datasets[l.dataset])
    .filter((m) => m !== undefined);
  const sources = [...new Set(metas.map((m) => pick(m.title, locale)))];
  const warnings = [
    metas.some((m) => m.provenance === 'schematic') && t('notice.schematicPresent'),
    metas.some((m) => m.provenance === 'sample') && t('notice.samplePresent'),
  ].filter(Boolean);
  const failedLayers = layers.filter(
    (l) => visible.includes(l.id) && dataFailures && l.dataset in dataFailures.failed,
  );
  return (
    <footer className="notices" data-testid="notices">
      {failedLayers.map((layer) => (
        <p key={layer.id} role="alert" className="notice-warning" data-testid="data-failed">
          {t('notice.dataFailed', {
            layer: pick(layer.title, locale),
            message: dataFailures!.failed[layer.dataset]!,
          })}{' '}
          <button type="button" onClick={() => dataFailures!.retry(layer.dataset)}>
            {t('app.retry')}
          </button>
        </p>
      ))}
      <p data-testid="review-number">
        {reviewNumber
          ? t('notice.reviewNumber', { number: reviewNumber })
          : t('notice.reviewNumberMissing')}
      </p>
      {basemap?.state === 'active' && basemap.attribution && (
        <p data-testid="basemap-attribution">
          {t('notice.basemap', { attribution: basemap.attribution })}
        </p>
      )}
      {basemap?.state === 'fallback' && (
        <p role="alert" className="notice-warning" data-testid="basemap-notice">
          {t(`notice.basemapFallback.${basemap.reason ?? 'unreachable'}`)}
        </p>
      )}
      {sources.length > 0 && (
        <p>
          {t('notice.sources', { sources: sources.join(locale === 'zh' ? '、' : ', ') })}
          {warnings.length > 0 && (
            <strong className="notice-warning"> · {warnings.join(' · ')}</strong>
          )}
        </p>
      )}
    </footer>
  );
}
