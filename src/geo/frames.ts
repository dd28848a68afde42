/**
 * The coordinate frames the product understands. Everything is converted to EPSG:4326
 * (WGS84 degrees) at build or import time; CGCS2000 (EPSG:4490) differs from it by
 * centimetres, far below the accuracy of any dataset here.
 */
export const FRAMES = [
  'EPSG:4326',
  'EPSG:4490',
  'GCJ-02',
  'BD-09',
  'EPSG:4544',
  'EPSG:4545',
  'EPSG:4523',
  'EPSG:4524',
] as const;

/** One of {@link FRAMES}. */
export type Frame = (typeof FRAMES)[number];

/** The frame every built asset and the map use. */
export const PROJECT_FRAME: Frame = 'EPSG:4326';

/** Whether coordinates in this frame are degrees (as opposed to projected metres). */
export function isGeographicFrame(frame: Frame): boolean {
  return !frame.startsWith('EPSG:45');
}

/** Reads a frame name as files write it (`EPSG:4490`, `urn:ogc:def:crs:EPSG::4545`, `gcj02`). */
export function parseFrameName(name: string): Frame | undefined {
  const trimmed = name.trim();
  const epsg = /EPSG:{1,2}(\d{4,5})$/i.exec(trimmed);
  if (epsg) {
    const candidate = `EPSG:${epsg[1]}`;
    return (FRAMES as readonly string[]).includes(candidate) ? (candidate as Frame) : undefined;
  }
  if (/OGC:1\.3:CRS84$/i.test(trimmed)) return 'EPSG:4326';
  const compact = trimmed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (compact === 'GCJ02') return 'GCJ-02';
  if (compact === 'BD09') return 'BD-09';
  return undefined;
}
