/**
 * The sizes of the layout that decide where the map is free to show features, so that fitting
 * the view keeps them out from under the panels. Each mirrors a value of app.css or embed.css,
 * named beside it.
 */

/** Share of the viewport height a bottom sheet takes when peeking (`--sheet-peek`, 25dvh). */
export const SHEET_PEEK_SHARE = 0.25;
/** A sheet folded to its labelled handle, as the embed's legend is under the details (px). */
export const SHEET_BAR = 44;
/** The notices folded to one line at the bottom edge of the map, with their margin (px). */
export const NOTICE_LINE = 34;
/** Panel width on desktop (`--panel-width`): 340 px, 400 px in 关怀模式. */
const panelWidth = (care: boolean) => (care ? 400 : 340);

/** Padding in px around the part of the map that no panel covers. */
export interface MapPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The planner app: on desktop the side panel (and the inspector beside it) cover the left,
 * the header's search results and the feature list the right; on a phone the bottom sheet
 * peeks from below with the one-line notices on its edge (the header sits above the map).
 */
export function panelPadding({
  phone,
  care,
  inspectorOpen,
  height,
}: {
  phone: boolean;
  care: boolean;
  inspectorOpen: boolean;
  height: number;
}): MapPadding {
  if (phone) {
    return {
      top: 16,
      right: 16,
      bottom: Math.round(height * SHEET_PEEK_SHARE) + NOTICE_LINE,
      left: 16,
    };
  }
  const panel = panelWidth(care) + 12;
  return { top: 90, right: 280, bottom: 60, left: 12 + panel * (inspectorOpen ? 2 : 1) + 24 };
}

/**
 * The embed: on a narrow frame the legend (or the details over the folded legend) peeks from
 * below and the link to the full map sits at the top left; otherwise the panels float at the
 * top corners and the notices at the lower left.
 */
export function embedPadding({
  phone,
  legend,
  details,
  height,
}: {
  phone: boolean;
  /** The legend is shown (`ui` is not `map`). */
  legend: boolean;
  /** The details pane is open (`ui=full` with a feature, measure or indicator). */
  details: boolean;
  height: number;
}): MapPadding {
  if (!phone) return { top: 40, right: 50, bottom: 50, left: 40 };
  const sheet = details
    ? Math.round(height * SHEET_PEEK_SHARE) + (legend ? SHEET_BAR : 0)
    : legend
      ? Math.round(height * SHEET_PEEK_SHARE)
      : 0;
  return { top: 44, right: 16, bottom: sheet + NOTICE_LINE, left: 16 };
}
