import { describe, expect, it } from 'vitest';
import { LAYERS } from '../layers/index.ts';
import { createRegistry } from '../layers/registry.ts';
import { DEFAULT_STATE, type AppState } from './app-state.ts';
import { parseUrlState, printUrlState, withinPeriod, type UrlVocabulary } from './url-state.ts';

const shipped = createRegistry(LAYERS);
const vocabulary: UrlVocabulary = {
  layerIds: ['districts', 'structure'],
  isMeasure: (id: string) => /^[1-4]-[1-7]$/.test(id),
  isIndicator: (id: string) => id === 'urbanization-rate',
  layerParams: shipped.params,
  period: { start: 2025, end: 2030 },
};

describe('a shared link reopens the same map', () => {
  it('round-trips view, layers, selection, measure, indicator, panel, language and care mode', () => {
    const state: AppState = {
      view: { center: [106.63, 26.64], zoom: 10.5, bearing: 30 },
      layers: ['structure'],
      feature: { layer: 'districts', id: '520115' },
      measure: '3-1',
      indicator: 'urbanization-rate',
      panel: 'plan',
      locale: 'en',
      care: true,
      year: null,
      layerParams: {},
    };
    const printed = printUrlState(state);
    expect(printed).toBe(
      'view=106.63,26.64,10.5,30&layers=structure&feature=districts:520115&measure=3-1&indicator=urbanization-rate&panel=plan&lang=en&care=1',
    );
    expect(parseUrlState(`?${printed}`, vocabulary)).toEqual({ state, warnings: [] });
  });

  it('shows an opened measure or indicator in its panel unless the link names another', () => {
    expect(parseUrlState('?measure=3-1', vocabulary).state.panel).toBe('plan');
    expect(parseUrlState('?indicator=urbanization-rate', vocabulary).state.panel).toBe(
      'indicators',
    );
    const onLayers = parseUrlState('?measure=3-1&panel=layers', vocabulary).state;
    expect(onLayers.panel).toBe('layers');
    expect(printUrlState(onLayers)).toBe('measure=3-1&panel=layers');
  });

  it('prints nothing for the default state, so the plain address stays plain', () => {
    expect(printUrlState(DEFAULT_STATE)).toBe('');
  });

  it('keeps "no layers" distinct from "default layers"', () => {
    expect(parseUrlState('?layers=', vocabulary).state.layers).toEqual([]);
    expect(parseUrlState('', vocabulary).state.layers).toBeNull();
  });

  it('orders visible layers canonically, whatever order the link gives', () => {
    expect(parseUrlState('?layers=structure,districts', vocabulary).state.layers).toEqual([
      'districts',
      'structure',
    ]);
  });
});

describe('a mistyped or hostile link still opens a working map', () => {
  it.each([
    ['view=abc', 'view'],
    ['view=106.6,26.6', 'view'],
    ['view=500,26.6,9', 'view'],
    ['view=106.6,26.6,99', 'view'],
    ['feature=districts', 'feature'],
    ['feature=nowhere:1', 'feature'],
    ['feature=districts:<img src=x onerror=alert(1)>', 'feature'],
    ['measure=9-9', 'measure'],
    ['indicator=invented', 'indicator'],
    ['panel=admin', 'panel'],
    ['lang=fr', 'lang'],
    ['care=yes', 'care'],
    ['utm_source=mail', 'utm_source'],
  ])('ignores %s with a warning naming the parameter', (query, name) => {
    const { state, warnings } = parseUrlState(`?${query}`, vocabulary);
    expect(state).toEqual(DEFAULT_STATE);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.name).toBe(name);
    // Said in both languages, for the notice and the console.
    expect(warnings[0]?.reason.zh).toMatch(/\p{Script=Han}/u);
    expect(warnings[0]?.reason.en).toMatch(/[a-z]/);
  });

  it.each(['view=,,,', 'view=106.6,,9', 'view=,26.6,9'])(
    'does not read the empty parts of %s as zero (the map would open on the ocean)',
    (query) => {
      const { state, warnings } = parseUrlState(`?${query}`, vocabulary);
      expect(state.view).toBeNull();
      expect(warnings[0]?.name).toBe('view');
    },
  );

  it('keeps the default layers, with a warning, when a link names only unknown layers', () => {
    const { state, warnings } = parseUrlState('?layers=nowhere,elsewhere', vocabulary);
    expect(state.layers).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.value).toBe('nowhere,elsewhere');
  });

  it('does not read a value of thousands of characters', () => {
    const { state, warnings } = parseUrlState(`?layers=${'x,'.repeat(5000)}`, vocabulary);
    expect(state.layers).toBeNull();
    expect(warnings[0]?.name).toBe('layers');
  });

  it('keeps the ids of layers that only exist later (imported ones), after the shipped ones', () => {
    const { state, warnings } = parseUrlState('?layers=imported-abc,districts', {
      ...vocabulary,
      isLateLayer: (id) => id.startsWith('imported-'),
    });
    expect(state.layers).toEqual(['districts', 'imported-abc']);
    expect(warnings).toEqual([]);
  });

  it('keeps the known layers of a list that also names unknown ones', () => {
    const { state, warnings } = parseUrlState('?layers=districts,pipes', vocabulary);
    expect(state.layers).toEqual(['districts']);
    expect(warnings[0]?.value).toContain('pipes');
  });
});

describe("a link carries each layer's own parameters and the year", () => {
  it('round-trips pipe style, types, statuses, districts, the year and the service distance', () => {
    const query =
      '?pipeStyle=status&pipeTypes=燃气,给水&pipeStatus=已改造&pipeDistricts=520102&year=2027&serviceKm=5';
    const { state, warnings } = parseUrlState(query, vocabulary);
    expect(warnings).toEqual([]);
    expect(state.year).toBe(2027);
    expect(state.layerParams).toEqual({
      pipes: {
        style: 'status',
        types: ['给水', '燃气'],
        statuses: ['已改造'],
        districts: ['520102'],
      },
      charging: { serviceKm: 5 },
    });
    expect(parseUrlState(`?${printUrlState(state, shipped.params)}`, vocabulary).state).toEqual(
      state,
    );
  });

  it.each([
    'pipeStyle=colour',
    'pipeTypes=自来水',
    'pipeDistricts=110101',
    'year=2040',
    'year=2026.5',
    'year=',
    'serviceKm=2',
  ])('ignores %s with a warning and keeps the default', (query) => {
    const { state, warnings } = parseUrlState(`?${query}`, vocabulary);
    expect(state).toEqual(DEFAULT_STATE);
    expect(warnings).toHaveLength(1);
  });

  it('drops a year outside the plan period the deployment assumes, with a warning', () => {
    const parsed = parseUrlState('?year=2029', { ...vocabulary, period: undefined });
    expect(parsed.state.year).toBe(2029);
    const checked = withinPeriod(parsed, { start: 2024, end: 2028 });
    expect(checked.state.year).toBeNull();
    expect(checked.warnings[0]?.reason.en).toContain('2024 to 2028');
  });
});
