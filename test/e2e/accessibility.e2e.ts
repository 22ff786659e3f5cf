import { axeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';

// Every control labelled, the whole dashboard usable from the keyboard (axe-core + Tab).
describe('accessibility of the dashboard, editor and popup', () => {
  // One story on one browser (each launch costs seconds of the test command's budget).
  test('dashboard, editor with the whole 申报书 and popup have no axe violations; a draft is opened and edited from the keyboard alone', async ({
    sample,
  }) => {
    const { page } = sample.dashboard;
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('draft-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('application-editor').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('field:company.name').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('（测试）');
    await expect.poll(() => page.getByTestId('field:company.name').inputValue()).toMatch(/（测试）$/);
    // Tab moves on to the next cell (申报联系人·姓名), not into a trap.
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('field:contact.name');

    const popup = await sample.browser.context.newPage();
    await popup.goto(`chrome-extension://${sample.browser.extensionId}/popup.html`);
    await popup.getByTestId('popup-status').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
  });
});
