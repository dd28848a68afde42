import { type DrawOp, type PageLayout } from './draw-op.ts';
import { type FrameColors, layoutMapFrame, type MapCapture } from './map-frame.ts';
import { footerOps, type PageText } from './layout-map-page.ts';
import { pageSize } from './paper.ts';
import { wrapText } from './wrap-text.ts';
import type { Locale } from '../model/locale.ts';

/** A measure or an indicator on the sheet: a heading and its paragraphs. */
export interface SheetBlock {
  heading: string;
  paragraphs: string[];
}

/** "关联措施" or "指标", with their blocks. */
export interface SheetSection {
  heading: string;
  blocks: SheetBlock[];
}

/** Everything a policy sheet needs; `measure(text, size)` gives a text's width in points. */
export interface PolicySheetInput {
  capture: MapCapture;
  colors: FrameColors & { muted: string; accent: string };
  text: PageText;
  sections: SheetSection[];
  /** "第 1 / 2 页". */
  pageLabel: (page: number, pages: number) => string;
  /** Printed when the text does not fit on two pages. */
  truncated: string;
  measure: (text: string, size: number) => number;
  /** The scale bar says 公里 or km by the language of the export. */
  locale: Locale;
}

/** The longest a policy sheet gets: a one-pager, or two pages for a long measure. */
export const MAX_SHEET_PAGES = 2;
const MARGIN = 42;
const MAP_HEIGHT = 250;

interface Line {
  text: string;
  size: number;
  color: string;
  indent: number;
  /** Extra space above the line. */
  gap: number;
}

/** The sections as lines of text, wrapped to the column. */
function flowLines(input: PolicySheetInput, width: number): Line[] {
  const { colors, measure } = input;
  const lines: Line[] = [];
  const add = (text: string, size: number, color: string, indent: number, gap: number) =>
    wrapText(text, width - indent, (t) => measure(t, size)).forEach((t, i) =>
      lines.push({ text: t, size, color, indent, gap: i === 0 ? gap : 0 }),
    );
  for (const section of input.sections) {
    add(section.heading, 13, colors.accent, 0, 14);
    for (const block of section.blocks) {
      add(block.heading, 10.5, colors.text, 0, 8);
      for (const p of block.paragraphs) add(p, 9, colors.muted, 10, 3);
    }
  }
  return lines;
}

/** The policy sheet's map extract on paper (A4 portrait, full width). */
export function policySheetMapFrame(): { w: number; h: number } {
  const { width } = pageSize('A4', 'portrait');
  return { w: width - 2 * MARGIN, h: MAP_HEIGHT };
}

/**
 * A policy sheet on A4 portrait: title and subject, a map extract with scale bar and north
 * arrow, then the linked measures' text and the indicators with targets and computed values,
 * flowing onto a second page if needed (and cut there, saying so); footer on every page.
 */
export function layoutPolicySheet(input: PolicySheetInput): PageLayout[] {
  const { width, height } = pageSize('A4', 'portrait');
  const { colors, text, measure } = input;
  const inner = width - 2 * MARGIN;
  const footer = footerOps(text.footer, MARGIN, height - MARGIN, inner, colors.muted, (t) =>
    measure(t, 8),
  );
  const bottom = height - MARGIN - footer.height - 8;
  const pages: DrawOp[][] = [];
  const header = (): DrawOp[] => [
    { kind: 'rect', x: 0, y: 0, w: width, h: height, fill: colors.surface },
    { kind: 'text', x: MARGIN, y: MARGIN + 16, size: 16, text: text.title, color: colors.text },
    {
      kind: 'text',
      x: MARGIN,
      y: MARGIN + 34,
      size: 11,
      text: text.subtitle,
      color: colors.accent,
    },
    {
      kind: 'line',
      x1: MARGIN,
      y1: MARGIN + 44,
      x2: width - MARGIN,
      y2: MARGIN + 44,
      color: colors.border,
      width: 0.75,
    },
    ...footer.ops,
  ];
  let ops = [
    ...header(),
    ...layoutMapFrame(
      { x: MARGIN, y: MARGIN + 54, w: inner, h: MAP_HEIGHT },
      input.capture,
      colors,
      input.locale,
    ),
  ];
  let y = MARGIN + 54 + MAP_HEIGHT + 4;
  for (const line of flowLines(input, inner)) {
    const advance = line.gap + line.size * 1.45;
    if (y + advance > bottom) {
      pages.push(ops);
      if (pages.length === MAX_SHEET_PAGES) break;
      ops = header();
      y = MARGIN + 50;
    }
    y += advance;
    ops.push({
      kind: 'text',
      x: MARGIN + line.indent,
      y,
      size: line.size,
      text: line.text,
      color: line.color,
    });
  }
  if (pages.length < MAX_SHEET_PAGES) pages.push(ops);
  else {
    // The last page keeps its lines; the note goes under the last one that fitted.
    const last = pages[MAX_SHEET_PAGES - 1]!;
    last.push({
      kind: 'text',
      x: MARGIN,
      y: Math.min(y + 12, bottom + 4),
      size: 8,
      text: input.truncated,
      color: colors.accent,
    });
  }
  return pages.map((pageOps, i) => ({
    width,
    height,
    ops: [
      ...pageOps,
      {
        kind: 'text',
        x: width - MARGIN,
        y: MARGIN + 16,
        size: 8,
        text: input.pageLabel(i + 1, pages.length),
        color: colors.muted,
        align: 'right',
      },
    ],
  }));
}
