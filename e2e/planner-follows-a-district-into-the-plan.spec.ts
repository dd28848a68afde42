import type { Page } from '@playwright/test';
import { PLACES, clickMapAt, expect, mapIdle, openMap, test } from './support/fixtures.ts';

const highlightedIn = (page: Page, source: string, ids: string[]) =>
  page.evaluate(
    ({ source, ids }) =>
      ids.filter((id) => window.planMap!.map.getFeatureState({ source, id }).highlighted === true),
    { source, ids },
  );

test('a planner selects 观山湖区, finds measure 三(一), opens it, and the whole structure lights up', async ({
  page,
}) => {
  // Centred on 观山湖区, so the inspector panel cannot cover the clicked place.
  await openMap(page, '?view=106.5,26.63,10.5');
  await clickMapAt(page, PLACES.guanshanhu);
  const inspector = page.getByTestId('inspector');
  // The structure's 北部中心 lies on top of 观山湖区; the click selects the topmost feature.
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText(
    '北部中心(观山湖区、白云区)',
  );
  await page.getByRole('checkbox', { name: '显示一核三心多组团' }).uncheck();
  await clickMapAt(page, PLACES.guanshanhu);
  await expect(inspector.getByRole('heading', { level: 2 })).toHaveText('观山湖区');

  const measures = inspector.getByTestId('feature-measures');
  await expect(measures).toContainText('三(一)');
  await expect(measures).toContainText(
    '北部中心以观山湖区、白云区为重点培育政务服务、金融商贸、文体会展等功能',
  );

  await measures.getByRole('button', { name: '查看措施 三(一)' }).click();
  const detail = page.getByTestId('measure-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(
    '构建“一核三心多组团”城市空间格局',
  );
  await expect(detail).toContainText('推动贵阳贵安常住人口达750万人左右');
  await expect(page).toHaveURL(/measure=3-1/);

  // Opening the measure brings its layers back and highlights the core, centres and clusters.
  await page.getByRole('tab', { name: '图层' }).click();
  await page.getByRole('checkbox', { name: '显示一核三心多组团' }).check();
  await mapIdle(page);
  const structure = [
    'core',
    'centre-north',
    'centre-south',
    'centre-east',
    'cluster-kaiyang',
    'cluster-xifeng',
    'cluster-xiuwen',
  ];
  expect(await highlightedIn(page, 'structure', structure)).toEqual(structure);
  expect(await highlightedIn(page, 'districts', ['520111'])).toEqual([]);
});

test('a link to measure 三(一) reopens it with its features highlighted and in view', async ({
  page,
}) => {
  await openMap(page, '?measure=3-1');
  await expect(page.getByRole('tab', { name: '规划' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('measure-detail').getByRole('heading', { level: 2 })).toContainText(
    '三(一)',
  );
  expect(await highlightedIn(page, 'structure', ['core', 'cluster-xifeng'])).toEqual([
    'core',
    'cluster-xifeng',
  ]);
  // The view was fitted to the highlighted features: 息烽县城 (far north) is on screen.
  const onScreen = await page.evaluate(() =>
    window.planMap!.map.getBounds().contains([106.736568, 27.093912]),
  );
  expect(onScreen).toBe(true);
});

test('a planner opens the plan outline and finds all 19 measures under 4 chapters', async ({
  page,
}) => {
  await openMap(page, '?panel=plan');
  const outline = page.getByTestId('side-panel');
  await expect(outline.getByRole('heading', { level: 3 })).toHaveCount(4);
  await expect(outline.locator('[data-testid^="measure-"]')).toHaveCount(19);
  await outline.getByTestId('measure-4-2').click();
  await expect(page.getByTestId('measure-detail')).toContainText(
    '累计建设改造城市地下管网1800公里',
  );
  await page.getByRole('button', { name: '返回目录' }).click();
  await expect(outline.getByTestId('measure-4-2')).toBeVisible();
});
