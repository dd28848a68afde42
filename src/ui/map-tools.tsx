import { type Map as MapLibreMap } from 'maplibre-gl';
import { type Palette } from '../theme/palette.ts';
import { CoordinateReadout, useCursorPosition } from './coordinate-readout.tsx';
import { MeasureToolPanel } from './measure-tool-panel.tsx';
import { type Locale } from '../model/locale.ts';

interface MapToolsProps {
  map: MapLibreMap | null;
  palette: Palette;
  locale: Locale;
  /** While measuring, clicks add vertices instead of selecting features. */
  onMeasuringChange: (active: boolean) => void;
}

/** The planner's map tools at the lower right: cursor coordinates and distance/area measure. */
export function MapTools({ map, palette, locale, onMeasuringChange }: MapToolsProps) {
  const position = useCursorPosition(map);
  return (
    <div className="map-tools" data-testid="map-tools">
      <MeasureToolPanel
        map={map}
        palette={palette}
        locale={locale}
        onActiveChange={onMeasuringChange}
      />
      <CoordinateReadout position={position} locale={locale} />
    </div>
  );
}
