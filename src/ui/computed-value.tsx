import { useTranslation } from '../i18n/use-translation.ts';
import { computedValueOf } from '../plan/computed-indicators.ts';
import { usePlan } from './plan-context.ts';
import { ProvenanceBadge } from './provenance-badge.tsx';

/**
 * A value computed from map data for an indicator: the figure, its progress towards the
 * target, what was counted, from which layer, and whether that layer is sample data.
 */
export function ComputedValue({
  indicatorId,
  compact = false,
}: {
  indicatorId: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { figures, locale, layerName, provenanceOf } = usePlan();
  const value = computedValueOf(indicatorId, figures);
  if (!value) return compact ? null : <p className="hint">{t('indicator.notComputable')}</p>;
  const provenance = provenanceOf(value.layer);
  return (
    <div
      className={`computed-value${compact ? ' compact' : ''}`}
      data-testid={`computed-${indicatorId}`}
    >
      <p className="computed-figure">
        <strong>{value.text[locale]}</strong>
        {provenance && <ProvenanceBadge provenance={provenance} />}
      </p>
      {value.progress !== null && (
        <div
          className="progress"
          role="progressbar"
          aria-label={t('indicator.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(Math.min(1, value.progress) * 100)}
        >
          <span style={{ width: `${Math.min(1, value.progress) * 100}%` }} />
        </div>
      )}
      {!compact && (
        <p className="hint">
          {value.basis[locale]} · {t('indicator.computedFrom', { layer: layerName(value.layer) })}
          {provenance === 'sample' && ` · ${t('indicator.fromSample')}`}
        </p>
      )}
    </div>
  );
}
