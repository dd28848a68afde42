/** Paper sizes an export can be laid out on. */
export type PaperSize = 'A4' | 'A3';
/** Which way up the paper is. */
export type Orientation = 'portrait' | 'landscape';

const MM = 72 / 25.4;
const PORTRAIT: Record<PaperSize, [number, number]> = {
  A4: [210 * MM, 297 * MM],
  A3: [297 * MM, 420 * MM],
};

/** The page size in points (1/72 in) for a paper and orientation. */
export function pageSize(
  paper: PaperSize,
  orientation: Orientation,
): { width: number; height: number } {
  const [w, h] = PORTRAIT[paper];
  return orientation === 'portrait' ? { width: w, height: h } : { width: h, height: w };
}

/** The largest box of the given aspect ratio (width / height) centred inside a frame. */
export function fitInside(
  frame: { x: number; y: number; w: number; h: number },
  aspect: number,
): { x: number; y: number; w: number; h: number } {
  const w = Math.min(frame.w, frame.h * aspect);
  const h = w / aspect;
  return { x: frame.x + (frame.w - w) / 2, y: frame.y + (frame.h - h) / 2, w, h };
}
