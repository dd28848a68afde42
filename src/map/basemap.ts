import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapConfig } from '../config/site-config.ts';
import type { Palette } from '../theme/palette.ts';

/** Every basemap source and layer id starts with this, so the basemap can be found and removed. */
export const BASEMAP_PREFIX = 'basemap-';

/** 天地图 serves the same tiles from eight hosts; browsers fetch from all of them in parallel. */
export const TIANDITU_HOSTS = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`);

/** A 天地图 Web-Mercator layer: map, map labels, imagery, imagery labels. */
export type TiandituLayer = 'vec' | 'cva' | 'img' | 'cia';

/** The eight tile URL templates of one 天地图 `_w` layer (DATA-SOURCES.md). */
export function tiandituTileUrls(layer: TiandituLayer, key: string): string[] {
  const query =
    `SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w` +
    `&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
  return TIANDITU_HOSTS.map((host) => `${host}/${layer}_w/wmts?${query}`);
}

/**
 * The origins a basemap loads from, for the CSP's img-src and connect-src: none for the
 * offline basemap or files on the site itself.
 */
export function basemapOrigins(basemap: BasemapConfig): string[] {
  switch (basemap.kind) {
    case 'offline':
      return [];
    case 'tianditu':
      return [...TIANDITU_HOSTS];
    case 'pmtiles':
      return originOf(basemap.url);
    case 'style':
      return [...new Set([...originOf(basemap.url), ...basemap.hosts])];
  }
}

function originOf(url: string): string[] {
  return /^https:\/\//i.test(url) ? [new URL(url).origin] : [];
}

/** What only the network can tell: the PMTiles archive's header and metadata, or the style. */
export type BasemapResolution =
  | {
      kind: 'pmtiles';
      /** The archive's URL made absolute (the page's URL resolves a relative path). */
      url: string;
      tiles: 'raster' | 'vector';
      /** For vector archives: the archive's `vector_layers` ids. */
      vectorLayers: string[];
      minzoom: number;
      maxzoom: number;
      attribution?: string;
    }
  | {
      kind: 'style';
      /** The style JSON as fetched. */
      style: StyleSpecification;
      /** The style's URL made absolute, against which its relative URLs resolve. */
      url: string;
    };

/** MapLibre sources and layers of a basemap, ready to go under the plan's layers. */
export interface BasemapParts {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** Plain text for the lower-left data sources notice; '' for the offline basemap. */
  attribution: string;
  /** Origins the basemap loads from (what the CSP must allow). */
  hosts: string[];
}

/**
 * The sources and layers a configured basemap adds to the map. Pure: PMTiles and style
 * basemaps need their {@link BasemapResolution}, which `applyBasemap` fetches first.
 */
export function basemapStyleParts(
  basemap: BasemapConfig,
  palette: Palette,
  resolution?: BasemapResolution,
): BasemapParts {
  const hosts = basemapOrigins(basemap);
  switch (basemap.kind) {
    case 'offline':
      return { sources: {}, layers: [], attribution: '', hosts };
    case 'tianditu': {
      const labels: TiandituLayer = basemap.layer === 'vec' ? 'cva' : 'cia';
      const attribution = ['天地图', basemap.reviewNumber].filter(Boolean).join(' ');
      const sources: Record<string, SourceSpecification> = {};
      const layers: LayerSpecification[] = [];
      for (const layer of [basemap.layer, labels]) {
        const id = `${BASEMAP_PREFIX}${layer}`;
        sources[id] = {
          type: 'raster',
          tiles: tiandituTileUrls(layer, basemap.key),
          tileSize: 256,
          minzoom: 1,
          maxzoom: 18,
          attribution,
        };
        layers.push({ id, type: 'raster', source: id });
      }
      return { sources, layers, attribution, hosts };
    }
    case 'pmtiles': {
      if (resolution?.kind !== 'pmtiles')
        throw new Error('a PMTiles basemap needs its archive header');
      return { ...pmtilesParts(resolution, palette, basemap.attribution), hosts };
    }
    case 'style': {
      if (resolution?.kind !== 'style') throw new Error('a style basemap needs its style JSON');
      return { ...styleParts(resolution, basemap.attribution), hosts };
    }
  }
}

function pmtilesParts(
  archive: Extract<BasemapResolution, { kind: 'pmtiles' }>,
  palette: Palette,
  configured: string | undefined,
): Omit<BasemapParts, 'hosts'> {
  const id = `${BASEMAP_PREFIX}pmtiles`;
  const attribution = configured ?? plainText(archive.attribution ?? '');
  const common = {
    url: `pmtiles://${archive.url}`,
    minzoom: archive.minzoom,
    maxzoom: archive.maxzoom,
  };
  if (archive.tiles === 'raster') {
    return {
      sources: { [id]: { type: 'raster', tileSize: 256, ...common, attribution } },
      layers: [{ id, type: 'raster', source: id }],
      attribution,
    };
  }
  // A vector archive comes without a style: draw it plainly in the palette's context tones,
  // polygons under lines. A designed look is what the `style` basemap is for.
  const layers: LayerSpecification[] = [];
  for (const sourceLayer of archive.vectorLayers) {
    layers.push({
      id: `${id}-${sourceLayer}-fill`,
      type: 'fill',
      source: id,
      'source-layer': sourceLayer,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': palette.contextFill, 'fill-opacity': 0.5 },
    });
  }
  for (const sourceLayer of archive.vectorLayers) {
    layers.push({
      id: `${id}-${sourceLayer}-line`,
      type: 'line',
      source: id,
      'source-layer': sourceLayer,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': palette.contextLine, 'line-width': 0.6 },
    });
  }
  return { sources: { [id]: { type: 'vector', ...common, attribution } }, layers, attribution };
}

function styleParts(
  { style, url }: Extract<BasemapResolution, { kind: 'style' }>,
  configured: string | undefined,
): Omit<BasemapParts, 'hosts'> {
  const sources: Record<string, SourceSpecification> = {};
  const attributions: string[] = [];
  for (const [name, source] of Object.entries(style.sources ?? {})) {
    sources[`${BASEMAP_PREFIX}${name}`] = resolveSourceUrls(source, url);
    const text = 'attribution' in source ? plainText(source.attribution ?? '') : '';
    if (text && !attributions.includes(text)) attributions.push(text);
  }
  const layers = (style.layers ?? []).map((layer) => {
    const renamed = { ...layer, id: `${BASEMAP_PREFIX}${layer.id}` } as LayerSpecification;
    if ('source' in layer && typeof layer.source === 'string') {
      (renamed as { source: string }).source = `${BASEMAP_PREFIX}${layer.source}`;
    }
    return renamed;
  });
  return { sources, layers, attribution: configured ?? attributions.join(' · ') };
}

/** Makes a style's relative tile, TileJSON and data URLs absolute against the style's URL. */
function resolveSourceUrls(source: SourceSpecification, base: string): SourceSpecification {
  const resolve = (value: string) => {
    const pmtiles = /^pmtiles:\/\//.exec(value);
    if (pmtiles) return `pmtiles://${new URL(value.slice(pmtiles[0].length), base).href}`;
    // Templates keep their braces: URL() would percent-encode {z}/{x}/{y}.
    return new URL(value, base).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  };
  const copy = { ...source } as Record<string, unknown>;
  if (typeof copy.url === 'string') copy.url = resolve(copy.url);
  if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map((t) => resolve(String(t)));
  if (typeof copy.data === 'string') copy.data = resolve(copy.data);
  return copy as unknown as SourceSpecification;
}

/** Attribution from archives and styles is often HTML; the app shows it as plain text. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&copy;/g, '©')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
