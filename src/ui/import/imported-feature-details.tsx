import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { Feature } from 'geojson';
import type { FeatureLinks } from '../../import/imported-layer-record.ts';
import type { Catalogue } from '../../plan/plan-schema.ts';
import { LongText } from './long-text.tsx';
import { shortenText, valueText } from './shorten-text.ts';
import './import-panel.css';
import { type Locale } from '../../model/locale.ts';

/** Attribute names are shortened too: a file may name a column with a long text. */
const NAME_LENGTH = 60;

/** Props of {@link ImportedFeatureDetails}. */
export interface ImportedFeatureDetailsProps {
  feature: Feature;
  /** The feature's current links (empty lists when none). */
  links: FeatureLinks;
  catalogue: Catalogue;
  locale: Locale;
  onLinksChange: (links: FeatureLinks) => void;
}

/**
 * The inspector's body for an imported feature: every attribute as text (data from files is
 * never HTML; long values shortened, the whole text one action away), and check boxes linking it to the plan's measures and indicators.
 */
export function ImportedFeatureDetails({
  feature,
  links,
  catalogue,
  locale,
  onLinksChange,
}: ImportedFeatureDetailsProps) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (kind: keyof FeatureLinks, value: string, on: boolean) => {
    const next = on
      ? [...new Set([...links[kind], value])]
      : links[kind].filter((v) => v !== value);
    onLinksChange({ ...links, [kind]: next });
  };
  const entries = Object.entries(feature.properties ?? {}).filter(([key]) => key !== 'id');
  return (
    <>
      <section aria-labelledby={`${id}-attributes`}>
        <h3 id={`${id}-attributes`}>{t('import.attributesHeading')}</h3>
        <dl className="imported-attributes" data-testid="imported-attributes">
          {entries.map(([key, value]) => (
            <div key={key} className="imported-attribute-row">
              <dt>{shortenText(key, NAME_LENGTH).text}</dt>
              <dd>
                <LongText value={valueText(value)} label={shortenText(key, NAME_LENGTH).text} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby={`${id}-links`} className="imported-links">
        <h3 id={`${id}-links`}>{t('import.linksHeading')}</h3>
        <p className="import-hint">{t('import.linksIntro')}</p>
        <fieldset>
          <legend>{t('import.linkMeasures')}</legend>
          {catalogue.measures.map((m) => (
            <label key={m.id}>
              <input
                type="checkbox"
                checked={links.measures.includes(m.id)}
                onChange={(e) => toggle('measures', m.id, e.currentTarget.checked)}
              />{' '}
              {m.label} {locale === 'en' ? m.titleEn : m.title}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('import.linkIndicators')}</legend>
          {catalogue.indicators.map((i) => (
            <label key={i.id}>
              <input
                type="checkbox"
                checked={links.indicators.includes(i.id)}
                onChange={(e) => toggle('indicators', i.id, e.currentTarget.checked)}
              />{' '}
              {locale === 'en' ? i.nameEn : i.name}
            </label>
          ))}
        </fieldset>
      </section>
    </>
  );
}
