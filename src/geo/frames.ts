import { FRAMES, type Frame } from '../model/frames.ts';

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
