import { type PDFDocument, type PDFFont, type PDFImage, rgb } from 'pdf-lib';
import { northArrowPoints, parseColor, type PageLayout } from './draw-op.ts';

const colour = (c: string) => {
  const { r, g, b } = parseColor(c);
  return rgb(r, g, b);
};

/** Characters the embedded font lacks become "?", rather than an invisible .notdef box. */
export function fontSafe(font: PDFFont): (text: string) => string {
  const known = new Set(font.getCharacterSet());
  return (text) =>
    [...text].map((c) => (known.has(c.codePointAt(0)!) || c === ' ' ? c : '?')).join('');
}

/** Adds a page to the document and draws the layout on it as real (extractable) text and vectors. */
export function paintPdfPage(
  doc: PDFDocument,
  font: PDFFont,
  layout: PageLayout,
  map: PDFImage,
): void {
  const page = doc.addPage([layout.width, layout.height]);
  const safe = fontSafe(font);
  const y = (top: number) => layout.height - top; // PDF's origin is the lower left
  for (const op of layout.ops) {
    switch (op.kind) {
      case 'text': {
        const text = safe(op.text);
        const width = op.align === 'right' ? font.widthOfTextAtSize(text, op.size) : 0;
        page.drawText(text, {
          x: op.x - width,
          y: y(op.y),
          size: op.size,
          font,
          color: colour(op.color),
        });
        break;
      }
      case 'rect':
        page.drawRectangle({
          x: op.x,
          y: y(op.y + op.h),
          width: op.w,
          height: op.h,
          ...(op.fill ? { color: colour(op.fill) } : {}),
          ...(op.stroke ? { borderColor: colour(op.stroke), borderWidth: 0.75 } : {}),
          ...(op.dashed ? { borderDashArray: [3, 2] } : {}),
        });
        break;
      case 'line':
        page.drawLine({
          start: { x: op.x1, y: y(op.y1) },
          end: { x: op.x2, y: y(op.y2) },
          thickness: op.width,
          color: colour(op.color),
          ...(op.dashed ? { dashArray: [3, 2] } : {}),
        });
        break;
      case 'circle':
        page.drawCircle({
          x: op.x,
          y: y(op.y),
          size: op.r,
          color: colour(op.fill),
          borderColor: colour(op.stroke),
          borderWidth: 0.75,
        });
        break;
      case 'map':
        page.drawImage(map, { x: op.x, y: y(op.y + op.h), width: op.w, height: op.h });
        break;
      case 'north': {
        const points = northArrowPoints(op.x, op.y, op.size, op.bearing);
        // drawSvgPath measures y downwards from its origin: put the origin at the top-left corner.
        const path = `M ${points.map(([px, py]) => `${px} ${py}`).join(' L ')} Z`;
        page.drawSvgPath(path, { x: 0, y: layout.height, color: colour(op.color) });
        const [tx, ty] = northArrowPoints(op.x, op.y, op.size * 1.55, op.bearing)[0]!;
        const size = op.size * 0.7;
        page.drawText('N', {
          x: tx - font.widthOfTextAtSize('N', size) / 2,
          y: y(ty + op.size * 0.25),
          size,
          font,
          color: colour(op.color),
        });
        break;
      }
    }
  }
}
