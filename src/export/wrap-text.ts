/** Width of a text at the size the caller uses; from a canvas or a PDF font. */
export type MeasureText = (text: string) => number;

/**
 * Breaks a paragraph into lines no wider than `maxWidth`. Chinese may break between any two
 * characters; a Latin word is kept whole where a space allows it, and a line never starts with
 * a closing punctuation mark (避头点: ,。、;:)》」).
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const char of paragraph) {
      const next = line + char;
      if (measure(next) <= maxWidth || line === '' || /[,。、;:)》」!?,.;:)]/.test(char)) {
        line = next;
        continue;
      }
      const space = line.lastIndexOf(' ');
      if (/[A-Za-z0-9]/.test(char) && space > 0) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + char;
      } else {
        lines.push(line);
        line = char === ' ' ? '' : char;
      }
    }
    lines.push(line);
  }
  return lines;
}
