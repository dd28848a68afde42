import { describe, it, expect } from 'vitest';
import { catalogue } from './catalogue.ts';
import { indicatorsByChapter } from './indicators-by-chapter.ts';

describe('indicatorsByChapter', () => {
  const groups = indicatorsByChapter(catalogue);

  it('opens the dashboard with the document-level goal, then the four chapters in order', () => {
    expect(groups.map((g) => g.key)).toEqual(['document', '1', '2', '3', '4']);
    expect(groups[0]?.chapter).toBeNull();
    expect(groups[0]?.indicators.map((i) => i.id)).toEqual(['urbanization-rate']);
  });

  it('shows every indicator exactly once', () => {
    const shown = groups.flatMap((g) => g.indicators.map((i) => i.id));
    expect(shown.sort()).toEqual(catalogue.indicators.map((i) => i.id).sort());
  });

  it('puts each target under the chapter of its measure', () => {
    const chapter2 = groups.find((g) => g.key === '2');
    expect(chapter2?.indicators.map((i) => i.id)).toEqual([
      'county-economy-share',
      'industrial-output-national',
      'industrial-output-provincial',
      'standard-land-supply',
      'vocational-training',
    ]);
  });
});
