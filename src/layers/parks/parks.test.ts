import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import distance from '@turf/distance';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type {
  GeoJSONSourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import featureIndex from '../../plan/__fixtures__/feature-index.json';
import { documentText } from '../../plan/__fixtures__/plan-fixtures.ts';
import { catalogue } from '../../plan/catalogue.ts';
import { links } from '../../plan/links.ts';
import { linksForFeature } from '../../plan/links-for-feature.ts';
import { palette } from '../../theme/palette.ts';
import { LAYERS } from '../index.ts';
import { layerContext, styleContext } from '../__fixtures__/layer-context.ts';
import type { Locale } from '../../model/locale.ts';
import { ParkProperties } from './contract.ts';
import { parks } from './index.ts';
import { PARK_KIND_BADGE, PARK_KINDS } from './values.ts';

const collection = JSON.parse(
  readFileSync(new URL('../../../geodata/parks.geojson', import.meta.url), 'utf8'),
) as FeatureCollection;
const features = collection.features;
const propsOf = (f: Feature) => ParkProperties.parse(f.properties);
const byId = (id: string) => {
  const found = features.find((f) => f.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
};

/** Every ring of an area feature, whatever its type. */
function ringsOf(feature: Feature): Position[][] {
  const g = feature.geometry;
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

describe('a planner opens the layer of development zones and industrial parks', () => {
  it('finds every zone, park and site of the document once, each saying what it is', () => {
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'zone-gaoxin',
        'zone-jingkai',
        'zone-zongbao',
        'zone-shuanglong',
        'park-low-altitude-guian',
        'park-low-altitude-xiuwen',
        'park-low-altitude-gaoxin',
        'park-low-altitude-shuanglong',
        'park-silver-economy-wudang',
        'incubator-huaxi-university-town',
        'incubator-qingzhen-vocational-city',
        'site-yangming-culture-park',
        'site-xifeng-memorial',
        'green-heart-aha-lake',
      ]),
    );
    for (const feature of features) {
      const p = propsOf(feature);
      expect(p.id, String(feature.id)).toBe(feature.id);
      expect(p.provenance, p.id).toBe('schematic');
      // a null district must say why: the feature spans units, or is only known by 贵安新区
      if (p.district === null) {
        expect(p.spans !== undefined || p.basis.includes('贵安新区'), p.id).toBe(true);
      }
    }
  });

  it('reads, as the basis of each feature, a phrase of 筑府发〔2025〕17号 word for word', () => {
    for (const feature of features) {
      const { id, basis } = propsOf(feature);
      expect(documentText.includes(basis), `${id}: "${basis}"`).toBe(true);
    }
  });

  it('sees a level only where it can be checked, and a reason beside every level', () => {
    const national = features.filter((f) => propsOf(f).level === 'national').map((f) => f.id);
    expect(national.sort()).toEqual(['zone-gaoxin', 'zone-jingkai']);
    for (const feature of features) {
      const p = propsOf(feature);
      if (p.level !== null) {
        expect(p.kind, p.id).toBe('development-zone');
        expect(p.levelNote, p.id).toBeDefined();
      }
      // national by official name: the name the note cites is the feature's full name
      if (p.level === 'national') expect(p.fullName, p.id).toContain('国家');
    }
  });

  it('sees zones and 阿哈湖 as schematic areas, and the planned parks as points', () => {
    for (const feature of features) {
      const { id, kind } = propsOf(feature);
      const area = kind === 'development-zone' || kind === 'ecology';
      expect(feature.geometry.type, id).toMatch(area ? /^(Multi)?Polygon$/ : /^Point$/);
      for (const ring of ringsOf(feature)) {
        // a rounded shape, not a box: at least 8 distinct vertices, closed
        expect(ring.length, id).toBeGreaterThanOrEqual(9);
        expect(ring[0], id).toEqual(ring[ring.length - 1]);
      }
      const positions =
        feature.geometry.type === 'Point'
          ? [feature.geometry.coordinates]
          : ringsOf(feature).flat();
      for (const position of positions) {
        for (const n of position) expect(Math.round(n * 1e4) / 1e4, id).toBe(n);
      }
    }
    expect(byId('zone-gaoxin').geometry.type).toBe('MultiPolygon');
  });

  it('finds each place within a few km of where it is known to be', () => {
    // DATA-SOURCES.md "Places the plan names, approximate"; ±1–5 km, schematic
    const known: [string, [number, number], number][] = [
      ['park-low-altitude-shuanglong', [106.8, 26.54], 2], // 贵阳龙洞堡国际机场
      ['incubator-huaxi-university-town', [106.62, 26.43], 2],
      ['incubator-qingzhen-vocational-city', [106.45, 26.57], 2],
      ['site-yangming-culture-park', [106.6, 26.84], 2],
      // published descriptions put it 6 km south of the 息烽 county seat (106.74, 27.09)
      ['site-xifeng-memorial', [106.73, 27.04], 2],
      ['park-low-altitude-guian', [106.4, 26.4], 10], // 贵安新区 is known to ±10 km
    ];
    for (const [id, where, km] of known) {
      const at = byId(id).geometry as Point;
      expect(distance(at.coordinates, where), id).toBeLessThan(km);
    }
  });
});

