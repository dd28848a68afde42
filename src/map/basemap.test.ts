import { describe, expect, it } from 'vitest';
import { SiteConfig } from '../config/site-config.ts';
import { palette } from '../theme/palette.ts';
import { TIANDITU_HOSTS, basemapOrigins, basemapStyleParts, tiandituTileUrls } from './basemap.ts';

const basemapOf = (basemap: unknown) => SiteConfig.parse({ basemap }).basemap;

describe('basemapStyleParts', () => {
  it('adds nothing for the offline basemap', () => {
    expect(basemapStyleParts(basemapOf({ kind: 'offline' }), palette)).toEqual({
      sources: {},
      layers: [],
      attribution: '',
      hosts: [],
    });
  });

  it('draws 天地图 vector map and labels as two 256 px raster sources from t0–t7', () => {
    const parts = basemapStyleParts(
      basemapOf({
        kind: 'tianditu',
        key: 'abcdef0123456789',
        reviewNumber: '审图号:GS(2024)0568号',
      }),
      palette,
    );
    expect(Object.keys(parts.sources)).toEqual(['basemap-vec', 'basemap-cva']);
    expect(parts.layers).toEqual([
      { id: 'basemap-vec', type: 'raster', source: 'basemap-vec' },
      { id: 'basemap-cva', type: 'raster', source: 'basemap-cva' },
    ]);
    const source = parts.sources['basemap-cva'];
    expect(source).toMatchObject({ type: 'raster', tileSize: 256 });
    const tiles = (source as { tiles: string[] }).tiles;
    expect(tiles).toHaveLength(8);
    expect(tiles[3]).toBe(
      'https://t3.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0' +
        '&LAYER=cva&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}' +
        '&TILECOL={x}&tk=abcdef0123456789',
    );
    expect(parts.attribution).toBe('天地图 审图号:GS(2024)0568号');
    expect(parts.hosts).toEqual(TIANDITU_HOSTS);
  });

  it('uses imagery with imagery labels for the img layer', () => {
    const parts = basemapStyleParts(
      basemapOf({ kind: 'tianditu', layer: 'img', key: 'abcdef0123456789' }),
      palette,
    );
    expect(parts.layers.map((l) => l.id)).toEqual(['basemap-img', 'basemap-cia']);
    expect(parts.attribution).toBe('天地图');
    expect(tiandituTileUrls('img', 'k')[0]).toMatch(
      /^https:\/\/t0\.tianditu\.gov\.cn\/img_w\/wmts\?.*LAYER=img&.*&tk=k$/,
    );
  });

  it('reads a raster PMTiles archive through the pmtiles protocol', () => {
    const config = basemapOf({ kind: 'pmtiles', url: 'https://tiles.example.cn/guiyang.pmtiles' });
    const parts = basemapStyleParts(config, palette, {
      kind: 'pmtiles',
      url: 'https://tiles.example.cn/guiyang.pmtiles',
      tiles: 'raster',
      vectorLayers: [],
      minzoom: 0,
      maxzoom: 14,
      attribution: '<a href="https://www.openstreetmap.org">&copy; OpenStreetMap</a>',
    });
    expect(parts.sources).toEqual({
      'basemap-pmtiles': {
        type: 'raster',
        tileSize: 256,
        url: 'pmtiles://https://tiles.example.cn/guiyang.pmtiles',
        minzoom: 0,
        maxzoom: 14,
        attribution: '© OpenStreetMap',
      },
    });
    expect(parts.layers).toEqual([
      { id: 'basemap-pmtiles', type: 'raster', source: 'basemap-pmtiles' },
    ]);
    expect(parts.hosts).toEqual(['https://tiles.example.cn']);
  });

  it('draws a vector PMTiles archive plainly, polygons under lines, with the configured attribution', () => {
    const config = basemapOf({
      kind: 'pmtiles',
      url: 'tiles/base.pmtiles',
      attribution: '贵阳市自然资源和规划局',
    });
    const parts = basemapStyleParts(config, palette, {
      kind: 'pmtiles',
      url: 'https://map.example.cn/tiles/base.pmtiles',
      tiles: 'vector',
      vectorLayers: ['water', 'roads'],
      minzoom: 0,
      maxzoom: 15,
    });
    expect(parts.layers.map((l) => l.id)).toEqual([
      'basemap-pmtiles-water-fill',
      'basemap-pmtiles-roads-fill',
      'basemap-pmtiles-water-line',
      'basemap-pmtiles-roads-line',
    ]);
    expect(parts.layers[0]).toMatchObject({
      'source-layer': 'water',
      paint: { 'fill-color': palette.contextFill },
    });
    expect(parts.attribution).toBe('贵阳市自然资源和规划局');
    expect(parts.hosts).toEqual([]); // same origin: nothing to add to the CSP
  });

  it('takes a style’s sources and layers, prefixed, with relative URLs made absolute', () => {
    const config = basemapOf({ kind: 'style', url: 'https://tiles.example.cn/styles/light.json' });
    const parts = basemapStyleParts(config, palette, {
      kind: 'style',
      url: 'https://tiles.example.cn/styles/light.json',
      style: {
        version: 8,
        sources: {
          base: {
            type: 'vector',
            url: 'pmtiles://../data/base.pmtiles',
            attribution: '<b>示例</b>',
          },
          shade: { type: 'raster', tiles: ['../shade/{z}/{x}/{y}.png'], attribution: '示例' },
        },
        layers: [
          { id: 'bg', type: 'background', paint: { 'background-color': '#fff' } },
          { id: 'water', type: 'fill', source: 'base', 'source-layer': 'water' },
        ],
      },
    });
    expect(parts.sources['basemap-base']).toMatchObject({
      url: 'pmtiles://https://tiles.example.cn/data/base.pmtiles',
    });
    expect(parts.sources['basemap-shade']).toMatchObject({
      tiles: ['https://tiles.example.cn/shade/{z}/{x}/{y}.png'],
    });
    expect(parts.layers).toEqual([
      { id: 'basemap-bg', type: 'background', paint: { 'background-color': '#fff' } },
      { id: 'basemap-water', type: 'fill', source: 'basemap-base', 'source-layer': 'water' },
    ]);
    expect(parts.attribution).toBe('示例');
    expect(parts.hosts).toEqual(['https://tiles.example.cn']);
  });

  it('needs the archive or the style before it can build PMTiles or style parts', () => {
    expect(() =>
      basemapStyleParts(basemapOf({ kind: 'pmtiles', url: 'a.pmtiles' }), palette),
    ).toThrow(/archive header/);
  });
});

describe('basemapOrigins', () => {
  it('lists exactly the hosts a basemap loads from', () => {
    expect(basemapOrigins(basemapOf({ kind: 'offline' }))).toEqual([]);
    expect(basemapOrigins(basemapOf({ kind: 'tianditu', key: 'abcdefgh' }))).toHaveLength(8);
    expect(basemapOrigins(basemapOf({ kind: 'pmtiles', url: '/tiles/a.pmtiles' }))).toEqual([]);
    expect(
      basemapOrigins(
        basemapOf({
          kind: 'style',
          url: 'https://style.example.cn/s.json',
          hosts: ['https://tiles.example.cn', 'https://style.example.cn'],
        }),
      ),
    ).toEqual(['https://style.example.cn', 'https://tiles.example.cn']);
  });
});
