import { useId, useState } from 'react';
import type { UrlWarning } from '../state/url-state.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import { type BasemapStatus } from '../map/apply-basemap.ts';
import { type DataManifest } from '../model/manifest.ts';
import { type LayerModule } from '../layers/layer-module.ts';
import { type Locale, pick } from '../model/locale.ts';

interface NoticesProps {
  /** Parameters of the address the map ignored: said once, quietly, and dismissable. */
  urlWarnings?: readonly UrlWarning[];
  reviewNumber: string | null;
  /** The configured basemap's state: its attribution, or why it fell back. */
  basemap?: BasemapStatus | undefined;
  layers: readonly LayerModule[];
  visible: readonly string[];
  manifest: DataManifest;
  locale: Locale;
  /** Datasets that failed to load (id → reason), and how to try again. */
  dataFailures?: { failed: Record<string, string>; retry: (datasetId: string) => void };
}

/**
 * Lower-left notice: 审图号, the sources of the visible layers, and any schematic/sample warning.
 * On a phone (app.css, embed.css) it folds to one line at the map's bottom edge, above the
 * sheet, and a button unfolds it; what needs attention (failed data, a basemap that fell back,
 * an address the map could not use) stands above that line, never folded away.
 */
export function Notices({
  urlWarnings = [],
  reviewNumber,
  basemap,
  layers,
  visible,
  manifest,
  locale,
  dataFailures,
}: NoticesProps) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const id = useId();
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
    <footer className={`notices${expanded ? ' expanded' : ''}`} data-testid="notices">
      {urlWarnings.length > 0 && !dismissed && (
        <div className="notice-quiet" role="status" data-testid="url-warnings">
          <p>{t('notice.urlIgnored')}</p>
          <ul>
            {urlWarnings.map((w) => (
              <li key={`${w.name}=${w.value}`}>
                <code>{`${w.name}=${w.value.length > 40 ? `${w.value.slice(0, 40)}…` : w.value}`}</code>
                {locale === 'zh' ? ':' : ': '}
                {pick(w.reason, locale)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setDismissed(true)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
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
      {basemap?.state === 'fallback' && (
        <p role="alert" className="notice-warning" data-testid="basemap-notice">
          {t(`notice.basemapFallback.${basemap.reason ?? 'unreachable'}`)}
        </p>
      )}
      <div className="notices-standing" id={id}>
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
        {sources.length > 0 && (
          <p className="notice-sources">
            <span>
              {t('notice.sources', { sources: sources.join(locale === 'zh' ? '、' : ', ') })}
            </span>
            {warnings.length > 0 && (
              <strong className="notice-warning"> · {warnings.join(' · ')}</strong>
            )}
          </p>
        )}
      </div>
      <button
        type="button"
        className="notices-toggle"
        aria-expanded={expanded}
        aria-controls={id}
        aria-label={t('layout.noticesToggle')}
        onClick={() => setExpanded(!expanded)}
        data-testid="notices-toggle"
      >
        <span aria-hidden="true">{expanded ? '▾' : '▴'}</span>
      </button>
    </footer>
  );
}
