import { Suspense } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { type DataManifest } from '../layers/dataset-meta.ts';
import { type LayerDef } from '../layers/layer-def.ts';
import { pick } from '../i18n/i18n.ts';
import { type Locale } from '../layers/layer-def.ts';
import { type Palette } from '../theme/palette.ts';
import { LegendSwatch } from './legend-swatch.tsx';
import { ProvenanceBadge } from './provenance-badge.tsx';
import { LAYER_CONTROLS } from './layer-controls/index.ts';
import { DEFAULT_FILTERS, type ThematicFilters } from '../state/thematic-filters.ts';

interface LayerPanelProps {
  layers: readonly LayerDef[];
  visible: readonly string[];
  manifest: DataManifest;
  palette: Palette;
  locale: Locale;
  onToggle: (layerId: string, visible: boolean) => void;
  /** Filters of the thematic layers; their controls appear under a visible layer. */
  filters?: ThematicFilters;
  onFilters?: (patch: Partial<ThematicFilters>) => void;
}

/** Layer toggles, each with its provenance badge and a legend generated from its definition. */
export function LayerPanel({
  layers,
  visible,
  manifest,
  palette,
  locale,
  onToggle,
  filters = DEFAULT_FILTERS,
  onFilters,
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
          const Controls = LAYER_CONTROLS[layer.id];
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
                {layer.legend(palette, filters).map((item) => (
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
              {checked && Controls && onFilters && (
                <Suspense fallback={null}>
                  <Controls filters={filters} onFilters={onFilters} />
                </Suspense>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
