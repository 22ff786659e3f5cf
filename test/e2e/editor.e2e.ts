import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplicaServer, startReplicaServer } from '../replica/server';
import { DashboardPage } from '../support/dashboard-page';
import { type ExtensionBrowser, launchWithExtension } from '../support/extension-browser';
import { screenshotPath } from '../support/screenshots';

// The dashboard editor on real IndexedDB: type, see the 申报书's rules, never lose a keystroke.
describe('dashboard editor', () => {
  let server: ReplicaServer;
  let profile: string;

  beforeAll(async () => {
    server = await startReplicaServer();
    profile = mkdtempSync(join(tmpdir(), 'shenbao-editor-'));
  });

  afterAll(async () => {
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('creates a company and a draft, checks as the user types, and keeps text typed 1 s before the browser closed', async () => {
    const first = await launchWithExtension({
      replicaPort: server.port,
      userDataDir: profile,
      expectWelcome: true,
    });
    const dashboard = await DashboardPage.open(first);
    await dashboard.createCompany('重庆测试科技有限公司');
    await dashboard.createDraft();

    // A 统一社会信用代码 with a wrong check character is flagged under the field.
    await dashboard.field('company.creditCode').fill('91110000600037341M');
    await expect(dashboard.issues('company.creditCode').textContent()).resolves.toContain('校验位');
    await dashboard.field('company.creditCode').fill('91110000600037341L');
    await dashboard.issues('company.creditCode').waitFor({ state: 'detached' });

    // 字数: the counter beside 项目概述, and an error above 400.
    await dashboard.field('project.summary').fill('字'.repeat(401));
    await expect(dashboard.page.locator('#field-project-summary-count').textContent()).resolves.toContain(
      '401 / 400 字',
    );
    await expect(dashboard.issues('project.summary').textContent()).resolves.toContain('删减 1 字');
    await dashboard.page.screenshot({ path: screenshotPath('dashboard-editor-errors') });

    await dashboard.field('project.name').fill('基于物联网的社区健康服务平台');
    await dashboard.page.waitForTimeout(1000);
    await first.close();

    const second = await launchWithExtension({ replicaPort: server.port, userDataDir: profile });
    const again = await DashboardPage.open(second);
    await expect(again.page.getByTestId('draft-item').textContent()).resolves.toContain(
      '基于物联网的社区健康服务平台',
    );
    await again.openDraft();
    await expect(again.field('company.creditCode').inputValue()).resolves.toBe('91110000600037341L');
    await expect(again.field('project.summary').inputValue()).resolves.toHaveLength(401);
    await second.close();
  });
});

describe('dashboard editor: the attachment checklist', () => {
  let server: ReplicaServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startReplicaServer();
    browser = await launchWithExtension({ replicaPort: server.port });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows what is attached, flags a stale proof and a missing one', async () => {
    const dashboard = await DashboardPage.open(browser);
    await dashboard.page.getByTestId('sample-load').click();
    await dashboard.openDraft();
    const revenue = dashboard.page.getByTestId('attachment:attachment.revenueProof');
    await expect(revenue.textContent()).resolves.toContain('2019年度财务审计报告.pdf');
    await expect(revenue.textContent()).resolves.toContain('已附');

    // A 2018 audit report on the 2020 edition (fiscal year 2019) is stale.
    await revenue.getByLabel('材料年份').fill('2018');
    await dashboard.page.getByTestId('attach:attachment.revenueProof').setInputFiles({
      name: '2018年度审计报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n2018\n%%EOF\n'),
    });
    await expect(dashboard.issues('attachment.revenueProof').textContent()).resolves.toContain(
      '是 2018 年的材料，本届申报需要 2019 年的证明材料',
    );

    // Removing the only 申报主体责任声明 leaves 附3 missing.
    const declaration = dashboard.page.getByTestId('attachment:attachment.declaration');
    await declaration.getByRole('button', { name: /^移除/ }).click();
    await expect(declaration.textContent()).resolves.toContain('缺少');
    await expect(dashboard.issues('attachment.declaration').textContent()).resolves.toContain(
      '尚未附上证明材料',
    );
    await dashboard.page
      .getByTestId('section:attachments')
      .screenshot({ path: screenshotPath('dashboard-attachments') });
  });
});
