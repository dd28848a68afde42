import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteConfig } from '../../src/config/site-config.ts';
import { precompressDir } from './precompress-dir.ts';
import { contentSecurityPolicy } from './security-headers.ts';
import { createSiteServer } from './site-server.ts';

/** A small build: a page, a hashed script, a data file, a tile archive, a configuration. */
const root = mkdtempSync(join(tmpdir(), 'site-'));
const text = (what: string) => `${what} `.repeat(400);
const files: Record<string, Buffer> = {
  'index.html': Buffer.from(`<!doctype html><title>${text('规划图')}</title>`),
  'assets/index-abc123.js': Buffer.from(`console.log(${JSON.stringify(text('map'))});`),
  'data/pipes.geojson': Buffer.from(
    JSON.stringify({ type: 'FeatureCollection', features: [], note: text('管网') }),
  ),
  'data/pipes.pmtiles': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)),
  'site-config.json': Buffer.from('{}'),
};
const config = SiteConfig.parse({});
let server: Server;
let port = 0;

/** One raw request: headers as sent, body as sent (not decompressed). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
    (done, fail) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', fail);
      req.end();
    },
  );
}

beforeAll(async () => {
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), bytes);
  }
  await precompressDir(root);
  server = createSiteServer({ root, config });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('npm start sends text compressed, as nginx does', () => {
  it('gives a browser that accepts brotli the page, scripts and data as the build’s .br files', async () => {
    for (const [path, name, type] of [
      ['/', 'index.html', 'text/html; charset=utf-8'],
      ['/assets/index-abc123.js', 'assets/index-abc123.js', 'text/javascript; charset=utf-8'],
      ['/data/pipes.geojson', 'data/pipes.geojson', 'application/geo+json; charset=utf-8'],
    ] as const) {
      const res = await get(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(res.headers.vary, path).toBe('Accept-Encoding');
      expect(res.headers['content-type'], path).toBe(type);
      expect(res.headers['content-security-policy'], path).toBe(contentSecurityPolicy(config));
      expect(Number(res.headers['content-length']), path).toBe(
        readFileSync(join(root, `${name}.br`)).length,
      );
      expect(brotliDecompressSync(res.body).equals(files[name]!), path).toBe(true);
      expect(res.body.length, path).toBeLessThan(files[name]!.length / 4);
    }
    const script = await get('/assets/index-abc123.js', { 'Accept-Encoding': 'br' });
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('gives gzip to a client that accepts only gzip, and the file as it is to one that accepts neither', async () => {
    const gzip = await get('/data/pipes.geojson', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(files['data/pipes.geojson']!)).toBe(true);
    const plain = await get('/data/pipes.geojson', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.equals(files['data/pipes.geojson']!)).toBe(true);
  });

  it('sends a PMTiles byte range as the archive’s own bytes, never compressed', async () => {
    const part = await get('/data/pipes.pmtiles', {
      Range: 'bytes=100-1123',
      'Accept-Encoding': 'gzip, br',
    });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe('bytes 100-1123/4096');
    expect(part.body.equals(files['data/pipes.pmtiles']!.subarray(100, 1124))).toBe(true);
    const whole = await get('/data/pipes.pmtiles', { 'Accept-Encoding': 'gzip, br' });
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(whole.body.equals(files['data/pipes.pmtiles']!)).toBe(true);
  });

  it('lets a browser revalidate the compressed page with its ETag', async () => {
    const first = await get('/', { 'Accept-Encoding': 'br' });
    const again = await get('/', { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const other = await get('/', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': first.headers.etag!,
    });
    expect(other.status).toBe(200);
  });

  it('never sends a stale .br after a file was edited in place: it compresses the new text', async () => {
    const edited = Buffer.from(
      JSON.stringify({ type: 'FeatureCollection', features: [], note: text('新') }),
    );
    writeFileSync(join(root, 'data/pipes.geojson'), edited);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'data/pipes.geojson'), later, later);
    const res = await get('/data/pipes.geojson', { 'Accept-Encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).equals(edited)).toBe(true);
    const gzip = await get('/data/pipes.geojson', { 'Accept-Encoding': 'gzip' });
    expect(gunzipSync(gzip.body).equals(edited)).toBe(true);
  });
});

describe('precompressDir (npm run build)', () => {
  it('leaves the configuration a deployment edits, the tile archive and tiny files alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    writeFileSync(join(dir, 'site-config.json'), JSON.stringify({ note: text('config') }));
    writeFileSync(join(dir, 'tiny.json'), '{}');
    writeFileSync(join(dir, 'pipes.pmtiles'), files['data/pipes.pmtiles']!);
    writeFileSync(join(dir, 'app.js'), files['assets/index-abc123.js']!);
    const report = await precompressDir(dir);
    expect(report.files).toBe(1);
    expect(readFileSync(join(dir, 'app.js.gz')).length).toBeLessThan(
      files['assets/index-abc123.js']!.length,
    );
    expect(() => readFileSync(join(dir, 'site-config.json.br'))).toThrow();
  });
});
