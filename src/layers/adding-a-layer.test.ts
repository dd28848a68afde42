import { createElement, type ReactNode } from 'react';
import renderToString from 'preact-render-to-string';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_PERIOD } from '../model/plan-period.ts';
import type { BuiltDataset, DataManifest } from '../model/manifest.ts';
import { catalogue } from '../plan/catalogue.ts';
import { links } from '../plan/links.ts';
import { buildSearchEntries, searchEntries } from '../search/search-index.ts';
import { parseUrlState, printUrlState } from '../state/url-state.ts';
import { palette } from '../theme/palette.ts';
import { IndicatorDashboard } from '../ui/indicator-dashboard.tsx';
import { LayerPanel } from '../ui/layer-panel.tsx';
import { PlanContext, type PlanContextValue } from '../ui/plan-context.ts';
import { computeFigures } from './compute-figures.ts';
import { LAYERS } from './index.ts';
import { defineLayer } from './layer-module.ts';
import { createRegistry } from './registry.ts';

// The steps of README § "Adding a layer", with a small made-up layer of wells: one module,
// registered in one list, and every part of the product offers it with no other change.

/** Step 1: the module. Everything about the layer is declared here and nowhere else. */
const wells = defineLayer<{ minDepth: number }>({
  id: 'wells',
  dataset: 'wells',
  title: { zh: '水井(测试)', en: 'Wells (test)' },
  keywords: [{ zh: '打井', en: 'borehole' }],
  defaultVisible: true,
  params: {
    defaults: { minDepth: 0 },
    names: ['wellDepth'],
    parse: (params, _name, value) =>
      /^\d+$/.test(value)
        ? { ...params, minDepth: Number(value) }
        : { warning: { zh: '应为米数', en: 'expected metres' } },
    print: (params, out) => {
      if (params.minDepth !== 0) out.set('wellDepth', String(params.minDepth));
    },
  },
  style: ({ source, palette: p }) => [
    { id: 'wells-point', type: 'circle', source, paint: { 'circle-color': p.imported } },
  ],
  legend: ({ palette: p, params }) => [
    {
      label: {
        zh: `水井(深于 ${params.minDepth} 米)`,
        en: `Wells deeper than ${params.minDepth} m`,
      },
      swatch: { shape: 'point', color: p.imported },
    },
  ],
  figures: {
    'water-supply-capacity': {
      reads: 'features',
      compute: async ({ collection, params }) => {
        const deep = collection!.features.filter(
          (f) => (f.properties?.depth as number) >= params.minDepth,
        ).length;
        return {
          text: { zh: `${deep} 口井`, en: `${deep} wells` },
          progress: null,
          basis: { zh: '测试用的井', en: 'wells of the test' },
        };
      },
    },
  },
  interaction: { queryLayers: ['wells-point'], nameProperty: 'name' },
});

/** Step 2: one line in the list of layers. */
const registry = createRegistry([...LAYERS, wells]);

const collection: FeatureCollection = {
  type: 'FeatureCollection',
  features: [10, 40, 80].map((depth, i) => ({
    type: 'Feature',
    id: `w${i}`,
    properties: { id: `w${i}`, name: `井 ${String.fromCharCode(65 + i)}`, depth },
    geometry: { type: 'Point', coordinates: [106.7 + i / 100, 26.6] },
  })),
};
const text = { zh: '测试', en: 'test' };
const dataset: BuiltDataset = {
  id: 'wells',
  title: wells.title,
  provenance: 'sample',
  source: text,
  licence: 'MIT',
  version: '1',
  accuracy: text,
  frame: 'EPSG:4326',
  url: 'data/wells.geojson',
  featureCount: 3,
  bbox: [106.7, 26.6, 106.72, 26.6],
  conversion: 'none',
  builtAt: '2026-12-04T00:00:00Z',
};
const manifest: DataManifest = { datasets: { wells: dataset }, tables: {} };
const data = new Map([['wells', collection]]);

/** The plan context the panels read, as the app would give it. */
function planContext(figures: PlanContextValue['figures']): PlanContextValue {
  return {
    catalogue,
    links,
    data,
    locale: 'zh',
    period: DEFAULT_PLAN_PERIOD,
    featureName: (ref) => ref.id,
    openMeasure: () => {},
    openIndicator: () => {},
    focusFeature: () => {},
    showLayer: () => {},
    layerName: (id) => registry.byId(id)?.title.zh ?? id,
    figures,
    provenanceOf: () => 'sample',
  };
}
const render = (value: PlanContextValue, child: ReactNode) =>
  renderToString(
    // React's element types and Preact's vnode types describe the same object (preact/compat).
    createElement(PlanContext.Provider, { value, children: child }) as unknown as Parameters<
      typeof renderToString
    >[0],
  );

describe('a new layer is one module and one line', () => {
  it('gets an entry with its legend in the layer panel', () => {
    const html = render(
      planContext({}),
      createElement(LayerPanel, {
        layers: registry.layers,
        visible: ['wells'],
        manifest,
        palette,
        locale: 'zh',
        onToggle: () => {},
        layerParams: { wells: { minDepth: 30 } },
        year: 2030,
        period: DEFAULT_PLAN_PERIOD,
      }),
    );
    expect(html).toContain('data-testid="layer-wells"');
    expect(html).toContain('水井(测试)');
    expect(html).toContain('水井(深于 30 米)');
  });

  it('reads and prints its own URL parameters', () => {
    const vocabulary = { layerIds: registry.ids, layerParams: registry.params };
    const { state, warnings } = parseUrlState('?layers=wells&wellDepth=30', vocabulary);
    expect(warnings).toEqual([]);
    expect(state.layerParams).toEqual({ wells: { minDepth: 30 } });
    expect(printUrlState(state, registry.params)).toBe('layers=wells&wellDepth=30');
    expect(parseUrlState('?wellDepth=deep', vocabulary).warnings[0]?.reason.en).toBe(
      'expected metres',
    );
  });

  it('puts its figure on the dashboard, with its parameters applied', async () => {
    const figures = await computeFigures({
      registry,
      manifest,
      indicators: catalogue.indicators,
      data,
      datasets: ['wells'],
      layerParams: { wells: { minDepth: 30 } },
      year: 2030,
      period: DEFAULT_PLAN_PERIOD,
      rows: () => Promise.resolve([]),
      table: () => Promise.resolve([]),
    });
    expect(figures['water-supply-capacity']).toMatchObject({ layer: 'wells' });
    const html = render(
      planContext(figures),
      createElement(IndicatorDashboard, { openIndicatorId: null }),
    );
    expect(html).toContain('data-testid="computed-water-supply-capacity"');
    expect(html).toContain('2 口井');
  });

  it('is found by search: the layer by its words, its features by name', () => {
    const entries = buildSearchEntries(catalogue, registry.layers, data);
    expect(searchEntries(entries, '打井')[0]?.entry).toMatchObject({ kind: 'layer', key: 'wells' });
    expect(searchEntries(entries, '井 B')[0]?.entry).toMatchObject({
      kind: 'feature',
      key: 'wells:w1',
    });
  });
});
