import { describe, expect, test } from '../support/fixtures';
import { screenshotPath } from '../support/screenshots';

describe('dashboard: company figures by year and 从往年申报复制', () => {
  // One story on one browser (each launch costs seconds of the test command's budget).
  test('edits the figures as a table by year and keeps them; copies a 2018 draft into the 2020 edition, mapping the direction', async ({
    sample,
  }) => {
    const { page } = sample.dashboard;
    await page.getByTestId('company-open').click();
    const table = page.getByTestId('figures-table');
    await expect
      .poll(() => table.locator('thead th').allTextContents())
      .toEqual(['栏目', '2017 年', '2018 年', '2019 年']);
    // 研发投入 above 主营业务收入 is questioned in its cell.
    await page.getByTestId('figure:2019:figures.rdInvestment').fill('99999');
    await expect.poll(() => table.textContent()).toContain('超过了主营业务收入');
    await page.getByTestId('figure:2019:figures.rdInvestment').fill('1468.3');
    await expect.poll(() => table.textContent()).not.toContain('超过了主营业务收入');
    await page.getByLabel('添加年度').fill('2020');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByTestId('figure:2020:figures.mainRevenue').fill('15230');
    await page.getByTestId('save-state').filter({ hasText: '已自动保存' }).waitFor();
    await page.screenshot({ path: screenshotPath('dashboard-company'), fullPage: true });

    await page.reload();
    await page.getByTestId('company-open').click();
    await expect.poll(() => page.getByTestId('figure:2020:figures.mainRevenue').inputValue()).toBe('15230');
    await expect.poll(() => page.getByTestId('figure:2019:figures.rdInvestment').inputValue()).toBe('1468.3');
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.getByTestId('draft-create').waitFor();

    const { dashboard } = sample;
    await page.getByLabel('申报批次').selectOption('2018');
    await dashboard.createDraft();
    await dashboard.field('project.name').fill('智慧校园在线教育平台');
    await page.getByRole('radio', { name: '方向4：在线教育服务' }).check();
    await page.getByLabel('起止日期（开始）').fill('2018-01-01');
    await dashboard.waitSaved();
    await page.getByRole('button', { name: '返回列表' }).click();
    const items = page.getByTestId('draft-item').filter({ hasText: '智慧校园在线教育平台' });
    await expect.poll(() => items.count()).toBe(1);

    await page.getByTestId('copy-source').selectOption({ label: '智慧校园在线教育平台（2018年）' });
    await page.getByTestId('copy-target').selectOption('2020');
    await page.getByTestId('draft-copy').click();
    await page.getByTestId('copy-attention').filter({ hasText: '沿用了2018年的日期' }).waitFor();
    // The attention list appears only once the list already shows the copy beside its source.
    const listed = await items.allTextContents();
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(
      expect.arrayContaining([expect.stringContaining('2018年'), expect.stringContaining('2020年')]),
    );
    await items.filter({ hasText: '2020年' }).getByTestId('draft-open').click();
    await expect.poll(() => page.getByRole('radio', { name: '方向4：网络教育服务' }).isChecked()).toBe(true);
  });
});
