import { describe, expect, it } from 'vitest';
import { isCompressible, negotiateEncoding } from './content-encoding.ts';

describe('negotiateEncoding (which bytes a browser gets)', () => {
  it('gives Chromium and Firefox brotli, and an older client gzip', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
  });

  it('sends the file as it is to a client that asks for nothing or refuses both', () => {
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(negotiateEncoding('*;q=0')).toBeNull();
  });

  it('follows q-values and the wildcard', () => {
    expect(negotiateEncoding('br;q=0.5, gzip;q=1')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, *')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('BR')).toBe('br');
  });

  it('chooses among the encodings there are files for', () => {
    expect(negotiateEncoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(negotiateEncoding('br', ['gzip'])).toBeNull();
  });
});

describe('isCompressible', () => {
  it('compresses text and never PMTiles, fonts or images', () => {
    for (const type of ['text/html; charset=utf-8', 'text/javascript', 'application/geo+json'])
      expect(isCompressible(type), type).toBe(true);
    for (const type of ['application/octet-stream', 'font/woff2', 'image/png'])
      expect(isCompressible(type), type).toBe(false);
  });
});
