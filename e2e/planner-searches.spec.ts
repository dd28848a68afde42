import { expect, openMap, test } from './support/fixtures.ts';

test('a planner types pinyin initials and jumps to 观山湖区', async ({ page }) => {
  await openMap(page);
  const search = page.getByRole('combobox', { name: '搜索地点、措施或指标' });
  await search.fill('gshq');
  await expect(page.getByRole('option').first()).toContainText('观山湖区');
  await search.press('Enter');
  await expect(page.getByTestId('inspector').getByRole('heading', { level: 2 })).toHaveText(
    '观山湖区',
  );
  await expect(page).toHaveURL(/feature=districts:520115/);
});

test('a planner searches a phrase of the plan and opens the measure that contains it', async ({
  page,
}) => {
  await openMap(page);
  const search = page.getByRole('combobox', { name: '搜索地点、措施或指标' });
  await search.fill('阿哈湖');
  await page.getByRole('option', { name: /推进美丽贵阳贵安建设/ }).click();
  await expect(page.getByTestId('measure-detail')).toContainText('阿哈湖绿心');
});
