import { rmSync } from 'node:fs';
import { DashboardPage } from '../support/dashboard-page';
import { type ExtensionBrowser, launchWithExtension } from '../support/extension-browser';
import { describe, expect, newProfileFrom, test } from '../support/fixtures';
import { screenshotPath } from '../support/screenshots';

// The dashboard editor on real IndexedDB: type, see the 申报书's rules, keep what was saved.
describe('dashboard editor', () => {
  test('creates a company and a draft, checks as the user types, and keeps it across a restart', async ({
    replicaPort,
    onTestFinished,
  }) => {
    const profile = newProfileFrom('blank');
    const opened: ExtensionBrowser[] = [];
    onTestFinished(async () => {
      for (const browser of opened) await browser.close();
      rmSync(profile, { recursive: true, force: true });
    });
    const first = await launchWithExtension({ replicaPort, userDataDir: profile, expectWelcome: false });
    opened.push(first);
    const dashboard = await DashboardPage.open(first);
    await dashboard.createCompany('重庆测试科技有限公司');
    await dashboard.createDraft();

    // A 统一社会信用代码 with a wrong check character is flagged under the field.
    await dashboard.field('company.creditCode').fill('91110000600037341M');
    await dashboard.issues('company.creditCode').filter({ hasText: '校验位' }).waitFor();
    await dashboard.field('company.creditCode').fill('91110000600037341L');
    await dashboard.issues('company.creditCode').waitFor({ state: 'detached' });

    // 字数: the counter beside 项目概述, and an error above 400.
    await dashboard.field('project.summary').fill('字'.repeat(401));
    await dashboard.page
      .locator('#field-project-summary-count')
      .filter({ hasText: '401 / 400 字' })
      .waitFor();
    await dashboard.issues('project.summary').filter({ hasText: '删减 1 字' }).waitFor();
    await dashboard.page.screenshot({ path: screenshotPath('dashboard-editor-errors') });

    await dashboard.field('project.name').fill('基于物联网的社区健康服务平台');
    await dashboard.waitSaved();
    await first.close();

    const second = await launchWithExtension({ replicaPort, userDataDir: profile });
    opened.push(second);
    const again = await DashboardPage.open(second);
    await again.page.getByTestId('draft-item').filter({ hasText: '基于物联网的社区健康服务平台' }).waitFor();
    await again.openDraft();
    expect(await again.field('company.creditCode').inputValue()).toBe('91110000600037341L');
    expect(await again.field('project.summary').inputValue()).toHaveLength(401);
  });
});

describe('dashboard editor: the attachment checklist', () => {
  test('shows what is attached, flags a stale proof and a missing one, refuses a file that is no proof', async ({
    sample,
  }) => {
    const { dashboard } = sample;
    await dashboard.openDraft();
    const revenue = dashboard.page.getByTestId('attachment:attachment.revenueProof');
    await revenue.filter({ hasText: '2019年度财务审计报告.pdf' }).filter({ hasText: '已附' }).waitFor();

    // A 2018 audit report on the 2020 edition (fiscal year 2019) is stale.
    await revenue.getByLabel('材料年份').fill('2018');
    await dashboard.page.getByTestId('attach:attachment.revenueProof').setInputFiles({
      name: '2018年度审计报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n2018\n%%EOF\n'),
    });
    await dashboard
      .issues('attachment.revenueProof')
      .filter({ hasText: '是 2018 年的材料，本届申报需要 2019 年的证明材料' })
      .waitFor();

    // Removing the only 申报主体责任声明 leaves 附3 missing.
    const declaration = dashboard.page.getByTestId('attachment:attachment.declaration');
    await declaration.getByRole('button', { name: /^移除/ }).click();
    await declaration.filter({ hasText: '缺少' }).waitFor();
    await dashboard.issues('attachment.declaration').filter({ hasText: '尚未附上证明材料' }).waitFor();

    // A 2-byte program named like a proof is refused by its content, and 附3 stays missing.
    await dashboard.page.getByTestId('attach:attachment.declaration').setInputFiles({
      name: '声明.exe',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ'),
    });
    await dashboard.page
      .getByRole('alert')
      .filter({ hasText: '「声明.exe」不是 PDF、JPG、PNG 文件（按文件内容判断，不看扩展名）' })
      .waitFor();
    await declaration.filter({ hasText: '缺少' }).waitFor();
    await dashboard.page
      .getByTestId('section:attachments')
      .screenshot({ path: screenshotPath('dashboard-attachments') });
  });
});
