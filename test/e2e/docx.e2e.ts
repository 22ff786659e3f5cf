import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import type { DashboardPage } from '../support/dashboard-page';
import { bodyParagraphs, type DocxTable, tablesOf, unzipDocx } from '../support/docx-inspect';
import { describe, expect, type SampleFixture, test } from '../support/fixtures';
import { screenshotPath } from '../support/screenshots';

interface Exported {
  name: string;
  files: Record<string, string>;
  table: DocxTable;
  body: string[];
}

async function readDownload(download: Download): Promise<Exported> {
  const path = await download.path();
  const files = unzipDocx(readFileSync(path));
  const document = files['word/document.xml'] ?? '';
  return {
    name: download.suggestedFilename(),
    files,
    table: tablesOf(document)[0] ?? [],
    body: bodyParagraphs(document),
  };
}

/** Texts of a table row's cells, without those a vertical merge covers. */
function row(exported: Exported, firstCell: string): string[] {
  const rows = exported.table.map((cells) => cells.filter((cell) => cell.vMerge !== 'continue'));
  const found = rows.find((cells) => cells[0]?.text.split('\n')[0] === firstCell);
  return (found ?? []).map((cell) => cell.text);
}

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
};

/** The sample's draft open in the editor. */
async function sampleEditor(sample: SampleFixture): Promise<DashboardPage> {
  await sample.dashboard.openDraft();
  return sample.dashboard;
}

// 「导出申报书 (.docx)」 from the dashboard editor: the file's tables hold the draft's values.
describe('申报书 export from the dashboard', () => {
  test('downloads the complete sample as 申报书-<项目名称>-YYYYMMDD.docx with its values in tables 一 and 二 and the chosen 申报日期', async ({
    sample,
  }) => {
    const dashboard = await sampleEditor(sample);
    await dashboard.page.getByTestId('export-docx').click();
    // The dialog offers the draft's 申报日期; the one chosen is printed on the cover and the 责任声明.
    const date = dashboard.page.getByTestId('export-date');
    await expect.poll(() => date.inputValue()).toBe('2020-05-06');
    await date.fill('2020-05-08');
    const [download] = await Promise.all([
      dashboard.page.waitForEvent('download'),
      dashboard.page.getByTestId('export-docx-confirm').click(),
    ]);
    const exported = await readDownload(download);
    expect(exported.name).toBe(`申报书-基于5G和人工智能的“云栈医联”互联网医疗服务平台-${today()}.docx`);
    expect(exported.body).toContain('申报日期：2020年5月8日');
    expect(exported.body.at(-1)?.trim()).toBe('2020年5月8日');
    expect(row(exported, '单位名称')).toEqual(['单位名称', '重庆云栈数智科技股份有限公司']);
    expect(row(exported, '申报联系人')).toEqual(['申报联系人', '姓名', '周晓岚', '手机', '13983627415']);
    expect(row(exported, '单位性质')[1]).toContain('☑民营企业');
    expect(row(exported, '主营业务收入（万元）')).toEqual([
      '主营业务收入（万元）\n（提供证明材料）',
      '12680',
      '研发投入（万元）',
      '1468.3',
    ]);
    expect(row(exported, '项目名称')[1]).toBe('基于5G和人工智能的“云栈医联”互联网医疗服务平台');
    expect(row(exported, '示范项目领域')[1]).toContain('☑方向3：在线医疗服务');
    expect(exported.body).toContain('（1）2019年度财务审计报告.pdf（2019年）');
    expect(exported.files['word/header1.xml']).toBeUndefined();
    await dashboard.page.getByTestId('export-docx-state').filter({ hasText: '已导出' }).waitFor();
  });

  test('shows the same document as a print preview', async ({ sample }) => {
    const dashboard = await sampleEditor(sample);
    await dashboard.page.getByTestId('print-preview').click();
    const dialog = dashboard.page.getByTestId('print-preview-dialog');
    await dialog.waitFor();
    const frame = dashboard.page.frameLocator('[data-testid="print-preview-frame"]');
    await frame
      .locator('td.c-value[data-key="company.name"]')
      .filter({ hasText: /^重庆云栈数智科技股份有限公司$/ })
      .waitFor();
    await expect.poll(() => frame.locator('h1', { hasText: '三、申报项目详细介绍' }).count()).toBe(1);
    await dashboard.page.screenshot({ path: screenshotPath('docx-print-preview') });
    await dashboard.page.getByTestId('print-preview-close').click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('reports an empty required cell first, then exports the edited draft marked 草稿', async ({
    sample,
  }) => {
    const dashboard = await sampleEditor(sample);
    await dashboard.field('contact.name').fill('王晓明');
    await dashboard.field('contact.fax').fill('');
    await dashboard.page.getByTestId('export-docx').click();
    const issues = dashboard.page.getByTestId('export-docx-issues');
    await issues.filter({ hasText: '申报联系人·传真' }).waitFor();
    await dashboard.page.screenshot({ path: screenshotPath('docx-preflight') });
    const [download] = await Promise.all([
      dashboard.page.waitForEvent('download'),
      dashboard.page.getByTestId('export-docx-draft').click(),
    ]);
    const exported = await readDownload(download);
    expect(exported.name).toBe(`申报书-基于5G和人工智能的“云栈医联”互联网医疗服务平台-${today()}-草稿.docx`);
    expect(row(exported, '申报联系人')).toEqual(['申报联系人', '姓名', '王晓明', '手机', '13983627415']);
    expect(row(exported, '职务')).toEqual(['职务', '董事会秘书', '传真', '【待填写】']);
    expect(exported.files['word/header1.xml']).toContain('草稿');
    await issues.waitFor({ state: 'detached' });
  });
});
