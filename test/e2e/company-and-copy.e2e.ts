import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplicaServer, startReplicaServer } from '../replica/server';
import { DashboardPage } from '../support/dashboard-page';
import { type ExtensionBrowser, launchWithExtension } from '../support/extension-browser';
import { screenshotPath } from '../support/screenshots';

describe('dashboard: company figures by year and 从往年申报复制', () => {
  let server: ReplicaServer;
  let browser: ExtensionBrowser;
  let dashboard: DashboardPage;

  beforeAll(async () => {
    server = await startReplicaServer();
    browser = await launchWithExtension({ replicaPort: server.port });
    dashboard = await DashboardPage.open(browser);
    await dashboard.page.getByTestId('sample-load').click();
    await dashboard.page.getByTestId('draft-item').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('edits the figures as a table by year, checks them, and keeps them', async () => {
    const { page } = dashboard;
    await page.getByTestId('company-open').click();
    await page.getByTestId('figures-table').waitFor();
    await expect(page.getByTestId('figures-table').locator('thead th').allTextContents()).resolves.toEqual([
      '栏目',
      '2017 年',
      '2018 年',
      '2019 年',
    ]);
    // 研发投入 above 主营业务收入 is questioned in its cell.
    await page.getByTestId('figure:2019:figures.rdInvestment').fill('99999');
    await expect(page.getByTestId('figures-table').textContent()).resolves.toContain('超过了主营业务收入');
    await page.getByTestId('figure:2019:figures.rdInvestment').fill('1468.3');
    await page.getByLabel('添加年度').fill('2020');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByTestId('figure:2020:figures.mainRevenue').fill('15230');
    await page.screenshot({ path: screenshotPath('dashboard-company'), fullPage: true });
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByTestId('company-open').click();
    await expect(page.getByTestId('figure:2020:figures.mainRevenue').inputValue()).resolves.toBe('15230');
    await page.getByRole('button', { name: '返回列表' }).click();
  });

  it('copies a 2018 draft into the 2020 edition, mapping the direction and listing what to check', async () => {
    const { page } = dashboard;
    await page.getByLabel('申报批次').selectOption('2018');
    await dashboard.createDraft();
    await dashboard.field('project.name').fill('智慧校园在线教育平台');
    await page.getByRole('radio', { name: '方向4：在线教育服务' }).check();
    await page.getByLabel('起止日期（开始）').fill('2018-01-01');
    await dashboard.waitSaved();
    await page.getByRole('button', { name: '返回列表' }).click();

    await page.getByTestId('copy-source').selectOption({ label: '智慧校园在线教育平台（2018年）' });
    await page.getByTestId('copy-target').selectOption('2020');
    await page.getByTestId('draft-copy').click();
    await expect(page.getByTestId('copy-attention').textContent()).resolves.toContain('沿用了2018年的日期');
    const copies = page.getByTestId('draft-item').filter({ hasText: '智慧校园在线教育平台' });
    await expect(copies.count()).resolves.toBe(2);
    await copies.filter({ hasText: '2020年' }).getByTestId('draft-open').click();
    await expect(page.getByRole('radio', { name: '方向4：网络教育服务' }).isChecked()).resolves.toBe(true);
  });
});
