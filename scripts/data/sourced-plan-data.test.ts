import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Position } from 'geojson';
import {
  documentText,
  figuresMissing,
  placesMissing,
} from '../../src/plan/__fixtures__/plan-fixtures.ts';
import { GUIYANG_DISTRICT_CODES } from '../../src/model/guiyang-districts.ts';
import { CensusTableSchema } from './dataset-schemas.ts';

// The data files sourced for the plan's transport, named projects and census context: each
// feature says what it answers to (a verbatim phrase), how it was drawn and where it comes from.
// They have no layer module yet, so these checks stand in for the layer tests.

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8'));
const transport = read('transport.geojson') as FeatureCollection;
const projects = read('named-projects.geojson') as FeatureCollection;
const structure = read('structure.geojson') as FeatureCollection;
const parks = read('parks.geojson') as FeatureCollection;

/** Every position of a feature, whatever its geometry type. */
function positionsOf(feature: Feature): Position[] {
  const g = feature.geometry;
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'LineString') return g.coordinates;
  throw new Error(`${String(feature.id)}: unexpected ${g.type}`);
}

const TRANSPORT_MODES = [
  'expressway',
  'trunk-rail',
  'intercity-rail',
  'suburban-rail',
  'metro',
  'metro-station',
];

describe.each([
  ['transport', transport],
  ['named-projects', projects],
])('a planner opens the %s data', (_, collection) => {
  it('finds every feature once, with a kebab-case id, a name in both languages and a citation', () => {
    const ids = collection.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of collection.features) {
      const p = f.properties ?? {};
      expect(p.id, String(f.id)).toBe(f.id);
      expect(p.id).toMatch(/^[a-z][a-z0-9-]*$/);
      for (const key of ['name', 'nameEn', 'placementNote', 'source']) {
        expect(typeof p[key] === 'string' && p[key].length > 0, `${p.id}.${key}`).toBe(true);
      }
    }
  });

  it('reads, as the basis of each feature, a phrase of 筑府发〔2025〕17号 word for word', () => {
    for (const f of collection.features) {
      expect(documentText.includes(f.properties?.basis), String(f.id)).toBe(true);
    }
  });

  it('sees WGS84 positions in or near Guiyang, to 5 decimals', () => {
    for (const f of collection.features) {
      for (const [x = NaN, y = NaN] of positionsOf(f)) {
        // Guiyang is about 106.1–107.3°E, 26.1–27.4°N; corridors run on ~30 km beyond it
        expect(x, String(f.id)).toBeGreaterThan(105.8);
        expect(x, String(f.id)).toBeLessThan(107.6);
        expect(y, String(f.id)).toBeGreaterThan(25.8);
        expect(y, String(f.id)).toBeLessThan(27.7);
        expect(Math.round(x * 1e5) / 1e5).toBe(x);
        expect(Math.round(y * 1e5) / 1e5).toBe(y);
      }
    }
  });
});

describe('the transport data', () => {
  it('says what each feature is and whether it runs, is being built or is planned', () => {
    for (const f of transport.features) {
      const p = f.properties ?? {};
      expect(TRANSPORT_MODES, String(f.id)).toContain(p.mode);
      expect(['existing', 'under-construction', 'planned'], String(f.id)).toContain(p.status);
      expect(f.geometry.type, String(f.id)).toBe(
        p.mode === 'metro-station' ? 'Point' : 'LineString',
      );
    }
  });

  it('names, for each metro station, the lines that serve it, and every such line is in the data', () => {
    const lines = new Set(
      transport.features
        .filter((f) => f.properties?.mode === 'metro')
        .map((f) => f.properties?.line),
    );
    for (const f of transport.features.filter((x) => x.properties?.mode === 'metro-station')) {
      const served: string[] = f.properties?.lines;
      expect(served.length, String(f.id)).toBeGreaterThan(0);
      expect(f.properties?.line).toBe(served.join('、'));
      for (const line of served) expect(lines.has(line), `${String(f.id)}: ${line}`).toBe(true);
    }
  });
});

describe('the named water and waste projects', () => {
  it('are tied to measure 4(2) or 4(4), as water or waste', () => {
    for (const f of projects.features) {
      const p = f.properties ?? {};
      expect(['water', 'waste'], String(f.id)).toContain(p.kind);
      expect(p.measure).toBe(p.kind === 'water' ? '4-2' : '4-4');
    }
  });
});