describe('a planner clicks a zone and reads the plan', () => {
  it("shows a national zone's inspector the 500万元/亩 target", () => {
    const target = catalogue.indicators.find((i) => i.id === 'industrial-output-national');
    expect(target?.figure).toBe('500万元/亩');
    for (const id of ['zone-gaoxin', 'zone-jingkai']) {
      const found = linksForFeature(links, 'parks', id);
      expect(found, id).toContainEqual(
        expect.objectContaining({ type: 'indicator', id: 'industrial-output-national' }),
      );
      expect(found, id).toContainEqual(expect.objectContaining({ type: 'measure', id: '2-2' }));
    }
  });

  it('does not show a target of a level the document does not give the zone', () => {
    for (const id of ['zone-zongbao', 'zone-shuanglong']) {
      const byLevel = linksForFeature(links, 'parks', id).filter(
        (l) => l.type === 'indicator' && l.id.startsWith('industrial-output'),
      );
      expect(byLevel, id).toEqual([]);
    }
  });

  it('finds every feature tied to at least one measure', () => {
    for (const feature of features) {
      const found = linksForFeature(links, 'parks', String(feature.id));
      expect(
        found.some((l) => l.type === 'measure'),
        String(feature.id),
      ).toBe(true);
    }
  });

  it('is checked by the plan tests against the features that actually ship', () => {
    expect([...featureIndex.parks].sort()).toEqual(features.map((f) => String(f.id)).sort());
  });
});

describe('the parks layer draws', () => {
  const locales: Locale[] = ['zh', 'en'];
  const styleOf = (locale: Locale) => parks.style(styleContext(parks, { locale }));

  it.each(locales)('a style the MapLibre style spec accepts (%s)', (locale) => {
    const empty: GeoJSONSourceSpecification = {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    };
    const style: StyleSpecification = {
      version: 8,
      sources: { parks: empty, 'parks-labels': empty },
      layers: styleOf(locale),
    };
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('sublayers named parks-<role>, drawn above the structure, clickable where declared', () => {
    const ids = styleOf('zh').map((l) => l.id);
    for (const id of ids) expect(id).toMatch(/^parks-[a-z-]+$/);
    for (const id of parks.interaction.queryLayers) expect(ids).toContain(id);
    const order = LAYERS.map((l) => l.id);
    expect(order.indexOf('parks')).toBeGreaterThan(order.indexOf('structure'));
  });

  it('a distinct character on each kind of point, so colour is not the only clue', () => {
    for (const locale of locales) {
      const badges = PARK_KINDS.map((k) => PARK_KIND_BADGE[locale][k]);
      expect(new Set(badges).size).toBe(PARK_KINDS.length);
    }
  });

  it('a legend from the palette tokens, one row per kind in the data', () => {
    const legend = parks.legend(layerContext(parks));
    const tokens = new Set(Object.values(palette));
    for (const item of legend) expect(tokens.has(item.swatch.color)).toBe(true);
    const kinds = new Set(features.map((f) => propsOf(f).kind));
    expect(legend).toHaveLength(kinds.size);
    // areas are schematic, and the legend shows them dashed as the map does
    for (const item of legend.filter((i) => i.swatch.shape === 'fill')) {
      expect(item.swatch.dashed).toBe(true);
    }
  });
});
