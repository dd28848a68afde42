/** A cell value: written as text; null and undefined become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

// Excel needs the byte-order mark to read UTF-8 (else 观山湖区 turns into mojibake).
const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe:
 * exported names come from data anyone can import (CSV injection).
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralise(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF, quotes doubled) with a UTF-8 BOM, so Excel opens Chinese correctly. */
export function writeCsv(
  columns: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  const lines = [columns, ...rows].map((row) => row.map(cell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
