import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../state/app-state.ts';
import { embedSnippet, parseEmbedParams, printEmbedParams } from './embed-url.ts';

const vocabulary = {
  layerIds: ['districts', 'structure'],
  isMeasure: (id: string) => id === '3-1',
};

describe('an editor configures the embed by its URL', () => {
  it('reads the interface level and the map state', () => {
    const { state, ui, warnings } = parseEmbedParams(
      '?ui=full&layers=structure&measure=3-1&lang=en',
      vocabulary,
    );
    expect(ui).toBe('full');
    expect(state.layers).toEqual(['structure']);
    expect(state.measure).toBe('3-1');
    expect(state.locale).toBe('en');
    expect(warnings).toEqual([]);
  });

  it('ignores an unknown interface level with a warning and shows the legend', () => {
    const { ui, warnings } = parseEmbedParams('?ui=everything', vocabulary);
    expect(ui).toBe('legend');
    expect(warnings[0]?.name).toBe('ui');
  });

  it('prints what it parses', () => {
    const state = {
      ...DEFAULT_STATE,
      layers: ['districts'],
      feature: { layer: 'districts', id: '520115' },
    };
    const query = printEmbedParams(state, 'map');
    expect(query).toBe('layers=districts&feature=districts:520115&ui=map');
    expect(parseEmbedParams(`?${query}`, vocabulary).state).toEqual(state);
  });
});

describe('the share dialog writes a safe iframe snippet', () => {
  it('points at the embed with the current state and escapes the title', () => {
    const html = embedSnippet({
      embedUrl: 'https://map.example/embed.html',
      state: { ...DEFAULT_STATE, measure: '3-1', panel: 'plan' },
      ui: 'full',
      width: '100%',
      height: 600,
      title: '规划图 "一核三心" <地图>',
    });
    expect(html).toBe(
      '<iframe src="https://map.example/embed.html?measure=3-1&amp;ui=full" title="规划图 &quot;一核三心&quot; &lt;地图&gt;" width="100%" height="600" style="border:0" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
  });
});
