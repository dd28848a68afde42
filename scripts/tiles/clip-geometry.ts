/**
 * Clips lines and rings (flat [x0, y0, x1, y1, …] lists in tile units) to the band
 * `min ≤ coordinate ≤ max` on one axis; clipping on x, then on y, cuts a geometry to a tile
 * and its buffer. The same algorithm as geojson-vt's `clip.js` (ISC), which MapLibre's own
 * GeoJSON tiling uses, so tiles cut here meet at their edges as MapLibre's do.
 */

/** Axis of a clip: 0 = x, 1 = y. */
export type Axis = 0 | 1;

function intersect(
  out: number[],
  ax: number,
  ay: number,
  bx: number,
  by: number,
  k: number,
  axis: Axis,
) {
  if (axis === 0) out.push(k, ay + ((k - ax) * (by - ay)) / (bx - ax));
  else out.push(ax + ((k - ay) * (bx - ax)) / (by - ay), k);
}

/**
 * The pieces of a line (or, with `ring`, a closed ring: first position repeated last) inside
 * the band. A line leaving and re-entering the band gives several pieces; a ring stays one
 * ring, walking along the band's edge where it was cut, and is closed again.
 */
export function clipToBand(
  points: readonly number[],
  min: number,
  max: number,
  axis: Axis,
  ring: boolean,
): number[][] {
  const pieces: number[][] = [];
  let piece: number[] = [];
  for (let i = 0; i < points.length - 2; i += 2) {
    const ax = points[i]!;
    const ay = points[i + 1]!;
    const bx = points[i + 2]!;
    const by = points[i + 3]!;
    const a = axis === 0 ? ax : ay;
    const b = axis === 0 ? bx : by;
    let exited = false;
    if (a < min) {
      if (b > min) intersect(piece, ax, ay, bx, by, min, axis); // enters from below
    } else if (a > max) {
      if (b < max) intersect(piece, ax, ay, bx, by, max, axis); // enters from above
    } else {
      piece.push(ax, ay);
    }
    if (b < min && a >= min) {
      intersect(piece, ax, ay, bx, by, min, axis); // leaves below
      exited = true;
    }
    if (b > max && a <= max) {
      intersect(piece, ax, ay, bx, by, max, axis); // leaves above
      exited = true;
    }
    if (!ring && exited) {
      pieces.push(piece);
      piece = [];
    }
  }
  const lx = points[points.length - 2]!;
  const ly = points[points.length - 1]!;
  const last = axis === 0 ? lx : ly;
  if (last >= min && last <= max) piece.push(lx, ly);
  const n = piece.length;
  if (ring && n >= 6 && (piece[n - 2] !== piece[0] || piece[n - 1] !== piece[1]))
    piece.push(piece[0]!, piece[1]!);
  if (piece.length) pieces.push(piece);
  return pieces.filter((p) => p.length >= 4);
}

/** Clips to the box [min, max]² (a tile and its buffer, in tile units). */
export function clipToBox(
  points: readonly number[],
  min: number,
  max: number,
  ring: boolean,
): number[][] {
  return clipToBand(points, min, max, 0, ring).flatMap((p) => clipToBand(p, min, max, 1, ring));
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  let dx = bx - ax;
  let dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      ax = bx;
      ay = by;
    } else if (t > 0) {
      ax += dx * t;
      ay += dy * t;
    }
  }
  dx = px - ax;
  dy = py - ay;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker: the positions of `points` that keep the line within `tolerance` of the
 * original (first and last always kept). Tolerance 0 returns the points unchanged.
 */
export function simplifyLine(points: readonly number[], tolerance: number): number[] {
  const n = points.length / 2;
  if (tolerance <= 0 || n <= 2) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack = [0, n - 1];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    let worst = -1;
    let worstD = t2;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(
        points[2 * i]!,
        points[2 * i + 1]!,
        points[2 * first]!,
        points[2 * first + 1]!,
        points[2 * last]!,
        points[2 * last + 1]!,
      );
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push(first, worst, worst, last);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(points[2 * i]!, points[2 * i + 1]!);
  return out;
}
