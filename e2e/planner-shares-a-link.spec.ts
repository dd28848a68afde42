import { PLACES, clickMapAt, expect, mapIdle, openMap, test } from './support/fixtures.ts';

test('a copied link reopens the same view, layers and selected district', async ({ page }) => {
  await openMap(page, '?view=106.61,26.63,10.5&layers=districts&feature=districts:520115');
  const view = await page.evaluate(() => window.planMap!.view());
  expect(view.center[0]).toBeCloseTo(106.61, 4);
  expect(view.center[1]).toBeCloseTo(26.63, 4);
  expect(view.zoom).toBeCloseTo(10.5, 4);
  await expect(page.getByRole('checkbox', { name: '显示一核三心多组团' })).not.toBeChecked();
  await expect(page.getByTestId('inspector').getByRole('heading', { level: 2 })).toHaveText(
    '观山湖区',
  );
  const selected = await page.evaluate(
    () => window.planMap!.map.getFeatureState({ source: 'districts', id: '520115' }).selected,
  );
  expect(selected).toBe(true);
});

test('a planner clicks a district, and the link in the address bar reopens it', async ({
  page,
}) => {
  await openMap(page);
  await clickMapAt(page, PLACES.huaxi);
  await expect(page.getByTestId('inspector').getByRole('heading', { level: 2 })).toHaveText(
    '花溪区',
  );
  await expect(page).toHaveURL(/feature=districts:520111/);

  await page.reload();
  await openMap(page, new URL(page.url()).search);
  await expect(page.getByTestId('inspector').getByRole('heading', { level: 2 })).toHaveText(
    '花溪区',
  );
  await page.getByRole('button', { name: '关闭详情' }).click();
  await expect(page.getByTestId('inspector')).toBeHidden();
  await expect(page).not.toHaveURL(/feature=/);
  await mapIdle(page);
});

test('a mistyped link still opens a working map and says what it ignored', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await openMap(
    page,
    '?view=abc&layers=districts,nope&feature=districts:<img src=x onerror=alert(1)>&zoom=3',
  );
  expect(warnings.join('\n')).toContain('view=');
  expect(warnings.join('\n')).toContain('nope');
  expect(warnings.join('\n')).toContain('zoom=');
  await expect(page.getByTestId('inspector')).toBeHidden();
});
