import { expect, openMap, test } from './support/fixtures.ts';
import { oneCharacterColumns } from './support/layout-checks.ts';

for (const { name, width, height, query } of [
  { name: 'a 1280×800 screen', width: 1280, height: 800, query: '' },
  {
    name: 'a 1280×800 screen in English 关怀模式',
    width: 1280,
    height: 800,
    query: '?lang=en&care=1',
  },
  { name: 'a 390×844 phone', width: 390, height: 844, query: '' },
  { name: 'a 360×740 phone in 关怀模式', width: 360, height: 740, query: '?care=1' },
]) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport: { width, height } });

    test('a planner reads the whole frame confirmation inside the panel, nothing cut off', async ({
      page,
    }) => {
      await openMap(page, query);
      if (width <= 700) await page.getByTestId('side-panel').getByTestId('sheet-handle').click();
      await page
        .getByTestId('import-panel')
        .locator('input[type="file"]')
        .setInputFiles('e2e/fixtures/parcels-4524-no-prj.zip');
      const form = page.getByTestId('import-confirm');
      await expect(form).toBeVisible();
      // Nothing in the form reaches past its right edge, and the panel does not scroll sideways.
      const overflow = await form.evaluate((f) => {
        const edge = f.getBoundingClientRect().right + 0.5;
        const out = [...f.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > edge)
          .map((el) => `${el.tagName.toLowerCase()} +${el.getBoundingClientRect().right - edge}`);
        const panel = f.closest('[role="tabpanel"]')!;
        return {
          out,
          form: f.scrollWidth - f.clientWidth,
          panel: panel.scrollWidth - panel.clientWidth,
        };
      });
      expect(overflow).toEqual({ out: [], form: 0, panel: 0 });
      const panelBox = (await page.getByTestId('side-panel').boundingBox())!;
      const formBox = (await form.boundingBox())!;
      expect(formBox.x + formBox.width).toBeLessThanOrEqual(panelBox.x + panelBox.width);
      expect(await oneCharacterColumns(page)).toEqual([]);

      // And it still does its job.
      await form
        .getByRole('button', { name: /按此坐标系导入|Import in this coordinate system/ })
        .click();
      await expect(page.getByTestId('import-confirm')).toHaveCount(0);
    });
  });
}
