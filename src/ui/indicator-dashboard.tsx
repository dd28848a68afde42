import { useTranslation } from '../i18n/use-translation.ts';
import { formatTarget, kindLabel } from '../plan/format-target.ts';
import { indicatorsByChapter } from '../plan/indicators-by-chapter.ts';
import { usePlan } from './plan-context.ts';
import { IndicatorDetail } from './indicator-detail.tsx';
import { ComputedValue } from './computed-value.tsx';

/** Every target of the plan at a glance, grouped by chapter; opening one shows its detail. */
export function IndicatorDashboard({ openIndicatorId }: { openIndicatorId: string | null }) {
  const { t } = useTranslation();
  const { catalogue, locale, openIndicator } = usePlan();
  const open = openIndicatorId
    ? catalogue.indicators.find((i) => i.id === openIndicatorId)
    : undefined;
  if (open) return <IndicatorDetail indicator={open} />;
  const measureLabel = (id: string | null) => catalogue.measures.find((m) => m.id === id)?.label;
  return (
    <section className="panel-section" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t('indicator.heading')}</h2>
      {indicatorsByChapter(catalogue).map((group) => (
        <section key={group.key} className="indicator-group" aria-labelledby={`group-${group.key}`}>
          <h3 id={`group-${group.key}`}>
            {group.chapter
              ? `${group.chapter.numeral}、${locale === 'en' ? group.chapter.titleEn : group.chapter.title}`
              : t('indicator.documentGoals')}
          </h3>
          <ul className="indicator-cards">
            {group.indicators.map((i) => (
              <li key={i.id}>
                <button
                  type="button"
                  className="indicator-card"
                  data-testid={`indicator-${i.id}`}
                  onClick={() => openIndicator(i.id)}
                  aria-label={t('indicator.open', { name: locale === 'en' ? i.nameEn : i.name })}
                >
                  <span className="indicator-name">{locale === 'en' ? i.nameEn : i.name}</span>
                  <span className="indicator-target">{formatTarget(i, locale)}</span>
                  <ComputedValue indicatorId={i.id} compact />
                  <span className="indicator-meta">
                    {kindLabel(i.kind, locale)}
                    {i.measure
                      ? ` · ${measureLabel(i.measure)}`
                      : ` · ${t('indicator.documentLevel')}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
