import type { LocalizedText } from './locale.ts';

/** A table that explains a figure (km by district, stations opened per year, …). */
export interface FigureBreakdown {
  title: LocalizedText;
  /** Column headings; the first column is the row label. */
  columns: LocalizedText[];
  rows: {
    label: LocalizedText;
    values: LocalizedText[];
    /** Share of the largest row, 0–1, drawn as a bar beside the first value. */
    bar?: number;
  }[];
}

/** A value computed from a layer's data for one indicator of the plan, with where it comes from. */
export interface ComputedValue {
  /** The figure in words, e.g. "312.4 公里" / "312.4 km". */
  text: LocalizedText;
  /** Progress towards the target, 0–1, when the target is a number the figure compares to. */
  progress: number | null;
  /** The layer it was computed from; its dataset's provenance says whether it is sample data. */
  layer: string;
  /** For a figure about a measure rather than an indicator: the measure and the heading. */
  about?: { measure: string; title: LocalizedText };
  /** What exactly was counted. */
  basis: LocalizedText;
  /** Tables that explain the figure. */
  breakdowns?: FigureBreakdown[];
  /** What falls short of the target, by name (e.g. the 乡/镇 without a station). */
  shortfall?: { title: LocalizedText; items: LocalizedText[] };
}
