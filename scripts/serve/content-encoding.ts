/**
 * Which responses are compressed, and how a request's Accept-Encoding picks the encoding. The
 * Node server and the nginx configuration read the same list, so both compress the same files.
 */

/**
 * Media types sent compressed (text, for which gzip and brotli save 70–90 %). Not PMTiles,
 * fonts or images: their bytes are compressed already, and PMTiles are read by byte ranges,
 * which must address the file's own bytes.
 */
export const COMPRESSIBLE_TYPES = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'application/geo+json',
  'image/svg+xml',
] as const;

/** nginx's `gzip_min_length`: below this a compressed response saves less than its headers. */
export const MIN_COMPRESS_BYTES = 1024;

/** The encodings the servers send, best first: brotli is ~15 % smaller than gzip on our files. */
export const ENCODINGS = ['br', 'gzip'] as const;
/** One of {@link ENCODINGS}. */
export type Encoding = (typeof ENCODINGS)[number];

/** The file suffix of a precompressed sibling (`app.js.br`, `app.js.gz`). */
export const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Whether responses of this media type (parameters allowed) are compressed. */
export function isCompressible(contentType: string): boolean {
  const base = contentType.split(';')[0]!.trim().toLowerCase();
  return (COMPRESSIBLE_TYPES as readonly string[]).includes(base);
}

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3), among those
 * `available`: the highest q-value wins, brotli before gzip at equal q; `q=0` refuses an
 * encoding, `*` stands for any not named. Null: send the file as it is.
 */
export function negotiateEncoding(
  header: string | undefined,
  available: readonly Encoding[] = ENCODINGS,
): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    const value = weight === undefined ? 1 : Number(weight);
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of ENCODINGS) {
    if (!available.includes(encoding)) continue;
    const weight = q.get(encoding) ?? q.get('*') ?? 0;
    if (weight > bestQ) {
      best = encoding;
      bestQ = weight;
    }
  }
  return best;
}
