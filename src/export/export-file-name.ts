/** What an export produces, as its file name says. */
export type ExportKind = 'map' | 'sheet' | 'data';

/** The local date as YYYY-MM-DD, used in file names and printed on exports. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A file name that every operating system and mail client accepts: ASCII only, the subject
 * reduced to letters, digits and dashes, e.g. `guiyang-plan-sheet-measure-3-1-2025-06-01.pdf`.
 */
export function exportFileName(
  kind: ExportKind,
  parts: readonly string[],
  date: Date,
  extension: string,
): string {
  const slug = parts
    .map((p) => p.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return [`guiyang-plan-${kind}`, ...slug, isoDate(date)].join('-') + `.${extension}`;
}
