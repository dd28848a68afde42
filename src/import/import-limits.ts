import { importIssue, type ImportIssue } from './import-issue.ts';

// Kept apart from the pipeline so the page can check a file's size before reading it,
// without bundling the parsers (they live in the worker's bundle).

const MB = 1024 * 1024;
/** Files above this size are refused before reading (100 MB; a 50 MB GeoJSON imports fine). */
export const MAX_FILE_BYTES = 100 * MB;
/** The declared uncompressed size the entries of a zip may reach together (zip-bomb guard). */
export const MAX_EXPANDED_BYTES = 500 * MB;

/** `1.5 MB`, `12 KB`: sizes in messages. */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The issue for a file over the size limit, or undefined when it is within. */
export function checkFileSize(
  file: string,
  size: number,
  limit = MAX_FILE_BYTES,
): ImportIssue | undefined {
  if (size <= limit) return undefined;
  return importIssue(
    'file-too-large',
    { file },
    `文件 ${formatBytes(size)},超过上限 ${formatBytes(limit)};请拆分后再导入`,
    `The file is ${formatBytes(size)}, beyond the ${formatBytes(limit)} limit: split it and import the parts`,
  );
}
