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
