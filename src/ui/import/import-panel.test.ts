import type { Feature } from 'geojson';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n.ts';
import type { Inspection } from '../../import/import-dataset.ts';
import type { ImportIssue } from '../../import/import-issue.ts';
import { parcelCollection } from '../../import/__fixtures__/import-cases.ts';
import { catalogue } from '../../plan/catalogue.ts';
import { FrameConfirmation } from './frame-confirmation.tsx';
import { ImportIssueList } from './import-issue-list.tsx';
import { ImportPanel } from './import-panel.tsx';
import { ImportedFeatureDetails } from './imported-feature-details.tsx';
import type { ImportedLayers } from './use-imported-layers.ts';

// Server rendering in node: enough to check what the components say and that data from
// files comes out as escaped text. Interaction is the browser stories' part.

const HOSTILE = '<img src=x onerror=alert(1)>';
// HOSTILE as markup-safe text: `<` escaped; `>` may stay (it starts no tag), as Preact writes it.
const SAFE = String.raw`&lt;img src=x onerror=alert\(1\)(?:&gt;|>)`;
beforeAll(() => void initI18n('zh'));

const imported = (over: Partial<ImportedLayers> = {}): ImportedLayers => ({
  layers: [],
  loading: false,
  storeError: null,
  add: async () => {},
  remove: async () => {},
  setLinks: async () => {},
  ...over,
});

describe('the import panel renders data from files as text, never as HTML', () => {
  it('offers a labelled file picker and a drop zone', () => {
    const html = renderToStaticMarkup(
      createElement(ImportPanel, { locale: 'zh', imported: imported() }),
    );
    expect(html).toMatch(/<label class="import-choose">选择文件<input type="file"/);
    expect(html).toContain('data-testid="import-drop-zone"');
    expect(html).toContain('最大 100.0 MB');
  });

  it('lists problems with where and rule, hostile text escaped', () => {
    const issues: ImportIssue[] = [
      {
        rule: 'coord-swapped',
        where: { file: `${HOSTILE}.geojson`, feature: HOSTILE },
        message: { zh: `纬度与经度颠倒 ${HOSTILE}`, en: 'swapped' },
      },
    ];
    const html = renderToStaticMarkup(createElement(ImportIssueList, { issues, locale: 'zh' }));
    expect(html).not.toContain('<img');
    expect(html).toMatch(new RegExp(`${SAFE}\\.geojson › 要素 &lt;img`));
    expect(html).toContain('data-rule="coord-swapped"');
  });

  it('lists imported layers with export and remove, names escaped', () => {
    const layer = {
      id: 'l1',
      name: HOSTILE,
      fileName: 'x.zip',
      frame: 'EPSG:4545' as const,
      importedAt: '2025-11-28T08:00:00.000Z',
      featureCount: 3,
      collection: parcelCollection('EPSG:4326'),
      links: {},
    };
    const html = renderToStaticMarkup(
      createElement(ImportPanel, { locale: 'zh', imported: imported({ layers: [layer] }) }),
    );
    expect(html).not.toContain('<img');
    expect(html).toMatch(new RegExp(`aria-label="移除图层“${SAFE}”"`));
    expect(html).toContain('CGCS2000 3度带 中央经线108°E(不带带号) (EPSG:4545)');
  });
});

describe('the frame confirmation', () => {
  const inspection: Inspection = {
    fileName: 'parcels.zip',
    format: 'shapefile',
    featureCount: 3,
    geometryTypes: ['Polygon'],
    propertyNames: ['名称', HOSTILE],
    detection: {
      kind: 'metres',
      candidates: [],
      reasons: [{ zh: '米制坐标', en: 'metres' }],
      sampleSize: 15,
    },
    candidates: [
      {
        frame: 'EPSG:4545',
        confidence: 'high',
        reasons: [{ zh: '按 EPSG:4545 换算落在贵阳', en: 'in Guiyang' }],
      },
      {
        frame: 'EPSG:4544',
        confidence: 'low',
        reasons: [{ zh: '偏西约 300 公里', en: '300 km west' }],
      },
    ],
    suggested: 'EPSG:4545',
    preselected: 'EPSG:4545',
    landings: [
      {
        frame: 'EPSG:4545',
        centre: [106.683, 26.585],
        insideShare: 1,
        kmFromGuiyang: 3,
        district: { name: '南明区', share: 1 },
      },
      { frame: 'EPSG:4544', centre: [103.683, 26.585], insideShare: 0, kmFromGuiyang: 302 },
    ],
    caution: { offsetUndecided: false, outside: false },
    encoding: 'gbk',
    warnings: [],
  };
  const render = () =>
    renderToStaticMarkup(
      createElement(FrameConfirmation, {
        inspection,
        locale: 'zh',
        headingRef: { current: null },
        onConfirm: () => {},
        onCancel: () => {},
      }),
    );
  let html = '';
  beforeAll(() => {
    html = render();
  });

  it('is a radio group of the candidates, the suggestion checked, each with its reasons', () => {
    expect(html).toContain('<fieldset><legend>确认坐标系</legend>');
    expect(html).toMatch(/type="radio"[^>]* value="EPSG:4545" checked[ =/]/);
    expect(html).toMatch(/name="[^"]+-frame" value="EPSG:4544"/);
    expect(html).toContain('按 EPSG:4545 换算落在贵阳');
    expect(html).toContain('很可能');
  });

  it('offers every frame in a labelled list', () => {
    expect((html.match(/<option /g) ?? []).length).toBe(8);
    expect(html).toContain('从全部坐标系中选择');
  });

  it('shows attribute names as text', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('名称、&lt;img');
  });

  it('shows where the features land under each candidate, as a table', () => {
    expect(html).toContain('<caption>按各坐标系换算后要素的落点</caption>');
    expect(html).toContain('106.683°E, 26.585°N,100% 在南明区');
    expect(html).toContain('103.683°E, 26.585°N,距贵阳市中心约 302 公里(范围外)');
  });
});

