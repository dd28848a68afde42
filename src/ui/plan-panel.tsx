import { useTranslation } from '../i18n/use-translation.ts';
import { type Measure } from '../plan/plan-schema.ts';
import { usePlan } from './plan-context.ts';
import { MeasureDetail } from './measure-detail.tsx';

/** The document's outline (chapters → measures); opening a measure shows it in full. */
export function PlanPanel({ openMeasureId }: { openMeasureId: string | null }) {
  const { t } = useTranslation();
  const { catalogue, locale, openMeasure } = usePlan();
  const open = openMeasureId ? catalogue.measures.find((m) => m.id === openMeasureId) : undefined;
  if (open) return <MeasureDetail measure={open} />;
  const title = (m: Measure) => (locale === 'en' ? m.titleEn : m.title);
  return (
    <section className="panel-section" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('plan.heading')}</h2>
      <p className="doc-title" lang="zh-CN">
        {catalogue.document.title}
        <span className="doc-number">{catalogue.document.number}</span>
      </p>
      <details className="preamble">
        <summary>{t('plan.preamble')}</summary>
        <p lang="zh-CN">{catalogue.document.preamble}</p>
      </details>
      <ol className="outline">
        {catalogue.chapters.map((chapter) => (
          <li key={chapter.id}>
            <h3>
              {chapter.numeral}、{locale === 'en' ? chapter.titleEn : chapter.title}
            </h3>
            <ol className="measure-list">
              {catalogue.measures
                .filter((m) => m.chapter === chapter.id)
                .map((m) => (
                  <li key={m.id}>
                    <button
                      type="button"
                      className="link-button"
                      data-testid={`measure-${m.id}`}
                      onClick={() => openMeasure(m.id)}
                      aria-label={t('plan.openMeasure', { label: m.label, title: title(m) })}
                    >
                      <span className="measure-label">{m.label.slice(1)}</span> {title(m)}
                    </button>
                  </li>
                ))}
            </ol>
          </li>
        ))}
      </ol>
      <details className="preamble">
        <summary>{t('plan.closing')}</summary>
        <p lang="zh-CN">{catalogue.document.closing}</p>
      </details>
    </section>
  );
}
