import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.ts';
import { formatTarget } from './format-target.ts';

const indicator = (id: string) => catalogue.indicators.find((i) => i.id === id)!;

describe('targets read as the document states them', () => {
  it.each([
    ['urbanization-rate', 'zh', '≈ 83%'],
    ['new-urban-jobs', 'zh', '≥ 45万人 · 累计'],
    ['new-urban-jobs', 'en', '≥ 45万人 · cumulative'],
    ['migrant-children-public-school', 'zh', '保持 100%'],
    ['industrial-output-national', 'zh', '≥ 500万元/亩'],
    ['pipe-network-km', 'zh', '1800公里 · 累计'],
  ])('%s in %s reads "%s"', (id, locale, expected) => {
    expect(formatTarget(indicator(id), locale as 'zh' | 'en')).toBe(expected);
  });

  it('a full-coverage target keeps the document’s own words', () => {
    expect(formatTarget(indicator('ev-charging-township-coverage'), 'zh')).toContain('乡乡全覆盖');
  });
});