describe('the frame confirmation when the coordinates cannot decide', () => {
  const degrees = (over: Partial<Inspection>): Inspection => ({
    fileName: 'points.geojson',
    format: 'geojson',
    featureCount: 4,
    geometryTypes: ['Point'],
    propertyNames: ['name'],
    detection: {
      kind: 'degrees',
      candidates: [],
      reasons: [],
      sampleSize: 4,
      offsetUndecided: true,
    },
    candidates: (['EPSG:4326', 'EPSG:4490', 'GCJ-02', 'BD-09'] as const).map((frame) => ({
      frame,
      confidence: 'medium' as const,
      reasons: [],
    })),
    suggested: 'EPSG:4326',
    preselected: null,
    landings: [
      {
        frame: 'EPSG:4326',
        centre: [106.693, 26.594],
        insideShare: 1,
        kmFromGuiyang: 3,
        metresFromWgs84: 0,
        directionFromWgs84: 'N',
      },
      {
        frame: 'GCJ-02',
        centre: [106.69, 26.598],
        insideShare: 1,
        kmFromGuiyang: 4,
        metresFromWgs84: 541,
        directionFromWgs84: 'NW',
      },
    ],
    caution: { offsetUndecided: true, outside: false },
    warnings: [],
    ...over,
  });
  const render = (inspection: Inspection, locale: 'zh' | 'en' = 'zh') =>
    renderToStaticMarkup(
      createElement(FrameConfirmation, {
        inspection,
        locale,
        headingRef: { current: null },
        onConfirm: () => {},
        onCancel: () => {},
      }),
    );

  it('preselects nothing, ranks no frame above another, and asks where the data came from', () => {
    const html = render(degrees({}));
    expect(html).not.toMatch(/type="radio"[^>]* checked[ =/]/);
    expect(html).toContain('<legend>这些数据来自哪里?</legend>');
    expect(html).toContain('高德地图、腾讯地图等国内网络地图 → GCJ-02');
    expect(html).toContain('百度地图 → BD-09');
    expect((html.match(/仅凭坐标无法区分<\/span>/g) ?? []).length).toBe(4);
    expect(html).toContain('向西北偏移约 541 米');
  });

  it('warns before importing when no frame puts the data in Guiyang, and preselects nothing', () => {
    const html = render(
      degrees({
        detection: { kind: 'metres', candidates: [], reasons: [], sampleSize: 1 },
        caution: { offsetUndecided: false, outside: true },
        landings: [
          { frame: 'EPSG:4545', centre: [108.662, 26.542], insideShare: 0, kmFromGuiyang: 194 },
        ],
      }),
    );
    expect(html).toMatch(/role="alert" data-testid="import-outside"/);
    expect(html).toContain('数据不在贵阳贵安范围内');
    expect(html).toContain('距贵阳市中心约 194 公里(范围外)');
    expect(html).not.toContain('data-testid="import-source"');
  });
});

describe('the imported feature details (inspector)', () => {
  it('shorten a megabyte attribute, saying how long it is, with the whole text one action away', () => {
    const feature: Feature = {
      type: 'Feature',
      id: 'f1',
      properties: { id: 'f1', 说明: '长'.repeat(1024 * 1024), ['名'.repeat(5000)]: 1 },
      geometry: { type: 'Point', coordinates: [106.7, 26.6] },
    };
    const started = performance.now();
    const html = renderToStaticMarkup(
      createElement(ImportedFeatureDetails, {
        feature,
        links: { measures: [], indicators: [] },
        catalogue,
        locale: 'zh',
        onLinksChange: () => {},
      }),
    );
    expect(performance.now() - started).toBeLessThan(200);
    expect(html.length).toBeLessThan(40_000);
    expect(html).toContain('已截短显示,共 1,048,576 字');
    expect(html).toContain('复制全文(1,048,576 字)');
    expect(html).toContain('下载全文(.txt,1,048,576 字)');
    expect(html).not.toContain('显示全部(1,048,576');
  });

  it('show every attribute as text and the plan as check boxes', () => {
    const feature = parcelCollection('EPSG:4326').features[2]!;
    const html = renderToStaticMarkup(
      createElement(ImportedFeatureDetails, {
        feature,
        links: { measures: [catalogue.measures[0]!.id], indicators: [] },
        catalogue,
        locale: 'zh',
        onLinksChange: () => {},
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).toMatch(new RegExp(`<dt>备注</dt><dd>${SAFE}</dd>`));
    expect((html.match(/type="checkbox"/g) ?? []).length).toBe(
      catalogue.measures.length + catalogue.indicators.length,
    );
    expect(html.match(/type="checkbox" checked[ =/]/g)).toHaveLength(1);
  });
});