describe('the 2020 census table', () => {
  interface Source {
    publication: string;
    table: string;
    url: string;
  }
  interface Row {
    district: string;
    population: number | null;
    urbanPopulation?: number;
    populationSource: Source | null;
    populationNote?: string;
    urbanizationRate: number | null;
    urbanizationRateSource: Source | null;
    urbanizationRateNote?: string;
  }
  const census = read('population-census-2020.json') as {
    rows: Row[];
    cityTotal: Row & { area: string };
  };

  it('has one row for each of the ten county-level units of Guiyang', () => {
    expect(census.rows.map((r) => r.district).sort()).toEqual([...GUIYANG_DISTRICT_CODES].sort());
  });

  it('carries a publication, table and address with every value, and a reason beside every gap', () => {
    for (const row of [...census.rows, census.cityTotal]) {
      for (const [value, source, note] of [
        [row.population, row.populationSource, row.populationNote],
        [row.urbanizationRate, row.urbanizationRateSource, row.urbanizationRateNote],
      ] as const) {
        if (value === null) {
          expect(source).toBeNull();
          expect(note && note.length > 0).toBe(true);
        } else {
          expect(source?.publication && source.table && source.url).toBeTruthy();
        }
      }
    }
  });

  it('gives the city total of the provincial bulletin no. 2', () => {
    expect(census.cityTotal.population).toBe(5987018);
  });

  it('adds up, district by district, to the city total and its urban population', () => {
    const sum = (pick: (r: Row) => number | null | undefined) =>
      census.rows.reduce((total, r) => total + (pick(r) ?? NaN), 0);
    expect(sum((r) => r.population)).toBe(census.cityTotal.population);
    expect(sum((r) => r.urbanPopulation)).toBe(census.cityTotal.urbanPopulation);
  });

  it('stops the build when a replaced table has a mistyped district value', () => {
    expect(CensusTableSchema.safeParse(census).success).toBe(true);
    const mistyped = structuredClone(census);
    mistyped.rows[0]!.population! += 10;
    const result = CensusTableSchema.safeParse(mistyped);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/do not add up to cityTotal/);
  });

  it('computes each urban share from the urban and resident population beside it', () => {
    for (const row of [...census.rows, census.cityTotal]) {
      if (row.urbanizationRate === null) continue;
      const { urbanPopulation = NaN, population = NaN } = row;
      expect(row.urbanizationRate, row.district).toBeCloseTo(
        (urbanPopulation / (population ?? NaN)) * 100,
        2,
      );
      expect(row.urbanizationRate, row.district).toBeLessThanOrEqual(100);
    }
  });
});

describe('the development zones the sources place', () => {
  const parks = read('parks.geojson') as FeatureCollection;
  it('draws the Guiyang Comprehensive Bonded Zone in 白云区, where China Daily puts it', () => {
    const zone = parks.features.find((f) => f.id === 'zone-zongbao');
    expect(zone?.properties?.district).toBe('520113');
    expect(zone?.properties?.placementNote).toContain('都拉');
  });
});

/** The Chinese texts a citizen reads on a feature the project drew, each with an English twin. */
const CITIZEN_TEXTS = ['basis', 'placementNote', 'levelNote', 'focus', 'statusNote'];

describe.each([
  ['structure', structure],
  ['parks', parks],
  ['transport', transport],
  ['named-projects', projects],
])('a reader of the English map opens a feature of the %s data', (_, collection) => {
  it('finds beside each Chinese text its English, and neither language inside the other', () => {
    for (const f of collection.features) {
      const p = f.properties ?? {};
      for (const key of CITIZEN_TEXTS) {
        if (p[key] === undefined || p[key] === null) continue;
        const where = `${String(f.id)}.${key}`;
        const en: unknown = p[`${key}En`];
        expect(typeof en === 'string' && en.length > 0, `${where}En`).toBe(true);
        // a Chinese text holds no English sentence (four English words in a row), and the
        // English holds no Chinese sentence (Chinese words only as quoted names)
        expect(p[key], where).not.toMatch(/[A-Za-z]{2,}(?:[\s,]+[A-Za-z]{2,}){3,}/);
        expect(en, `${where}En`).not.toMatch(/[\u4e00-\u9fff，。；：]{12,}/);
      }
    }
  });

  it('reads in the English of each basis every place and figure of the phrase', () => {
    for (const f of collection.features) {
      const p = f.properties ?? {};
      expect(placesMissing(p.basis, p.basisEn), String(f.id)).toEqual([]);
      expect(figuresMissing(p.basis, p.basisEn), String(f.id)).toEqual([]);
    }
  });
});
