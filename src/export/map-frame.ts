import { type DrawOp } from './draw-op.ts';
import { fitInside } from './paper.ts';
import { metresPerPixel, scaleBar } from './scale-bar.ts';
import type { Locale } from '../model/locale.ts';

/** What is known about the captured map picture. */
export interface MapCapture {
  /** Size of the picture in CSS pixels (the map canvas's client size). */
  width: number;
  height: number;
  zoom: number;
  latitude: number;
  bearing: number;
}

/** Colours of the map frame's furniture. */
export interface FrameColors {
  land: string;
  border: string;
  text: string;
  surface: string;
}

/**
 * The map picture fitted into a frame with its border, a scale bar (lower left) measured at
 * the picture's own scale, and a north arrow (upper right) turned by the bearing.
 */
export function layoutMapFrame(
  frame: { x: number; y: number; w: number; h: number },
  capture: MapCapture,
  colors: FrameColors,
  locale: Locale,
): DrawOp[] {
  const image = fitInside(frame, capture.width / capture.height);
  // Points per CSS pixel of the picture, hence metres per point on paper.
  const scale = image.w / capture.width;
  const bar = scaleBar(
    metresPerPixel(capture.zoom, capture.latitude) / scale,
    Math.min(100, image.w / 4),
    locale,
  );
  const bx = image.x + 10;
  const by = image.y + image.h - 12;
  return [
    { kind: 'rect', ...frame, fill: colors.land },
    { kind: 'map', ...image },
    { kind: 'rect', ...frame, stroke: colors.border },
    { kind: 'rect', x: bx - 4, y: by - 16, w: bar.length + 8, h: 22, fill: colors.surface },
    { kind: 'line', x1: bx, y1: by, x2: bx + bar.length, y2: by, color: colors.text, width: 1.5 },
    { kind: 'line', x1: bx, y1: by - 4, x2: bx, y2: by, color: colors.text, width: 1 },
    {
      kind: 'line',
      x1: bx + bar.length,
      y1: by - 4,
      x2: bx + bar.length,
      y2: by,
      color: colors.text,
      width: 1,
    },
    { kind: 'text', x: bx, y: by - 6, size: 8, text: bar.label, color: colors.text },
    {
      kind: 'north',
      x: image.x + image.w - 22,
      y: image.y + 26,
      size: 14,
      bearing: capture.bearing,
      color: colors.text,
    },
  ];
}
