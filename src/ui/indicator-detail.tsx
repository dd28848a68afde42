import { useEffect, useRef } from 'react';
import { PlanWords } from './plan-words.tsx';
import { useTranslation } from '../i18n/use-translation.ts';
import { featuresForPlanItem } from '../plan/features-for-plan-item.ts';
import { formatTarget, kindLabel, unitLabel } from '../plan/format-target.ts';
import { type Indicator } from '../plan/plan-schema.ts';
import { usePlan } from './plan-context.ts';
import { ComputedValue } from './computed-value.tsx';

/** One target: what is measured, the figure, its kind, the sentence it comes from, its places. */
export function IndicatorDetail({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const {
    catalogue,
    links,
    locale,
    openIndicator,
    openMeasure,
    focusFeature,
    featureName,
    showLayer,
    layerName,
  } = usePlan();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [indicator.id]);
  const measure = catalogue.measures.find((m) => m.id === indicator.measure);
  const places = featuresForPlanItem({ type: 'indicator', id: indicator.id }, catalogue, links);
  return (
    <article
      className="panel-section"
      aria-labelledby="indicator-title"
      data-testid="indicator-detail"
    >
      <button type="button" className="link-button back" onClick={() => openIndicator(null)}>
        ← {t('indicator.back')}
      </button>
      <h2 id="indicator-title" ref={heading} tabIndex={-1}>
        {locale === 'en' ? indicator.nameEn : indicator.name}
      </h2>
      <p className="big-target" data-testid="indicator-target">
        {formatTarget(indicator, locale)}
      </p>
      <dl className="facts">
        <dt>{t('indicator.kind')}</dt>
        <dd>
          {kindLabel(indicator.kind, locale)}
          {indicator.cumulative && ` · ${t('indicator.cumulative')}`}
        </dd>
        {indicator.unit && (
          <>
            <dt>{t('indicator.unit')}</dt>
            <dd>{unitLabel(indicator.unit, locale)}</dd>
          </>
        )}
        <dt>{t('indicator.measure')}</dt>
        <dd>
          {measure ? (
            <button type="button" className="link-button" onClick={() => openMeasure(measure.id)}>
              {measure.label} {locale === 'en' ? measure.titleEn : measure.title}
            </button>
          ) : (
            t('indicator.documentLevel')
          )}
        </dd>
        <dt>{t('indicator.computed')}</dt>
        <dd>
          <ComputedValue indicatorId={indicator.id} />
        </dd>
        <dt>{t('indicator.observations')}</dt>
        <dd>
          {indicator.observations.length === 0 ? (
            t('indicator.noObservations')
          ) : (
            <ul>
              {indicator.observations.map((o) => (
                <li key={`${o.kind}-${o.year}`}>
                  {o.year}: {o.value} ({o.source})
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <h3>{t('indicator.sentence')}</h3>
      <PlanWords
        locale={locale}
        as="blockquote"
        className="source-sentence"
        zh={indicator.sentence}
        en={indicator.sentenceEn}
      />
      <h3>{t('plan.places')}</h3>
      {places.length === 0 ? (
        <p className="city-wide">{t('plan.cityWideShort')}</p>
      ) : (
        <ul className="chips">
          {places
            .filter((p) => p.all)
            .map((p) => (
              <li key={p.layer}>
                <button type="button" className="chip-button" onClick={() => showLayer(p.layer)}>
                  {t('plan.wholeLayer', { layer: layerName(p.layer) })}
                </button>
              </li>
            ))}
          {places.flatMap((p) =>
            p.ids.map((id) => (
              <li key={`${p.layer}:${id}`}>
                <button
                  type="button"
                  className="chip-button"
                  onClick={() => focusFeature({ layer: p.layer, id })}
                >
                  {featureName({ layer: p.layer, id })}
                </button>
              </li>
            )),
          )}
        </ul>
      )}
    </article>
  );
}
