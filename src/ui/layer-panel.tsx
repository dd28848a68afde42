import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { LayerControlsProps, LayerModule } from '../layers/layer-module.ts';
import { paramsOf } from '../layers/registry.ts';
import { pick, type Locale } from '../model/locale.ts';
import type { DataManifest } from '../model/manifest.ts';
import type { PlanPeriod } from '../model/plan-period.ts';
import { formatTarget } from '../plan/format-target.ts';
import type { Palette } from '../theme/palette.ts';
import { ComputedValue } from './computed-value.tsx';
import { LegendSwatch } from './legend-swatch.tsx';
import { usePlan } from './plan-context.ts';
import { ProvenanceBadge } from './provenance-badge.tsx';
import { YearSlider } from './year-slider.tsx';

interface LayerPanelProps {
  layers: readonly LayerModule[];
  visible: readonly string[];
  manifest: DataManifest;
  palette: Palette;
  locale: Locale;
  onToggle: (layerId: string, visible: boolean) => void;
  /** Each layer's own parameters; a visible layer's controls change them. */
  layerParams: Readonly<Record<string, unknown>>;
  onLayerParams?: (layerId: string, params: unknown) => void;
  /** The time slider, shown under the visible layers that change with the year. */
  year: number;
  period: PlanPeriod;
  onYear?: (year: number) => void;
}

/** A visible layer's own controls, its code fetched the first time the layer is shown. */
function LayerControls({
  layer,
  params,
  onParams,
  locale,
  year,
}: {
  layer: LayerModule & { controls: NonNullable<LayerModule['controls']> };
  params: unknown;
  onParams: (params: unknown) => void;
  locale: Locale;
  year: number;
}) {
  const [Controls, setControls] = useState<ComponentType<LayerControlsProps<unknown>> | null>(null);
  useEffect(() => {
    let live = true;
    void layer.controls().then((component) => live && setControls(() => component));
    return () => {
      live = false;
    };
  }, [layer]);
  return Controls ? (
    <Controls params={params} onParams={onParams} locale={locale} year={year} />
  ) : null;
}

/** The figures a visible layer computes for the plan's targets, each headed by its target. */
function LayerFigures({ layer }: { layer: LayerModule }) {
  const { t } = useTranslation();
  const { catalogue, locale } = usePlan();
  return (
    <>
      {Object.entries(layer.figures ?? {}).map(([id, provider]) => {
        const indicator = catalogue.indicators.find((i) => i.id === id);
        const heading = indicator
          ? t('controls.figureHeading', {
              name: locale === 'en' ? indicator.nameEn : indicator.name,
              target: formatTarget(indicator, locale),
            })
          : provider.about?.title[locale];
        if (!heading) return null;
        return (
          <div key={id} className="layer-figure">
            <h4>{heading}</h4>
            <ComputedValue indicatorId={id} />
          </div>
        );
      })}
    </>
  );
}

/**
 * Layer toggles, each with its provenance badge and a legend generated from its module; a
 * visible layer shows its controls, the time slider and the figures it computes.
 */
export function LayerPanel({
  layers,
  visible,
  manifest,
  palette,
  locale,
  onToggle,
  layerParams,
  onLayerParams,
  year,
  period,
  onYear,
}: LayerPanelProps) {
  const { t } = useTranslation();
  // Top of the list = top of the map, as in every GIS.
  const ordered = [...layers].reverse();
  return (
    <section aria-labelledby="layers-heading" className="panel-section">
      <h2 id="layers-heading">{t('layers.heading')}</h2>
      <ul className="layer-list">
        {ordered.map((layer) => {
          const meta = manifest.datasets[layer.dataset];
          const name = pick(layer.title, locale);
          const checked = visible.includes(layer.id);
          const params = paramsOf(layer, layerParams);
          const context = { palette, locale, params, year, period };
          return (
            <li key={layer.id} className="layer-item" data-testid={`layer-${layer.id}`}>
              <div className="layer-row">
                <label className="layer-toggle">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={(e) => onToggle(layer.id, e.currentTarget.checked)}
                    aria-label={t('layers.show', { name })}
                  />
                  <span className="layer-name">{name}</span>
                </label>
                {meta && <ProvenanceBadge provenance={meta.provenance} />}
              </div>
              <ul className="legend" aria-label={t('layers.legend', { name })}>
                {layer.legend(context).map((item) => (
                  <li key={item.label.zh}>
                    <LegendSwatch swatch={item.swatch} />
                    <span>{pick(item.label, locale)}</span>
                  </li>
                ))}
              </ul>
              {meta && (
                <p className="layer-source">
                  {t('layers.source')}:{pick(meta.source, locale)}
                  {meta.note && <span className="layer-note"> {pick(meta.note, locale)}</span>}
                </p>
              )}
              {checked && (layer.controls || layer.usesYear || layer.figures) && (
                <div className="layer-controls-group">
                  {layer.controls && onLayerParams && (
                    <LayerControls
                      layer={
                        layer as LayerModule & { controls: NonNullable<LayerModule['controls']> }
                      }
                      params={params}
                      onParams={(next) => onLayerParams(layer.id, next)}
                      locale={locale}
                      year={year}
                    />
                  )}
                  {layer.usesYear && onYear && (
                    <YearSlider year={year} period={period} onChange={onYear} />
                  )}
                  <LayerFigures layer={layer} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
