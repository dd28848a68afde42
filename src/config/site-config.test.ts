import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SiteConfig,
  describeConfigIssues,
  isCspSource,
  isOrigin,
  loadSiteConfig,
} from './site-config.ts';

function problems(input: unknown): string {
  const parsed = SiteConfig.safeParse(input);
  if (parsed.success) throw new Error('expected the configuration to be rejected');
  return describeConfigIssues(parsed.error);
}

describe('SiteConfig', () => {
  it('gives every option its default', () => {
    expect(SiteConfig.parse({})).toEqual({
      reviewNumber: null,
      embed: { allowedOrigins: [], frameAncestors: ["'self'"] },
      planPeriod: { start: 2025, end: 2030 },
      basemap: { kind: 'offline' },
    });
  });

  it('keeps the shipped public/site-config.json valid', async () => {
    const { readFile } = await import('node:fs/promises');
    const json: unknown = JSON.parse(await readFile('public/site-config.json', 'utf8'));
    expect(SiteConfig.safeParse(json).success).toBe(true);
  });

  it('accepts exact origins and rejects anything else, naming field and value', () => {
    const ok = SiteConfig.parse({
      embed: { allowedOrigins: ['https://www.guiyang.gov.cn', 'http://localhost:8080'] },
    });
    expect(ok.embed.allowedOrigins).toHaveLength(2);
    expect(ok.embed.frameAncestors).toEqual(["'self'"]);

    for (const bad of [
      'https://www.guiyang.gov.cn/',
      'https://www.guiyang.gov.cn/map',
      'www.guiyang.gov.cn',
      '*',
      'javascript:alert(1)',
    ]) {
      expect(problems({ embed: { allowedOrigins: [bad] } })).toBe(
        `embed.allowedOrigins.0: ${JSON.stringify(bad)} is not an origin: give scheme and host only, like "https://www.guiyang.gov.cn"`,
      );
    }
  });

  it('accepts CSP sources as frame ancestors and rejects what could break the header', () => {
    const sources = ["'self'", 'https://www.guiyang.gov.cn', 'https://*.gov.cn', 'https:'];
    expect(SiteConfig.parse({ embed: { frameAncestors: sources } }).embed.frameAncestors).toEqual(
      sources,
    );
    for (const bad of ["'self'; script-src *", 'https://a.cn https://b.cn', '"x"', '$host']) {
      expect(isCspSource(bad)).toBe(false);
      expect(problems({ embed: { frameAncestors: [bad] } })).toMatch(
        /^embed\.frameAncestors\.0: .* is not a CSP source/,
      );
    }
    expect(problems({ embed: { frameAncestors: ["'none'", "'self'"] } })).toMatch(/'none'/);
    expect(problems({ embed: { frameAncestors: [] } })).toMatch(/^embed\.frameAncestors:/);
  });

  it('reads a 天地图 basemap, with the vector layer by default', () => {
    const config = SiteConfig.parse({
      basemap: { kind: 'tianditu', key: '0123456789abcdef0123456789abcdef' },
    });
    expect(config.basemap).toEqual({
      kind: 'tianditu',
      layer: 'vec',
      key: '0123456789abcdef0123456789abcdef',
    });
    expect(problems({ basemap: { kind: 'tianditu' } })).toMatch(/^basemap\.key:/);
    expect(problems({ basemap: { kind: 'tianditu', key: 'abc&tk=x' } })).toMatch(
      /^basemap\.key: a 天地图 key is 8–64 letters and digits/,
    );
    expect(problems({ basemap: { kind: 'tianditu', key: 'abcdefgh', layer: 'ter' } })).toMatch(
      /^basemap\.layer:/,
    );
  });

  it('accepts PMTiles and style URLs on this site or over https only', () => {
    for (const url of [
      'tiles/basemap.pmtiles',
      '/tiles/basemap.pmtiles',
      'https://cdn.example.cn/a.pmtiles',
    ]) {
      expect(SiteConfig.parse({ basemap: { kind: 'pmtiles', url } }).basemap).toEqual({
        kind: 'pmtiles',
        url,
      });
    }
    for (const url of [
      'http://cdn.example.cn/a.pmtiles',
      '//cdn.example.cn/a.pmtiles',
      'data:,x',
      '',
    ]) {
      expect(problems({ basemap: { kind: 'pmtiles', url } })).toMatch(/^basemap\.url: /);
    }
    expect(
      SiteConfig.parse({ basemap: { kind: 'style', url: 'https://tiles.example.cn/style.json' } })
        .basemap,
    ).toEqual({ kind: 'style', url: 'https://tiles.example.cn/style.json', hosts: [] });
    expect(problems({ basemap: { kind: 'wms' } })).toMatch(/^basemap\.kind:/);
  });

  it('recognises origins', () => {
    expect(isOrigin('https://www.guiyang.gov.cn')).toBe(true);
    expect(isOrigin('https://www.guiyang.gov.cn:8443')).toBe(true);
    expect(isOrigin('HTTPS://WWW.GUIYANG.GOV.CN')).toBe(false); // not in canonical form
    expect(isOrigin('file:///etc/passwd')).toBe(false);
  });
});

describe('loadSiteConfig', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('falls back to defaults with a warning naming the problem', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({ reviewNumber: 'GS(2025)1号', embed: { allowedOrigins: ['guiyang.gov.cn'] } }),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadSiteConfig()).toEqual(SiteConfig.parse({}));
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /embed\.allowedOrigins\.0: "guiyang\.gov\.cn" is not an origin/,
    );
    warn.mockRestore();
  });

  it('falls back to defaults when the file is missing', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadSiteConfig()).toEqual(SiteConfig.parse({}));
    expect(warn.mock.calls[0]?.join(' ')).toMatch(/HTTP 404/);
    warn.mockRestore();
  });

  it('returns a valid configuration as given', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json({
        reviewNumber: '黔S(2025)001号',
        basemap: { kind: 'tianditu', layer: 'img', key: 'abcdef0123456789' },
      }),
    );
    const config = await loadSiteConfig();
    expect(config.reviewNumber).toBe('黔S(2025)001号');
    expect(config.basemap).toMatchObject({ kind: 'tianditu', layer: 'img' });
  });
});
