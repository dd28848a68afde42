import { useRef } from 'react';

interface SheetHandleProps {
  /** The sheet is pulled up (expanded) rather than peeking. */
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  /** Id of the element the handle shows and hides more of (`aria-controls`). */
  controls: string;
  /** The sheet's name: the handle's accessible name, and its visible text with `showLabel`. */
  label: string;
  /** Show the name beside the grab bar (a sheet that can fold down to its handle). */
  showLabel?: boolean;
}

/** How far (px) a finger must drag the handle before it counts as a swipe, not a tap. */
const SWIPE = 24;

/**
 * The grab handle of a bottom sheet on a phone: a button (tap, Enter or Space toggles; its
 * `aria-expanded` says which state the sheet is in) that also follows a swipe up or down, so
 * the sheet works with one thumb. Hidden by CSS where the panels are not sheets.
 */
export function SheetHandle({
  expanded,
  onExpandedChange,
  controls,
  label,
  showLabel = false,
}: SheetHandleProps) {
  const start = useRef<number | null>(null);
  const swiped = useRef(false);
  return (
    <button
      type="button"
      className={`sheet-handle${showLabel ? ' with-label' : ''}`}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={showLabel ? undefined : label}
      data-testid="sheet-handle"
      onPointerDown={(e) => {
        start.current = e.clientY;
        swiped.current = false;
        e.currentTarget.setPointerCapture?.(e.pointerId);
      }}
      onPointerUp={(e) => {
        if (start.current === null) return;
        const dy = e.clientY - start.current;
        start.current = null;
        if (Math.abs(dy) < SWIPE) return;
        swiped.current = true;
        onExpandedChange(dy < 0);
      }}
      onPointerCancel={() => {
        start.current = null;
      }}
      onClick={() => {
        // The click that ends a swipe has done its work already.
        if (swiped.current) swiped.current = false;
        else onExpandedChange(!expanded);
      }}
    >
      <span className="sheet-grip" aria-hidden="true" />
      {showLabel && (
        <span className="sheet-handle-label">
          {label}
          <span className="sheet-handle-arrow" aria-hidden="true">
            {expanded ? '▾' : '▴'}
          </span>
        </span>
      )}
    </button>
  );
}
