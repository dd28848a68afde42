import { districtName } from '../model/guiyang-districts.ts';
import { useTranslation } from '../i18n/use-translation.ts';
import type { Feature } from 'geojson';
import { ProvenanceBadge } from './provenance-badge.tsx';
import { PlanWords } from './plan-words.tsx';
import { shortenText } from './import/shorten-text.ts';
import { Fragment, type ReactNode, type Ref } from 'react';
import { type BuiltDataset } from '../model/manifest.ts';
import { type LayerModule } from '../layers/layer-module.ts';
import { type Locale, pick } from '../model/locale.ts';

interface InspectorProps {
  layer: LayerModule;
  featureId: string;
  feature: Feature | undefined;
  /** The feature's data is still on its way (its layer's file, or its tile): not "not found". */
  loading?: boolean;
  meta: BuiltDataset | undefined;
  locale: Locale;
  onClose: () => void;
  /** Lets the app move keyboard focus to the heading when a feature is chosen from a list. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** The plan's side: measures and indicators that concern the feature. */
  children?: ReactNode;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const list = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * What the map knows about one feature: name, provenance, and the attributes that matter.
 * Every value from data is rendered as React text, never as HTML.
 */
export function Inspector({
  layer,
  featureId,
  feature,
  loading = false,
  meta,
  locale,
  onClose,
  headingRef,
  children,
}: InspectorProps) {
  const { t } = useTranslation();
  const p = feature?.properties ?? {};
  const name = text(p[layer.interaction.nameProperty]) ?? featureId;
  const nameEn = layer.interaction.nameEnProperty
    ? text(p[layer.interaction.nameEnProperty])
    : undefined;
  const provenance = (text(p.provenance) ?? meta?.provenance) as
    BuiltDataset['provenance'] | undefined;
  const role = text(p.role);
  const functions =
    locale === 'en' && list(p.functionsEn).length ? list(p.functionsEn) : list(p.functions);
  return (
    <aside className="inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <header className="inspector-header">
        <div>
          <p className="inspector-kicker">
            {pick(layer.title, locale)}
            {role &&
              ` · ${t(`inspector.role.${role as 'core' | 'centre' | 'cluster'}`, { defaultValue: role })}`}
          </p>
          <h2
            id="inspector-title"
            tabIndex={-1}
            ref={headingRef}
            lang={name === nameEn ? 'en' : 'zh-CN'}
          >
            {shortenText(name).text}
          </h2>
          {nameEn && locale === 'en' && nameEn !== name && (
            <p className="inspector-subtitle">{nameEn}</p>
          )}
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('inspector.close')}
        >
          ×
        </button>
      </header>
      {!feature ? (
        <p role="status">
          {loading ? t('inspector.loading') : t('inspector.notFound', { id: featureId })}
        </p>
      ) : (
        <>
          <dl className="facts">
            {provenance && (
              <>
                <dt>{t('inspector.provenance')}</dt>
                <dd>
                  <ProvenanceBadge provenance={provenance} />
                </dd>
              </>
            )}
            <dt>{t('inspector.id')}</dt>
            <dd>{featureId}</dd>
            {(layer.interaction.fields ?? []).map((field) => {
              const raw = p[field.property];
              if (raw === undefined || raw === null || raw === '') return null;
              const value = field.district
                ? districtName(String(raw))[locale]
                : field.values?.[String(raw)]
                  ? field.values[String(raw)]![locale]
                  : // A text the data also carries in English (placementNote → placementNoteEn)
                    (locale === 'en' && text(p[`${field.property}En`])) || String(raw);
              return (
                <Fragment key={field.property}>
                  <dt>{field.label[locale]}</dt>
                  <dd>
                    {field.quote ? (
                      <PlanWords
                        locale={locale}
                        zh={String(raw)}
                        en={text(p[`${field.property}En`])}
                      />
                    ) : (
                      value
                    )}
                    {field.unit && ` ${field.unit[locale]}`}
                  </dd>
                </Fragment>
              );
            })}
            {p.context === true && (
              <>
                <dt>{t('inspector.layer')}</dt>
                <dd>{t('inspector.context')}</dd>
              </>
            )}
            {functions.length > 0 && (
              <>
                <dt>{t('inspector.functions')}</dt>
                <dd>
                  <ul className="chips">
                    {functions.map((f) => (
                      <li key={f}>{f}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {text(p.basis) && (
              <>
                <dt>{t('inspector.basis')}</dt>
                <dd>
                  <PlanWords locale={locale} zh={text(p.basis)!} en={text(p.basisEn)} />
                </dd>
              </>
            )}
            {meta?.about && (
              <>
                <dt>{t('inspector.about')}</dt>
                <dd data-testid="inspector-about">{pick(meta.about, locale)}</dd>
              </>
            )}
            {meta && (
              <>
                <dt>{t('inspector.source')}</dt>
                <dd>{pick(meta.source, locale)}</dd>
                <dt>{t('inspector.accuracy')}</dt>
                <dd>{pick(meta.accuracy, locale)}</dd>
              </>
            )}
          </dl>
          {children}
        </>
      )}
    </aside>
  );
}
