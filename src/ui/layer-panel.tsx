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
  /** `draw-order` (default): every layer as drawn; `shown-first`: see {@link LayerPanel}. */
  arrangement?: LayerArrangement;
  /** In `shown-first`, whether the other layers' disclosure starts open (default false). */
  othersOpen?: boolean;
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
            {/* h3 under the panel's h2: a skipped level confuses screen-reader navigation. */}
            <h3>{heading}</h3>
            <ComputedValue indicatorId={id} />
          </div>
        );
      })}
    </>
  );
}

/** How the list is arranged: as drawn, or the layers on the map first and the rest folded. */
export type LayerArrangement = 'draw-order' | 'shown-first';

/**
 * The layers the list puts first in `shown-first`: those on the map when it was arranged. A
 * layer the reader switches in this list stays where it is (no row jumps away from the
 * pointer or the keyboard); a change from elsewhere (the host page, a measure, the address)
 * arranges the list again.
 */
function useShownFirst(visible: readonly string[]) {
  const [shown, setShown] = useState(visible);
  const [seen, setSeen] = useState(visible);
  // The reader's last switch in this list, set in the same event as the change it causes.
  const [own, setOwn] = useState<{ id: string; on: boolean } | null>(null);
  if (seen.join() !== visible.join()) {
    // Adjusting state while rendering, React's pattern for state derived from a changed prop.
    setSeen(visible);
    const added = visible.filter((id) => !seen.includes(id));
    const removed = seen.filter((id) => !visible.includes(id));
    const mine =
      own !== null &&
      added.length + removed.length === 1 &&
      (own.on ? added : removed)[0] === own.id;
    if (!mine) setShown(visible);
    setOwn(null);
  }
  return { shown, noteToggle: (id: string, on: boolean) => setOwn({ id, on }) };
}

/**
 * Layer toggles, each with its provenance badge and a legend generated from its module; a
 * visible layer shows its controls, the time slider and the figures it computes. Arranged
 * `shown-first` (the embed, and the planner on a phone), the layers on the map come first and
 * the others fold under a disclosure, each a single row until it is switched on.
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
  arrangement = 'draw-order',
  othersOpen = false,
}: LayerPanelProps) {
  const { t } = useTranslation();
  const { shown, noteToggle } = useShownFirst(visible);
  // Top of the list = top of the map, as in every GIS.
  const ordered = [...layers].reverse();
  const item = (layer: LayerModule) => {
    const meta = manifest.datasets[layer.dataset];
    const name = pick(layer.title, locale);
    const checked = visible.includes(layer.id);
    const params = paramsOf(layer, layerParams);
    const context = { palette, locale, params, year, period };
    return (
      <li
        key={layer.id}
        className={`layer-item${checked ? ' is-on' : ''}`}
        data-testid={`layer-${layer.id}`}
      >
        <div className="layer-row">
          <label className="layer-toggle">
            <input
              type="checkbox"
              checked={checked}
              onChange={(e) => {
                noteToggle(layer.id, e.currentTarget.checked);
                onToggle(layer.id, e.currentTarget.checked);
              }}
              aria-label={t('layers.show', { name })}
            />
            <span className="layer-name">{name}</span>
          </label>
          {meta && <ProvenanceBadge provenance={meta.provenance} />}
        </div>
        <ul className="legend" aria-label={t('layers.legend', { name })}>
          {layer.legend(context).map((entry) => (
            <li key={entry.label.zh}>
              <LegendSwatch swatch={entry.swatch} />
              <span>{pick(entry.label, locale)}</span>
            </li>
          ))}
        </ul>
        {meta && (
          <p className="layer-source">
            {t('layers.source')}
            {pick(meta.source, locale)}
            {meta.note && <span className="layer-note"> {pick(meta.note, locale)}</span>}
          </p>
        )}
        {meta?.about && (
          <details className="layer-about" data-testid="about-the-data">
            <summary>{t('layers.about')}</summary>
            <p>{pick(meta.about, locale)}</p>
          </details>
        )}
        {checked && (layer.controls || layer.usesYear || layer.figures) && (
          <div className="layer-controls-group">
            {layer.controls && onLayerParams && (
              <LayerControls
                layer={layer as LayerModule & { controls: NonNullable<LayerModule['controls']> }}
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
  };
  const first = arrangement === 'shown-first' ? ordered.filter((l) => shown.includes(l.id)) : [];
  const others =
    arrangement === 'shown-first' ? ordered.filter((l) => !shown.includes(l.id)) : ordered;
  return (
    <section aria-labelledby="layers-heading" className="panel-section">
      <h2 id="layers-heading">{t('layers.heading')}</h2>
      {arrangement === 'draw-order' ? (
        <ul className="layer-list">{ordered.map(item)}</ul>
      ) : (
        <>
          {first.length > 0 && (
            <ul className="layer-list" aria-label={t('layout.shownLayers')}>
              {first.map(item)}
            </ul>
          )}
          {others.length > 0 && (
            <details className="more-layers" open={othersOpen} data-testid="more-layers">
              <summary>{t('layout.moreLayers', { count: others.length })}</summary>
              <ul className="layer-list">{others.map(item)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
