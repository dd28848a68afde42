import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';
import type { Position } from 'geojson';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { formatCoordinates, type CoordinateMode } from '../geo/format-coordinates.ts';
import './map-tools.css';
import { type Locale } from '../model/locale.ts';

/**
 * The position under the cursor (WGS84), throttled to one update per frame; the map's centre
 * before the cursor has been over the map and while the map is moved by keyboard. The last
 * cursor position stays when the cursor leaves, so it can be copied.
 */
export function useCursorPosition(
  map: Pick<MapLibreMap, 'on' | 'off' | 'getCenter'> | null | undefined,
): Position | null {
  const [position, setPosition] = useState<Position | null>(null);
  useEffect(() => {
    if (!map) return;
    let frame = 0;
    let pointer = false;
    const show = (p: Position) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPosition(p));
    };
    const centre = () => {
      const c = map.getCenter();
      return [c.lng, c.lat];
    };
    const onMove = (e: MapMouseEvent) => {
      pointer = true;
      show([e.lngLat.lng, e.lngLat.lat]);
    };
    const onOut = () => {
      pointer = false;
    };
    const onCamera = () => {
      if (!pointer) show(centre());
    };
    show(centre());
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    map.on('move', onCamera);
    return () => {
      cancelAnimationFrame(frame);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      map.off('move', onCamera);
    };
  }, [map]);
  return position;
}

/** Props of {@link CoordinateReadout}. */
export interface CoordinateReadoutProps {
  /** WGS84 position to show, e.g. from {@link useCursorPosition}; null shows nothing yet. */
  position: Position | null;
  locale: Locale;
  /** Default `degrees`. */
  defaultMode?: CoordinateMode;
}

/**
 * The cursor position in degrees (WGS84 ≈ CGCS2000) or in the local Gauss–Krüger zone
 * (EPSG:4545 east of 106.5°E, EPSG:4544 west), with a switch; a click copies the text shown.
 */
export function CoordinateReadout({
  position,
  locale,
  defaultMode = 'degrees',
}: CoordinateReadoutProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<CoordinateMode>(defaultMode);
  const [status, setStatus] = useState('');
  const text = position ? formatCoordinates(position, mode, locale) : '';
  const copy = async () => {
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('coords.copied', { text }));
    } catch {
      // No clipboard outside secure contexts, or permission refused: the text is selectable.
      setStatus(t('coords.copyFailed'));
    }
  };
  return (
    <section
      className="coordinate-readout"
      aria-label={t('coords.label')}
      data-testid="coordinate-readout"
    >
      <div className="coordinate-modes" role="group" aria-label={t('coords.modeLabel')}>
        {(['degrees', 'gauss-kruger'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
            {m === 'degrees' ? t('coords.degrees') : t('coords.gaussKruger')}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="coordinate-value"
        onClick={() => void copy()}
        disabled={!text}
        aria-label={t('coords.copyLabel', { text })}
      >
        {text}
      </button>
      <span className="coordinate-status" role="status">
        {status}
      </span>
    </section>
  );
}
