import { NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import { maplibreLocale } from '../i18n/i18n.ts';
import { ResetViewControl } from './reset-view-control.ts';
import { type Locale } from '../model/locale.ts';

/**
 * The map's controls (zoom and compass, reset view, scale bar) in the page's language.
 * MapLibre reads a control's labels when it is created, so a language switch recreates them.
 */
export class MapControls {
  private controls: (NavigationControl | ResetViewControl | ScaleControl)[] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly onReset: () => void,
  ) {}

  /** Adds the controls, replacing any shown before, with this label on "reset view". */
  show(resetLabel: string) {
    for (const control of this.controls) this.map.removeControl(control);
    const nav = new NavigationControl({ visualizePitch: false, showCompass: true });
    const reset = new ResetViewControl(resetLabel, this.onReset);
    const scale = new ScaleControl({ unit: 'metric', maxWidth: 120 });
    this.map.addControl(nav, 'top-right');
    this.map.addControl(reset, 'top-right');
    this.map.addControl(scale, 'bottom-right');
    this.controls = [nav, reset, scale];
  }

  /** Switches MapLibre's own strings (control titles, the canvas's name) and the controls. */
  relabel(locale: Locale, resetLabel: string) {
    // `_locale` is MapLibre's own table (typed in its .d.ts); there is no public setter.
    Object.assign(this.map._locale, maplibreLocale(locale));
    this.map.getCanvas().setAttribute('aria-label', maplibreLocale(locale)['Map.Title']!);
    // The scroll hint of cooperative gestures is written once too: rebuild it in the new language.
    const gestures = this.map.cooperativeGestures;
    if (gestures.isEnabled()) {
      gestures.disable();
      gestures.enable();
    }
    this.show(resetLabel);
  }
}
