/** Characters of a value shown before it is shortened (the full value is one action away). */
export const SHOWN_CHARACTERS = 300;

/** A value's text as shown: at most `max` characters, and whether and how much was cut. */
export interface ShortText {
  text: string;
  shortened: boolean;
  /** Characters of the whole value. */
  length: number;
}

/**
 * Shortens text for display: a megabyte of attribute text laid out in a list or the
 * inspector held the page for seconds. Cuts at a code-point boundary (never half of a
 * surrogate pair) and marks the cut with an ellipsis. O(max), whatever the length.
 */
export function shortenText(value: string, max = SHOWN_CHARACTERS): ShortText {
  if (value.length <= max) return { text: value, shortened: false, length: value.length };
  let end = max;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // a high surrogate: keep its pair together
  return { text: `${value.slice(0, end)}…`, shortened: true, length: value.length };
}

/** An attribute value as text: strings as they are, anything else as JSON. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
