/**
 * The media types of the files a build contains, by extension: the Node server and the nginx
 * configuration both print this table, so a file has the same type wherever it is served.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  // RFC 9239: text/javascript is the one type for JavaScript, modules (.mjs) included.
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  // Read by byte ranges; there is no registered type for PMTiles.
  pmtiles: 'application/octet-stream',
  wasm: 'application/wasm',
};

/** The media type of a file by its name; unknown extensions are plain bytes. */
export function contentTypeOf(path: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return (extension && MIME_TYPES[extension]) || 'application/octet-stream';
}
