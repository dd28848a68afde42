import proj4 from 'proj4';
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import { type Frame } from '../model/frames.ts';

// CGCS2000 3-degree Gauss–Krüger zones (EPSG definitions). proj4 is imported here only.
const GAUSS_KRUGER: Partial<Record<Frame, string>> = {
  'EPSG:4544':
    '+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4545':
    '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4523':
    '+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=35500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:4524':
    '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=36500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
};

/** A function from one frame's positions to another's (degrees to 1e-7° ~1 cm, metres to 1 mm). */
export type PositionTransform = (position: Position) => Position;

const round = (value: number) => Math.round(value * 1e7) / 1e7;
const roundMetres = (value: number) => Math.round(value * 1e3) / 1e3;

/** Returns the transform from `frame` to WGS84 (EPSG:4326). */
export function transformToWgs84(frame: Frame): PositionTransform {
  switch (frame) {
    case 'EPSG:4326':
    case 'EPSG:4490': // CGCS2000 and WGS84 agree within centimetres
      return (p) => p;
    case 'GCJ-02':
    case 'BD-09': {
      const from = frame === 'GCJ-02' ? gcoord.GCJ02 : gcoord.BD09;
      return (p) => {
        const [x, y] = gcoord.transform([p[0]!, p[1]!], from, gcoord.WGS84);
        return [round(x), round(y)];
      };
    }
    default: {
      const converter = proj4(GAUSS_KRUGER[frame]!, 'EPSG:4326');
      return (p) => {
        const [x, y] = converter.forward([p[0]!, p[1]!]);
        return [round(x!), round(y!)];
      };
    }
  }
}

/**
 * Returns the transform from WGS84 (EPSG:4326) to `frame`: for the cursor readout, for
 * writing test fixtures and for round trips. Degrees come back to 1e-7°, metres to 1 mm.
 */
export function transformFromWgs84(frame: Frame): PositionTransform {
  switch (frame) {
    case 'EPSG:4326':
    case 'EPSG:4490':
      return (p) => p;
    case 'GCJ-02':
    case 'BD-09': {
      const to = frame === 'GCJ-02' ? gcoord.GCJ02 : gcoord.BD09;
      return (p) => {
        const [x, y] = gcoord.transform([p[0]!, p[1]!], gcoord.WGS84, to);
        return [round(x), round(y)];
      };
    }
    default: {
      const converter = proj4('EPSG:4326', GAUSS_KRUGER[frame]!);
      return (p) => {
        const [x, y] = converter.forward([p[0]!, p[1]!]);
        return [roundMetres(x!), roundMetres(y!)];
      };
    }
  }
}
