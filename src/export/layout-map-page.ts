import { type DrawOp, type PageLayout } from './draw-op.ts';
import { layoutMapFrame, type FrameColors, type MapCapture } from './map-frame.ts';
import { wrapText, type MeasureText } from './wrap-text.ts';
import { type LegendSwatch } from '../layers/layer-module.ts';
import type { Locale } from '../model/locale.ts';

/** A visible layer's legend, as the legend panel shows it. */
export interface LegendGroup {
  title: string;
  items: { label: string; swatch: LegendSwatch }[];
}

/** The words printed around the map. */
export interface PageText {
  title: string;
  subtitle: string;
  /** Footer lines: date, data sources with the schematic/sample notices, 审图号. */
  footer: string[];
}

/** Everything a map page needs; `measure(text, size)` gives a text's width in points. */
export interface MapPageInput {
  width: number;
  height: number;
  capture: MapCapture;
  colors: FrameColors & { muted: string };
  text: PageText;
  legendTitle: string;
  legend: LegendGroup[];
  measure: (text: string, size: number) => number;
  /** The scale bar says 公里 or km by the language of the export. */
  locale: Locale;
}

const MARGIN = 28;
const HEADER = 48;
const FOOTER_LINE = 11;

/** The lines of the footer, wrapped to the page, at 8 pt. */
export function footerOps(
  lines: readonly string[],
  x: number,
  bottom: number,
  width: number,
  color: string,
  measure: MeasureText,
): { ops: DrawOp[]; height: number } {
  const wrapped = lines.flatMap((line) => wrapText(line, width, measure));
  const top = bottom - wrapped.length * FOOTER_LINE;
  return {
    height: wrapped.length * FOOTER_LINE + 6,
    ops: wrapped.map((text, i) => ({
      kind: 'text',
      x,
      y: top + (i + 1) * FOOTER_LINE - 2,
      size: 8,
      text,
      color,
    })),
  };
}

/** Legend rows in a column: a layer title, then a swatch and label per item; cut with … if full. */
export function legendOps(
  groups: readonly LegendGroup[],
  title: string,
  box: { x: number; y: number; w: number; h: number },
  colors: { text: string; muted: string; border: string },
): DrawOp[] {
  const ops: DrawOp[] = [
    { kind: 'text', x: box.x, y: box.y + 12, size: 11, text: title, color: colors.text },
  ];
  let y = box.y + 30;
  const bottom = box.y + box.h;
  for (const group of groups) {
    if (y + 12 > bottom) {
      ops.push({ kind: 'text', x: box.x, y, size: 9, text: '…', color: colors.muted });
      break;
    }
    ops.push({ kind: 'text', x: box.x, y, size: 9, text: group.title, color: colors.text });
    y += 14;
    for (const item of group.items) {
      if (y + 4 > bottom) break;
      ops.push(...swatchOps(item.swatch, box.x, y - 8, colors.border));
      ops.push({ kind: 'text', x: box.x + 22, y, size: 8, text: item.label, color: colors.muted });
      y += 13;
    }
    y += 6;
  }
  return ops;
}

/** A legend swatch (16 × 9 pt) drawn from the same tokens as the map: fill, line or point. */
function swatchOps(swatch: LegendSwatch, x: number, y: number, border: string): DrawOp[] {
  if (swatch.shape === 'line') {
    return [
      {
        kind: 'line',
        x1: x,
        y1: y + 5,
        x2: x + 16,
        y2: y + 5,
        color: swatch.color,
        width: 2.5,
        dashed: swatch.dashed ?? false,
      },
    ];
  }
  if (swatch.shape === 'point') {
    return [{ kind: 'circle', x: x + 8, y: y + 5, r: 4, fill: swatch.color, stroke: border }];
  }
  return [
    {
      kind: 'rect',
      x,
      y,
      w: 16,
      h: 10,
      fill: swatch.color,
      stroke: swatch.dashed ? swatch.color : border,
      dashed: swatch.dashed ?? false,
    },
  ];
}

/**
 * Where a map page puts its map (and what is around it): known before the map is drawn, so the
 * export can draw the map at the frame's own proportions.
 */
export function mapPageFrame(
  input: Pick<MapPageInput, 'width' | 'height' | 'colors' | 'text' | 'measure'>,
) {
  const { width, height, colors, text, measure } = input;
  const inner = width - 2 * MARGIN;
  const footer = footerOps(text.footer, MARGIN, height - MARGIN, inner, colors.muted, (t) =>
    measure(t, 8),
  );
  const legendWidth = Math.min(170, inner * 0.3);
  const top = MARGIN + HEADER;
  const mapFrame = {
    x: MARGIN,
    y: top,
    w: inner - legendWidth - 14,
    h: height - MARGIN - footer.height - top,
  };
  return { mapFrame, footer, legendWidth, top };
}

/**
 * A map page: title and subtitle on top, the map with scale bar and north arrow, the legend
 * of the visible layers beside it (on the right), and the footer with date, sources, notices
 * and the 审图号 along the bottom.
 */
export function layoutMapPage(input: MapPageInput): PageLayout {
  const { width, height, colors, text } = input;
  const { mapFrame, footer, legendWidth, top } = mapPageFrame(input);
  return {
    width,
    height,
    ops: [
      { kind: 'rect', x: 0, y: 0, w: width, h: height, fill: colors.surface },
      { kind: 'text', x: MARGIN, y: MARGIN + 18, size: 18, text: text.title, color: colors.text },
      {
        kind: 'text',
        x: MARGIN,
        y: MARGIN + 36,
        size: 10,
        text: text.subtitle,
        color: colors.muted,
      },
      ...layoutMapFrame(mapFrame, input.capture, colors, input.locale),
      ...legendOps(
        input.legend,
        input.legendTitle,
        { x: mapFrame.x + mapFrame.w + 14, y: top, w: legendWidth, h: mapFrame.h },
        colors,
      ),
      ...footer.ops,
    ],
  };
}
