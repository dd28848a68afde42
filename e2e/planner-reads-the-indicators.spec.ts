import { expect, openMap, test } from './support/fixtures.ts';

test('a planner opens 常住人口城镇化率 83% from the indicator dashboard', async ({ page }) => {
  await openMap(page);
  await page.getByRole('tab', { name: '指标' }).click();
  const card = page.getByTestId('indicator-urbanization-rate');
  await expect(card).toContainText('常住人口城镇化率');
  await expect(card).toContainText('常住人口城镇化率达83%左右');
  await card.click();
  const detail = page.getByTestId('indicator-detail');
  await expect(detail.getByTestId('indicator-target')).toHaveText('常住人口城镇化率达83%左右');
  await expect(detail).toContainText('实现贵阳贵安常住人口城镇化率达83%左右的目标');
  // The document gives no baseline: the app says so instead of inventing one.
  await expect(detail).toContainText('文件未给出基期值和年度目标');
  await expect(page).toHaveURL(/indicator=urbanization-rate/);
});

test('a link to an indicator reopens it, and its measure is one click away', async ({ page }) => {
  await openMap(page, '?indicator=pipe-network-km');
  const detail = page.getByTestId('indicator-detail');
  await expect(detail.getByTestId('indicator-target')).toHaveText(
    '累计建设改造城市地下管网1800公里',
  );
  await detail.getByRole('button', { name: /四\(二\)/ }).click();
  await expect(page.getByTestId('measure-detail').getByRole('heading', { level: 2 })).toContainText(
    '加强韧性城市建设',
  );
  await expect(page).toHaveURL(/measure=4-2/);
});

test('the dashboard lists every target of the document, grouped by chapter', async ({ page }) => {
  await openMap(page, '?panel=indicators');
  await expect(page.locator('[data-testid^="indicator-"]')).toHaveCount(24);
  await expect(page.getByRole('heading', { name: '总体目标' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /四、稳步推进城市更新/ })).toBeVisible();
});
