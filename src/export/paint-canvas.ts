import { northArrowPoints, type PageLayout } from './draw-op.ts';

/** The system CJK faces the interface uses (PRODUCT.md); no web font is needed on a canvas. */
export const CANVAS_FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Draws a page onto a 2D canvas context, `scale` device pixels per point. */
export function paintCanvas(
  ctx: CanvasRenderingContext2D,
  page: PageLayout,
  map: CanvasImageSource,
  scale: number,
): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.textBaseline = 'alphabetic';
  for (const op of page.ops) {
    ctx.setLineDash([]);
    switch (op.kind) {
      case 'text':
        ctx.font = `${op.size}px ${CANVAS_FONT}`;
        ctx.fillStyle = op.color;
        ctx.textAlign = op.align ?? 'left';
        ctx.fillText(op.text, op.x, op.y);
        break;
      case 'rect':
        if (op.fill) {
          ctx.fillStyle = op.fill;
          ctx.fillRect(op.x, op.y, op.w, op.h);
        }
        if (op.stroke) {
          ctx.setLineDash(op.dashed ? [3, 2] : []);
          ctx.strokeStyle = op.stroke;
          ctx.lineWidth = 0.75;
          ctx.strokeRect(op.x, op.y, op.w, op.h);
        }
        break;
      case 'line':
        ctx.setLineDash(op.dashed ? [3, 2] : []);
        ctx.strokeStyle = op.color;
        ctx.lineWidth = op.width;
        ctx.beginPath();
        ctx.moveTo(op.x1, op.y1);
        ctx.lineTo(op.x2, op.y2);
        ctx.stroke();
        break;
      case 'circle':
        ctx.beginPath();
        ctx.arc(op.x, op.y, op.r, 0, 2 * Math.PI);
        ctx.fillStyle = op.fill;
        ctx.fill();
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = 0.75;
        ctx.stroke();
        break;
      case 'map':
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(map, op.x, op.y, op.w, op.h);
        break;
      case 'north': {
        const points = northArrowPoints(op.x, op.y, op.size, op.bearing);
        ctx.beginPath();
        points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
        ctx.closePath();
        ctx.fillStyle = op.color;
        ctx.fill();
        ctx.font = `${op.size * 0.7}px ${CANVAS_FONT}`;
        ctx.textAlign = 'center';
        const [tx, ty] = northArrowPoints(op.x, op.y, op.size * 1.55, op.bearing)[0]!;
        ctx.fillText('N', tx, ty + op.size * 0.25);
        break;
      }
    }
  }
  ctx.restore();
}
