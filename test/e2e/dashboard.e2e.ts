import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { DashboardPage } from '../support/dashboard-page';
import { describe, expect, test } from '../support/fixtures';
import { screenshotPath } from '../support/screenshots';

// The dashboard on real IndexedDB in the built extension: 载入示例 (docs/architecture.md, contract 4).
describe('dashboard: the built-in sample applicant', () => {
  test('loads with one click, survives a reload, validates clean, and can be removed', async ({
    extension,
  }) => {
    const { page } = await DashboardPage.open(extension);
    await page.getByText('还没有项目草稿').waitFor();

    await page.getByTestId('sample-load').click();
    const item = page.getByTestId('draft-item');
    await item.filter({ hasText: String(SAMPLE_APPLICANT.draft.values['project.name']) }).waitFor();
    await page
      .getByTestId('draft-status')
      .filter({ hasText: /^可以提交$/ })
      .waitFor();
    await page.screenshot({ path: screenshotPath('dashboard-sample'), fullPage: true });

    await page.reload();
    await item.first().waitFor();
    expect(await item.count()).toBe(1);

    // The popup shows the current draft (the sample, the only one) and its completeness.
    const popup = await extension.context.newPage();
    await popup.setViewportSize({ width: 332, height: 300 });
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup
      .getByTestId('popup-status')
      .filter({ hasText: /^可以提交$/ })
      .waitFor();
    expect(await popup.locator('main').textContent()).toContain(
      String(SAMPLE_APPLICANT.company['company.name']),
    );
    await popup.screenshot({ path: screenshotPath('popup') });
    await popup.close();

    await page.getByTestId('sample-remove').click();
    await page.getByText('还没有项目草稿').waitFor();
    expect(await item.count()).toBe(0);
  });
});
