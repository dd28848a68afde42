/**
 * One drawing instruction of an export page, in points (1/72 in) from the top-left corner.
 * The layouts produce these; the canvas painter (PNG) and the PDF painter draw them the same.
 */
export type DrawOp =
  | {
      kind: 'text';
      x: number;
      y: number;
      size: number;
      text: string;
      color: string;
      align?: 'left' | 'right';
    }
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string;
      stroke?: string;
      dashed?: boolean;
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      color: string;
      width: number;
      dashed?: boolean;
    }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; stroke: string }
  /** The map picture, stretched to this box (the layout keeps its aspect ratio). */
  | { kind: 'map'; x: number; y: number; w: number; h: number }
  /** A north arrow whose tip points to north on the map, i.e. turned by −bearing. */
  | { kind: 'north'; x: number; y: number; size: number; bearing: number; color: string };

/** A page: its size in points and what is drawn on it, in order. */
export interface PageLayout {
  width: number;
  height: number;
  ops: DrawOp[];
}

/** A colour as 0–1 channels, for PDF; accepts #rgb, #rrggbb and rgb()/rgba(). */
export function parseColor(color: string): { r: number; g: number; b: number } {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const n = parseInt(full, 16);
    return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
  }
  const parts = /rgba?\(([^)]+)\)/
    .exec(color)?.[1]
    ?.split(',')
    .map((p) => parseFloat(p));
  if (parts && parts.length >= 3) {
    return { r: parts[0]! / 255, g: parts[1]! / 255, b: parts[2]! / 255 };
  }
  return { r: 0, g: 0, b: 0 };
}

/** The north arrow's outline (tip, right, notch, left) turned by −bearing about its centre. */
export function northArrowPoints(
  x: number,
  y: number,
  size: number,
  bearing: number,
): [number, number][] {
  const a = (-bearing * Math.PI) / 180;
  const turn = ([dx, dy]: [number, number]): [number, number] => [
    x + dx * Math.cos(a) - dy * Math.sin(a),
    y + dx * Math.sin(a) + dy * Math.cos(a),
  ];
  return (
    [
      [0, -size],
      [size * 0.5, size * 0.6],
      [0, size * 0.25],
      [-size * 0.5, size * 0.6],
    ] as [number, number][]
  ).map(turn);
}
