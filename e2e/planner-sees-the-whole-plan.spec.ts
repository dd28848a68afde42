import { expect, mapIdle, openMap, test } from './support/fixtures.ts';

// The parts of the plan that speak of places, each on the map (issue: the whole plan on the map).

test('a planner opens 三(三) and sees the rail corridors and the 1-hour area with its assumptions', async ({
  page,
}) => {
  await openMap(page, '?measure=3-3');
  const detail = page.getByTestId('measure-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText('三(三)');
  // Opening the measure turned its layers on, and the map draws them.
  await expect(page).toHaveURL(/layers=[^&]*transport/);
  await expect(page).toHaveURL(/layers=[^&]*commute/);
  await mapIdle(page);
  const drawn = await page.evaluate(() => {
    const map = window.planMap!.map;
    const ids = (layers: string[]) =>
      new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)));
    return {
      metro: [...ids(['transport-metro'])],
      rail: [...ids(['transport-rail'])],
      area: [...ids(['commute-fill'])],
    };
  });
  expect(drawn.metro).toEqual(expect.arrayContaining(['metro-line-1', 'metro-line-2']));
  expect(drawn.rail.length).toBeGreaterThan(0);
  expect(drawn.area).toEqual(['commute-area']);

  // The computed area says it is computed, from what, and which places it reaches and misses.
  const figure = detail.getByTestId('computed-commute-circle');
  await expect(figure).toContainText('个中心和组团在 60 分钟内');
  await expect(figure).toContainText('按示意线网计算');
  await expect(figure).toContainText('30公里/小时');
  await expect(figure.getByTestId('badge-schematic')).toBeVisible();
  await figure.getByTestId('shortfall-commute-circle').locator('summary').click();
  await expect(figure.getByTestId('shortfall-commute-circle').locator('li').first()).toContainText(
    '分钟',
  );
});

test('a planner opens 一(五) and sees the units raised against 16万套(间), labelled sample', async ({
  page,
}) => {
  await openMap(page, '?measure=1-5');
  const detail = page.getByTestId('measure-detail');
  const figure = detail.getByTestId('computed-affordable-housing');
  await expect(figure).toContainText('套(间)');
  await expect(figure).toContainText('对照 16万套(间)');
  // Computed from sample data, and it says so: a badge and the words.
  await expect(figure.getByTestId('badge-sample')).toBeVisible();
  await expect(figure).toContainText('样例数据');
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await expect(page).toHaveURL(/layers=[^&]*housing/);
});

test('a planner opens 二(二) and reads each development zone’s target by its level', async ({
  page,
}) => {
  await openMap(page, '?measure=2-2');
  const detail = page.getByTestId('measure-detail');
  await expect(detail).toContainText('分别达500万元/亩、300万元/亩以上');
  await expect(detail).toContainText('新增工业用地全部以“标准地”供应');
  // A national zone shows the national target, and says it comes from its level.
  await openMap(page, '?feature=parks:zone-jingkai');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('feature-indicators')).toContainText('国家级开发区');
});

test('the structure says only what the document says: focus areas, schematic, no 清镇 cluster', async ({
  page,
}) => {
  await openMap(page, '?feature=structure:core');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('badge-schematic')).toBeVisible();
  await expect(inspector.getByTestId('badge-real')).toHaveCount(0);
  await expect(inspector).toContainText('以云岩区、南明区为重点');
  const clusters = await page.evaluate(() =>
    window
      .planMap!.map.querySourceFeatures('structure')
      .filter((f) => f.properties.role === 'cluster')
      .map((f) => String(f.properties.id)),
  );
  expect([...new Set(clusters)].sort()).toEqual([
    'cluster-kaiyang',
    'cluster-xifeng',
    'cluster-xiuwen',
  ]);
});
