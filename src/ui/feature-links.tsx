import { useTranslation } from 'react-i18next';
import { formatTarget } from '../plan/format-target.ts';
import { linksForFeature } from '../plan/links-for-feature.ts';
import { type FeatureRef } from '../state/app-state.ts';
import { usePlan } from './plan-context.ts';

/** Map → plan: the measures and indicators that concern one feature, each with its sentence. */
export function FeatureLinks({ feature }: { feature: FeatureRef }) {
  const { t } = useTranslation();
  const { catalogue, links, locale, openMeasure, openIndicator } = usePlan();
  const found = linksForFeature(links, feature.layer, feature.id);
  const cityWide = new Set(
    linksForFeature(links, feature.layer, feature.id, { includeCityWide: true })
      .filter((l) => l.cityWide && l.type === 'measure')
      .map((l) => l.id),
  );
  const measures = found.filter((l) => l.type === 'measure');
  const indicatorIds = [...new Set(found.filter((l) => l.type === 'indicator').map((l) => l.id))];
  // Indicators of the linked measures concern the place too.
  for (const m of measures) {
    for (const i of catalogue.indicators)
      if (i.measure === m.id && !indicatorIds.includes(i.id)) indicatorIds.push(i.id);
  }
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
                <q lang="zh-CN">{link.excerpt}</q>
              </li>
            );
          })}
        </ul>
        {cityWide.size > 0 && (
          <p className="city-wide">{t('links.cityWideCount', { count: cityWide.size })}</p>
        )}
      </section>
      {indicatorIds.length > 0 && (
        <section aria-labelledby="feature-indicators">
          <h3 id="feature-indicators">{t('links.indicators')}</h3>
          <ul className="indicator-chips">
            {indicatorIds.map((id) => {
              const indicator = catalogue.indicators.find((i) => i.id === id)!;
              return (
                <li key={id}>
                  <button type="button" className="target-chip" onClick={() => openIndicator(id)}>
                    <span>{locale === 'en' ? indicator.nameEn : indicator.name}</span>
                    <strong>{formatTarget(indicator, locale)}</strong>
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="hint">{t('indicator.notComputable')}</p>
        </section>
      )}
    </>
  );
}
