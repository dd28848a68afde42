import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import { formatArea, formatLength } from '../geo/format-measure.ts';
import {
  MeasureTool,
  type MeasureMap,
  type MeasureMode,
  type MeasureResult,
} from '../map/measure-tool.ts';
import type { Palette } from '../theme/palette.ts';
import './map-tools.css';
import { type Locale } from '../model/locale.ts';

/** Props of {@link MeasureToolPanel}. */
export interface MeasureToolPanelProps {
  /** The MapLibre map (PlanMap's `map`); null until it exists. */
  map: MeasureMap | null;
  palette: Palette;
  locale: Locale;
  /** Told when measuring starts and ends, so map clicks do not select features meanwhile. */
  onActiveChange?: (active: boolean) => void;
}

/**
 * Buttons to measure distance or area on the map, and the result: geodesic on the CGCS2000
 * ellipsoid, in m/km and m²/公顷/亩, announced to screen readers as it changes.
 */
export function MeasureToolPanel({ map, palette, locale, onActiveChange }: MeasureToolPanelProps) {
  const { t } = useTranslation();
  const tool = useRef<MeasureTool | null>(null);
  const [mode, setMode] = useState<MeasureMode | null>(null);
  const [result, setResult] = useState<MeasureResult | null>(null);
  const active = useRef(onActiveChange);
  useEffect(() => {
    active.current = onActiveChange;
  });

  useEffect(() => {
    if (!map) return;
    const created = new MeasureTool(map, {
      color: palette.measureTool,
      haloColor: palette.labelHalo,
      onChange: (r) => {
        setResult(r);
        if (!r || r.finished) active.current?.(false);
        if (!r) setMode(null);
      },
    });
    tool.current = created;
    return () => {
      created.destroy();
      tool.current = null;
    };
  }, [map, palette]);

  const begin = (m: MeasureMode) => {
    setMode(m);
    tool.current?.start(m);
    active.current?.(true);
  };
  const length = result ? formatLength(result.lengthMetres, locale) : '';
  const area =
    result?.areaSquareMetres != null ? formatArea(result.areaSquareMetres, locale).text : '';
  return (
    <section
      className="measure-tool-panel"
      aria-labelledby="measure-tool-heading"
      data-testid="measure-tool"
    >
      <h2 id="measure-tool-heading">{t('measure.heading')}</h2>
      <div className="measure-tool-buttons">
        <button
          type="button"
          aria-pressed={mode === 'distance'}
          disabled={!map}
          onClick={() => begin('distance')}
        >
          {t('measure.distance')}
        </button>
        <button
          type="button"
          aria-pressed={mode === 'area'}
          disabled={!map}
          onClick={() => begin('area')}
        >
          {t('measure.area')}
        </button>
        <button
          type="button"
          disabled={!result || result.finished}
          onClick={() => tool.current?.finish()}
        >
          {t('measure.finish')}
        </button>
        <button type="button" disabled={!result && !mode} onClick={() => tool.current?.cancel()}>
          {t('measure.clear')}
        </button>
      </div>
      {mode && <p className="measure-tool-hint">{t('measure.hint')}</p>}
      <div aria-live="polite" data-testid="measure-result">
        {result && (
          <>
            <p className="measure-tool-result">
              {result.mode === 'area' ? t('measure.perimeter') : t('measure.length')}:{length}
            </p>
            {area && (
              <p className="measure-tool-result">
                {t('measure.areaLabel')}:{area}
              </p>
            )}
            <p className="measure-tool-hint">
              {t('measure.vertices', { count: result.vertices.length })} · {t('measure.method')}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
