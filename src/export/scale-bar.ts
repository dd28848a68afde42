import type { Locale } from '../model/locale.ts';

/** Earth's equatorial circumference in metres (WGS84), as MapLibre's scale control uses it. */
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/** Metres covered by one CSS pixel of a MapLibre map (512 px tiles) at this zoom and latitude. */
export function metresPerPixel(zoom: number, latitude: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** A scale bar: its length in output units, the distance it stands for, and its label. */
export interface ScaleBar {
  length: number;
  metres: number;
  label: string;
}

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ metres) whose bar fits in `maxLength` output
 * units, given how many metres one output unit covers; labelled in 米/公里 on a Chinese map and
 * m/km on an English one.
 */
export function scaleBar(metresPerUnit: number, maxLength: number, locale: Locale): ScaleBar {
  const maxMetres = metresPerUnit * maxLength;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  const label =
    metres >= 1000
      ? `${metres / 1000} ${locale === 'zh' ? '公里' : 'km'}`
      : `${metres} ${locale === 'zh' ? '米' : 'm'}`;
  return { length: metres / metresPerUnit, metres, label };
}
