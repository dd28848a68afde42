import { useTranslation } from '../i18n/use-translation.ts';
import type { LayerModule } from '../layers/layer-module.ts';
import { tileCoverageAt } from '../map/tile-coverage.ts';
import { pick, type Locale } from '../model/locale.ts';
import type { DataManifest } from '../model/manifest.ts';

interface TileCoverageNoteProps {
  visibleLayers: readonly LayerModule[];
  manifest: DataManifest;
  zoom: number | undefined;
  locale: Locale;
  onZoomTo: (zoom: number) => void;
}

/**
 * Says so when a large layer, drawn from tiles, leaves features out at this zoom (below z13 a
 * tile keeps its largest pipes within ~200 KB): a planning map must not hide part of a network
 * silently. One action zooms to where every feature is drawn.
 */
export function TileCoverageNote({
  visibleLayers,
  manifest,
  zoom,
  locale,
  onZoomTo,
}: TileCoverageNoteProps) {
  const { t } = useTranslation();
  if (zoom === undefined) return null;
  const numbers = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en');
  const notes = visibleLayers.flatMap((layer) => {
    const dataset = manifest.datasets[layer.dataset];
    const coverage = dataset?.tiles ? tileCoverageAt(dataset.tiles, zoom) : null;
    return coverage ? [{ layer, coverage }] : [];
  });
  if (notes.length === 0) return null;
  return (
    <div className="tile-coverage-note" role="status" data-testid="tile-coverage-note">
      {notes.map(({ layer, coverage }) => (
        <p key={layer.id}>
          {t('map.tileCoverage', {
            layer: pick(layer.title, locale),
            drawn: numbers.format(coverage.drawn),
            total: numbers.format(coverage.total),
          })}
          {coverage.completeFrom !== null && (
            <button
              type="button"
              className="link-button"
              onClick={() => onZoomTo(coverage.completeFrom!)}
            >
              {t('map.tileCoverageZoom')}
            </button>
          )}
        </p>
      ))}
    </div>
  );
}
