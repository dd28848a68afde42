import { useTranslation } from '../i18n/use-translation.ts';
import { PlanWords } from './plan-words.tsx';
import { formatTarget } from '../plan/format-target.ts';
import { linksForFeature } from '../plan/links-for-feature.ts';
import { usePlan } from './plan-context.ts';
import { ComputedValue } from './computed-value.tsx';
import { type FeatureRef } from '../model/feature-ref.ts';

/** Map → plan: the measures and indicators that concern one feature, each with its sentence. */
export function FeatureLinks({ feature }: { feature: FeatureRef }) {
  const { t } = useTranslation();
  const { catalogue, links, locale, openMeasure } = usePlan();
  const found = linksForFeature(links, feature.layer, feature.id);
  const cityWide = new Set(
    linksForFeature(links, feature.layer, feature.id, { includeCityWide: true })
      .filter((l) => l.cityWide && l.type === 'measure')
      .map((l) => l.id),
  );
  const measures = found.filter((l) => l.type === 'measure');
  const indicatorIds = [...new Set(found.filter((l) => l.type === 'indicator').map((l) => l.id))];
  // Targets of the linked measures that apply to the whole city (常住人口750万 for 三(一)) are
  // shown apart: they concern this place only as part of the city.
  const placed = new Set(
    links.flatMap((l) => ('indicator' in l && 'layer' in l ? [l.indicator] : [])),
  );
  const cityWideIndicators = [
    ...new Set(
      measures.flatMap((m) =>
        catalogue.indicators
          .filter((i) => i.measure === m.id && !placed.has(i.id) && !indicatorIds.includes(i.id))
          .map((i) => i.id),
      ),
    ),
  ];
  return (
    <>
      <section aria-labelledby="feature-measures" data-testid="feature-measures">
        <h3 id="feature-measures">{t('links.measures')}</h3>
        {measures.length === 0 && <p>{t('links.none')}</p>}
        <ul className="link-records">
          {measures.map((link, index) => {
            const measure = catalogue.measures.find((m) => m.id === link.id)!;
            return (
              <li key={`${link.id}-${index}`}>
                <button
                  type="button"
                  className="link-button measure-link"
                  onClick={() => openMeasure(link.id)}
                  aria-label={t('links.openMeasure', { label: measure.label })}
                >
                  <span className="measure-label">{measure.label}</span>{' '}
                  {locale === 'en' ? measure.titleEn : measure.title}
                </button>
                <PlanWords locale={locale} zh={link.excerpt} en={link.excerptEn} />
              </li>
            );
          })}
        </ul>
        {cityWide.size > 0 && (
          <p className="city-wide">{t('links.cityWideCount', { count: cityWide.size })}</p>
        )}
      </section>
      {indicatorIds.length > 0 && (
        <section aria-labelledby="feature-indicators" data-testid="feature-indicators">
          <h3 id="feature-indicators">{t('links.indicators')}</h3>
          <IndicatorChips ids={indicatorIds} />
        </section>
      )}
      {cityWideIndicators.length > 0 && (
        <section aria-labelledby="feature-city-indicators" data-testid="feature-city-indicators">
          <h3 id="feature-city-indicators" className="muted-heading">
            {t('links.cityWideIndicators')}
          </h3>
          <IndicatorChips ids={cityWideIndicators} />
        </section>
      )}
      {indicatorIds.length + cityWideIndicators.length > 0 && (
        <p className="hint">{t('indicator.notComputable')}</p>
      )}
    </>
  );
}

/** Indicator buttons: name and target, opening the indicator's detail. */
function IndicatorChips({ ids }: { ids: string[] }) {
  const { catalogue, locale, openIndicator } = usePlan();
  return (
    <ul className="indicator-chips">
      {ids.map((id) => {
        const indicator = catalogue.indicators.find((i) => i.id === id)!;
        return (
          <li key={id}>
            <button type="button" className="target-chip" onClick={() => openIndicator(id)}>
              <span>{locale === 'en' ? indicator.nameEn : indicator.name}</span>
              <strong>{formatTarget(indicator, locale)}</strong>
              <ComputedValue indicatorId={id} compact />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
