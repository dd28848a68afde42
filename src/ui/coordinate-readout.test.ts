import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatGaussKruger } from '../geo/format-coordinates.ts';
import { initI18n } from '../i18n/i18n.ts';
import { CoordinateReadout } from './coordinate-readout.tsx';

beforeAll(() => void initI18n('zh'));

describe('the coordinate readout', () => {
  it('shows degrees by default, with a switch to Gauss–Krüger and a copy button', () => {
    const html = renderToStaticMarkup(
      createElement(CoordinateReadout, { position: [106.714374, 26.567944], locale: 'zh' }),
    );
    expect(html).toContain('aria-pressed="true">经纬度</button>');
    expect(html).toContain('aria-pressed="false">高斯投影</button>');
    expect(html).toContain('aria-label="复制坐标:东经 106.714374°,北纬 26.567944°"');
    expect(html).toContain('role="status"');
  });

  it('shows the local zone in metres when asked', () => {
    const html = renderToStaticMarkup(
      createElement(CoordinateReadout, {
        position: [106.4, 26.4],
        locale: 'zh',
        defaultMode: 'gauss-kruger',
      }),
    );
    const text = formatGaussKruger([106.4, 26.4], 'zh').text;
    expect(text).toMatch(/^X\(北\)\d+\.\d{2} 米,Y\(东\)\d+\.\d{2} 米 · EPSG:4544$/);
    expect(html).toContain(`>${text}</button>`);
  });
});
