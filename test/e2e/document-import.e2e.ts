import { join } from 'node:path';
import { DashboardPage } from '../support/dashboard-page';
import { describe, expect, test } from '../support/fixtures';

const FIXTURE = join(__dirname, '../fixtures/import/renamed-reordered.docx');

// docs/architecture.md, contract 5: a filled 申报书 set on document-import is previewed, nothing
// is stored until document-import-confirm, then the company and its draft are there.
describe('document import', () => {
  test('imports last year’s 申报书 after a preview, storing nothing before confirm', async ({
    extension,
  }) => {
    const dashboard = await DashboardPage.open(extension);
    const { page } = dashboard;
    await page.getByText('还没有项目草稿').waitFor();

    await page.getByTestId('document-import').setInputFiles(FIXTURE);
    const preview = page.getByTestId('document-import-preview');
    await preview.waitFor();
    // Every value with its source; the 2020 edition recognised from the cover.
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(48);
    const nameRow = preview.locator('tr[data-key="company.name"]');
    await expect.poll(() => nameRow.textContent()).toContain('成都云禾信息技术有限公司');
    await expect.poll(() => nameRow.textContent()).toContain('一、申报单位基本信息 · 企业名称');
    await expect
      .poll(() => page.getByTestId('document-import-summary').textContent())
      .toContain('2020 年批次');

    // Nothing stored yet: the draft list is still empty, with no company either.
    await expect.poll(() => page.getByText('还没有项目草稿').count()).toBe(1);
    await expect.poll(() => page.getByTestId('company-open').count()).toBe(0);

    await page.getByTestId('document-import-confirm').click();
    await page.getByTestId('document-import-message').filter({ hasText: '已导入' }).waitFor();
    await expect
      .poll(() => page.getByTestId('draft-item').textContent())
      .toContain('智慧社区居家养老服务平台');
    await expect.poll(() => page.getByTestId('company-open').count()).toBe(1);

    // The draft holds the imported values.
    await dashboard.openDraft();
    await expect.poll(() => dashboard.field('project.investment').inputValue()).toBe('1500');
    await expect.poll(() => dashboard.field('leader.name').inputValue()).toBe('赵磊');
  });
});
