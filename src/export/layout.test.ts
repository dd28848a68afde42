import { describe, expect, it } from 'vitest';
import { parseColor } from './draw-op.ts';
import { layoutMapPage } from './layout-map-page.ts';
import { layoutPolicySheet, MAX_SHEET_PAGES } from './layout-policy-sheet.ts';
import { fitInside, pageSize } from './paper.ts';

const measure = (text: string, size: number) => [...text].length * size;
const colors = {
  land: '#eee',
  border: '#999',
  text: '#111',
  muted: '#555',
  surface: '#fff',
  accent: '#036',
};
const capture = { width: 1280, height: 800, zoom: 9, latitude: 26.6, bearing: 0 };
const texts = (ops: { kind: string }[]) =>
  ops.flatMap((op) => ('text' in op ? [(op as { text: string }).text] : []));

describe('paper', () => {
  it('gives A4 and A3 in points, either way up', () => {
    expect(pageSize('A4', 'portrait').width).toBeCloseTo(595.3, 1);
    expect(pageSize('A3', 'landscape')).toEqual({
      width: pageSize('A3', 'portrait').height,
      height: pageSize('A3', 'portrait').width,
    });
  });
  it('fits a picture inside a frame without cropping', () => {
    expect(fitInside({ x: 0, y: 0, w: 200, h: 100 }, 1)).toEqual({ x: 50, y: 0, w: 100, h: 100 });
  });
  it('reads hex and rgb colours', () => {
    expect(parseColor('#ff0000')).toEqual({ r: 1, g: 0, b: 0 });
    expect(parseColor('rgb(0, 255, 0)')).toEqual({ r: 0, g: 1, b: 0 });
  });
});

describe('layoutMapPage', () => {
  const page = layoutMapPage({
    ...pageSize('A4', 'landscape'),
    capture,
    colors,
    locale: 'zh',
    text: {
      title: '贵阳贵安新型城镇化规划图',
      subtitle: '筑府发〔2025〕17号',
      footer: ['制图日期', '数据来源', '审图号:未配置'],
    },
    legendTitle: '图例',
    legend: [
      { title: '区县', items: [{ label: '区县边界', swatch: { shape: 'fill', color: '#abc' } }] },
    ],
    measure,
  });
  it('carries title, legend, scale bar, north arrow and the 审图号', () => {
    expect(texts(page.ops)).toEqual(
      expect.arrayContaining(['贵阳贵安新型城镇化规划图', '图例', '区县边界', '审图号:未配置']),
    );
    expect(page.ops.some((op) => op.kind === 'north')).toBe(true);
    // Chinese map, Chinese scale bar: 公里 or 米.
    expect(texts(page.ops).some((t) => / (公里|米)$/.test(t))).toBe(true);
  });
  it('keeps the map inside the page and its aspect ratio', () => {
    const map = page.ops.find((op) => op.kind === 'map')!;
    if (map.kind !== 'map') throw new Error();
    expect(map.x + map.w).toBeLessThanOrEqual(page.width);
    expect(map.w / map.h).toBeCloseTo(1280 / 800, 5);
  });
});

describe('layoutPolicySheet', () => {
  const sheet = (paragraphs: number) =>
    layoutPolicySheet({
      capture,
      colors,
      locale: 'zh',
      text: { title: '政策单页', subtitle: '措施 三(一)', footer: ['审图号:未配置'] },
      sections: [
        {
          heading: '关联措施',
          blocks: [
            {
              heading: '三(一) 优化城市空间格局',
              paragraphs: Array(paragraphs).fill('文'.repeat(200)),
            },
          ],
        },
      ],
      pageLabel: (p, n) => `第 ${p} / ${n} 页`,
      truncated: '……余下内容见规划文件原文',
      measure,
    });
  it('is one page for a short measure, with the footer on it', () => {
    const pages = sheet(1);
    expect(pages).toHaveLength(1);
    expect(texts(pages[0]!.ops)).toEqual(
      expect.arrayContaining(['三(一) 优化城市空间格局', '审图号:未配置', '第 1 / 1 页']),
    );
  });
  it('flows onto a second page and is cut there, saying so', () => {
    const pages = sheet(40);
    expect(pages).toHaveLength(MAX_SHEET_PAGES);
    expect(texts(pages[1]!.ops)).toEqual(
      expect.arrayContaining(['……余下内容见规划文件原文', '第 2 / 2 页', '审图号:未配置']),
    );
  });
});
