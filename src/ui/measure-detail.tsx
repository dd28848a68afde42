import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { formatTarget } from '../plan/format-target.ts';
import { type Measure } from '../plan/plan-schema.ts';
import { planItemOfLink } from '../plan/plan-item-of-link.ts';
import { ComputedValue } from './computed-value.tsx';
import { PlanWords } from './plan-words.tsx';
import { usePlan } from './plan-context.ts';
import { type FeatureRef } from '../model/feature-ref.ts';

/** One measure in full: its text, its targets and the places on the map it concerns. */
export function MeasureDetail({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const {
    catalogue,
    links,
    locale,
    openMeasure,
    openIndicator,
    focusFeature,
    featureName,
    showLayer,
    layerName,
    figures,
  } = usePlan();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [measure.id]);
  const indicators = catalogue.indicators.filter((i) => i.measure === measure.id);
  // What the map computes for this measure: its targets' figures, and counts about it.
  const computed = [
    ...indicators
      .filter((i) => figures[i.id])
      .map((i) => ({ key: i.id, title: locale === 'en' ? i.nameEn : i.name })),
    ...Object.entries(figures)
      .filter(([, value]) => value.about?.measure === measure.id)
      .map(([key, value]) => ({ key, title: value.about!.title[locale] })),
  ];
  const records = links.filter((l) => {
    const item = planItemOfLink(l);
    return item.type === 'measure' && item.id === measure.id;
  });
  // One sentence may place features on several layers (一核 and its districts): list it once.
  const bySentence = new Map<
    string,
    {
      excerpt: string;
      excerptEn?: string | undefined;
      refs: FeatureRef[];
      layers: string[];
      reason?: string;
      reasonEn?: string | undefined;
    }
  >();
  for (const record of records) {
    const key = 'cityWide' in record ? `city:${record.reason}` : record.excerpt;
    const entry = bySentence.get(key) ?? {
      excerpt: record.excerpt,
      excerptEn: record.excerptEn,
      refs: [],
      layers: [],
      ...('cityWide' in record ? { reason: record.reason, reasonEn: record.reasonEn } : {}),
    };
    if ('layer' in record && record.ids) {
      entry.refs.push(...record.ids.map((id) => ({ layer: record.layer, id })));
    } else if ('layer' in record) entry.layers.push(record.layer);
    bySentence.set(key, entry);
  }
  return (
    <article
      className="panel-section measure-detail"
      aria-labelledby="measure-title"
      data-testid="measure-detail"
    >
      <button type="button" className="link-button back" onClick={() => openMeasure(null)}>
        ← {t('plan.back')}
      </button>
      <h2 id="measure-title" ref={heading} tabIndex={-1}>
        <span className="measure-label">{measure.label}</span> {measure.title}
      </h2>
      {locale === 'en' && <p className="inspector-subtitle">{measure.titleEn}</p>}
      {indicators.length > 0 && (
        <section aria-labelledby="measure-indicators">
          <h3 id="measure-indicators">{t('plan.indicators')}</h3>
          <ul className="indicator-chips">
            {indicators.map((i) => (
              <li key={i.id}>
                <button type="button" className="target-chip" onClick={() => openIndicator(i.id)}>
                  <span>{locale === 'en' ? i.nameEn : i.name}</span>
                  <strong>{formatTarget(i, locale)}</strong>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {computed.length > 0 && (
        <section aria-labelledby="measure-figures" data-testid="measure-figures">
          <h3 id="measure-figures">{t('indicator.computed')}</h3>
          {computed.map(({ key, title }) => (
            <div key={key} className="layer-figure">
              <h4>{title}</h4>
              <ComputedValue indicatorId={key} />
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="measure-places">
        <h3 id="measure-places">{t('plan.places')}</h3>
        {records.length === 0 && <p>{t('plan.noPlaces')}</p>}
        <ul className="link-records">
          {[...bySentence.values()].map((entry) => (
            <li key={entry.reason ?? entry.excerpt}>
              {entry.reason !== undefined ? (
                <p className="city-wide">
                  {t('plan.cityWide', {
                    reason: (locale === 'en' && entry.reasonEn) || entry.reason,
                  })}
                </p>
              ) : (
                <>
                  <PlanWords locale={locale} zh={entry.excerpt} en={entry.excerptEn} />
                  <ul className="chips">
                    {entry.layers.map((layerId) => (
                      <li key={layerId}>
                        <button
                          type="button"
                          className="chip-button"
                          onClick={() => showLayer(layerId)}
                        >
                          {t('plan.wholeLayer', { layer: layerName(layerId) })}
                        </button>
                      </li>
                    ))}
                    {entry.refs.map((ref) => (
                      <li key={`${ref.layer}:${ref.id}`}>
                        <button
                          type="button"
                          className="chip-button"
                          onClick={() => focusFeature(ref)}
                        >
                          {featureName(ref)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="measure-text">
        <h3 id="measure-text">{t('plan.fullText')}</h3>
        <PlanWords
          locale={locale}
          as="p"
          className="measure-text"
          zh={measure.text}
          en={measure.textEn}
        />
      </section>
    </article>
  );
}
