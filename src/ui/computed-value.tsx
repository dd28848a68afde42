import { useTranslation } from '../i18n/use-translation.ts';
import type { FigureBreakdown } from '../model/computed-value.ts';
import { pick, type Locale } from '../model/locale.ts';
import { usePlan } from './plan-context.ts';
import { ProvenanceBadge } from './provenance-badge.tsx';

/** A table explaining a figure, with bars where the rows have them (numbers stay in the table). */
function Breakdown({
  table,
  locale,
  testId,
}: {
  table: FigureBreakdown;
  locale: Locale;
  testId: string;
}) {
  return (
    <figure className="figure-breakdown" data-testid={testId}>
      <figcaption>{pick(table.title, locale)}</figcaption>
      <table className="figure-table bar-table">
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.zh} scope="col">
                {pick(c, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label.zh}>
              <th scope="row">{pick(row.label, locale)}</th>
              {row.values.map((value, i) => (
                <td key={i}>
                  {i === 0 && row.bar !== undefined && (
                    <span
                      className="bar"
                      style={{ width: `${Math.min(1, row.bar) * 100}%` }}
                      aria-hidden="true"
                    />
                  )}
                  {pick(value, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * A value computed from map data for an indicator: the figure, its progress towards the
 * target, what was counted, from which layer, whether that layer is sample data, and (in full)
 * the tables and the shortfall that explain it.
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
  const value = figures[indicatorId];
  if (!value) return compact ? null : <p className="hint">{t('indicator.notComputable')}</p>;
  const provenance = provenanceOf(value.layer);
  return (
    <div
      className={`computed-value${compact ? ' compact' : ''}`}
      data-testid={`computed-${indicatorId}`}
    >
      <p className="computed-figure">
        <strong>{pick(value.text, locale)}</strong>
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
        <>
          <p className="hint">
            {pick(value.basis, locale)} ·{' '}
            {t('indicator.computedFrom', { layer: layerName(value.layer) })}
            {provenance === 'sample' && ` · ${t('indicator.fromSample')}`}
          </p>
          {value.shortfall && (
            <details className="uncovered" data-testid={`shortfall-${indicatorId}`}>
              <summary>{pick(value.shortfall.title, locale)}</summary>
              <ul>
                {value.shortfall.items.map((item) => (
                  <li key={item.zh} lang={locale === 'zh' ? 'zh-CN' : 'en'}>
                    {pick(item, locale)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {value.breakdowns?.map((table, i) => (
            <Breakdown
              key={table.title.zh}
              table={table}
              locale={locale}
              testId={`breakdown-${indicatorId}-${i}`}
            />
          ))}
        </>
      )}
    </div>
  );
}
