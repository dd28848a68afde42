import type { Position } from 'geojson';
import { transformFromWgs84 } from './transform-position.ts';
import { type Locale } from '../model/locale.ts';

/** What the coordinate readout shows: degrees, or metres in the local Gauss–Krüger zone. */
export type CoordinateMode = 'degrees' | 'gauss-kruger';

/** The local 3-degree zone: 108°E (EPSG:4545) east of 106.5°E, 105°E (EPSG:4544) west of it. */
export function localGaussKrugerFrame(longitude: number): 'EPSG:4544' | 'EPSG:4545' {
  // Zone boundary at 106.5°E (DATA-SOURCES): central Guiyang is 108°E, western Qingzhen 105°E.
  return longitude >= 106.5 ? 'EPSG:4545' : 'EPSG:4544';
}

/** `东经 106.713800°,北纬 26.578300°` or `106.713800° E, 26.578300° N` (6 decimals ≈ 0.1 m). */
export function formatDegrees([lon, lat]: Position, locale: Locale): string {
  const x = Math.abs(lon!).toFixed(6);
  const y = Math.abs(lat!).toFixed(6);
  if (locale === 'zh') {
    return `${lon! < 0 ? '西经' : '东经'} ${x}°,${lat! < 0 ? '南纬' : '北纬'} ${y}°`;
  }
  return `${x}° ${lon! < 0 ? 'W' : 'E'}, ${y}° ${lat! < 0 ? 'S' : 'N'}`;
}

/** A position in its local Gauss–Krüger zone (CGCS2000), metres to the centimetre. */
export interface GaussKrugerReadout {
  frame: 'EPSG:4544' | 'EPSG:4545';
  easting: number;
  northing: number;
  /** zh names the axes the Chinese survey way, X = north, Y = east, to avoid the usual mix-up. */
  text: string;
}

/** Converts a WGS84 position to the local zone and formats it. */
export function formatGaussKruger(position: Position, locale: Locale): GaussKrugerReadout {
  const frame = localGaussKrugerFrame(position[0]!);
  const [easting, northing] = transformFromWgs84(frame)(position) as [number, number];
  const e = easting.toFixed(2);
  const n = northing.toFixed(2);
  const text =
    locale === 'zh' ? `X(北)${n} 米,Y(东)${e} 米 · ${frame}` : `E ${e} m, N ${n} m · ${frame}`;
  return { frame, easting, northing, text };
}

/** The readout text of a WGS84 position in either mode. */
export function formatCoordinates(
  position: Position,
  mode: CoordinateMode,
  locale: Locale,
): string {
  return mode === 'degrees'
    ? formatDegrees(position, locale)
    : formatGaussKruger(position, locale).text;
}
