import { describe, expect, it } from 'vitest';
import { contentTypeOf } from './mime-types.ts';

describe('contentTypeOf', () => {
  it('gives the types a deployment must get right', () => {
    expect(contentTypeOf('/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('/assets/maplibre-gl-worker-CZtFQQIV.mjs')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect(contentTypeOf('/data/districts.geojson')).toBe('application/geo+json; charset=utf-8');
    expect(contentTypeOf('/tiles/guiyang.PMTILES')).toBe('application/octet-stream');
    expect(contentTypeOf('/unknown.xyz')).toBe('application/octet-stream');
    expect(contentTypeOf('/no-extension')).toBe('application/octet-stream');
  });
});
