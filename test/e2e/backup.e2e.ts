import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { BACKUP_VERSION } from '@/lib/backup/format';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { DashboardPage } from '../support/dashboard-page';
import { describe, expect, test } from '../support/fixtures';
import { screenshotPath } from '../support/screenshots';

const COMPANY_NAME = String(SAMPLE_APPLICANT.company['company.name']);
const PROJECT_NAME = String(SAMPLE_APPLICANT.draft.values['project.name']);

/** Texts of the draft list's items (empty when the list shows its empty state). */
async function draftNames(page: Page): Promise<string[]> {
  return page.getByTestId('draft-item').allTextContents();
}

// docs/architecture.md, contract 4: export from backup-export, import through backup-import (an
// <input type=file>) with a preview to confirm; a broken file changes nothing and says where.
describe('backup: export, import, and a broken file', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'shenbao-backup-'));
  });

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Exports through 「导出备份」 and returns the saved file's path. */
  async function exportBackup(page: Page, prefix = ''): Promise<string> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('backup-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^shenbao-backup-\d{8}-\d{4}\.json$/);
    const path = join(folder, `${prefix}${download.suggestedFilename()}`);
    await download.saveAs(path);
    return path;
  }

  test('exports the sample, restores it after removal, cancels a preview, and refuses a malformed file without changes', async ({
    extension,
  }) => {
    const { page } = await DashboardPage.open(extension);
    await page.getByText('还没有项目草稿').waitFor();
    await page.getByTestId('sample-load').click();
    await page.getByTestId('draft-item').waitFor();

    // Export: a real download named shenbao-backup-YYYYMMDD-HHmm.json.
    const exported = await exportBackup(page);
    const text = readFileSync(exported, 'utf8');
    expect(text).toContain(COMPANY_NAME);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'shenbao-backup', version: BACKUP_VERSION });
    expect(file.drafts).toHaveLength(1);
    await page.getByTestId('backup-message').filter({ hasText: '已导出' }).waitFor();

    await page.getByTestId('sample-remove').click();
    await expect.poll(() => draftNames(page)).toEqual([]);

    // Import through the labelled file input, confirm the preview.
    const input = page.getByLabel('导入备份', { exact: true });
    expect(await input.getAttribute('data-testid')).toBe('backup-import');
    await input.setInputFiles(exported);
    await page.getByTestId('backup-preview').waitFor();
    expect(await page.getByTestId('backup-preview-summary').textContent()).toMatch(
      /^将新增 1 家单位、3 条年度财务数据、1 个项目草稿/,
    );
    await page.screenshot({ path: screenshotPath('backup-preview'), fullPage: true });
    await page.getByTestId('backup-import-confirm').click();
    await expect.poll(() => draftNames(page)).toEqual([expect.stringContaining(PROJECT_NAME)]);
    await page.getByTestId('backup-message').filter({ hasText: '已导入' }).waitFor();

    // Cancel leaves the data alone; Escape cancels too.
    await page.getByTestId('backup-import').setInputFiles(exported);
    await page.getByTestId('backup-preview').waitFor();
    expect(await page.getByTestId('backup-preview-summary').textContent()).toMatch(/^不会新增记录；将覆盖/);
    await page.getByTestId('backup-import-cancel').click();
    await page
      .getByTestId('backup-message')
      .filter({ hasText: /^已取消导入，本地数据没有改动。$/ })
      .waitFor();
    await page.getByTestId('backup-import').setInputFiles(exported);
    await page.getByTestId('backup-preview').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('backup-preview').waitFor({ state: 'detached' });
    expect(await draftNames(page)).toEqual([expect.stringContaining(PROJECT_NAME)]);

    // A file with a broken value deep inside (and a renamed project): refused, list unchanged.
    const broken = structuredClone(file);
    broken.drafts[0].values['project.period'] = '2020年1月至2021年12月';
    broken.drafts[0].values['project.name'] = '不应出现的项目名称';
    const brokenPath = join(folder, 'broken.json');
    writeFileSync(brokenPath, JSON.stringify(broken, null, 2));
    const before = await draftNames(page);
    await page.getByTestId('backup-import').setInputFiles(brokenPath);
    await page
      .locator('[role="alert"][data-testid="backup-message"]')
      .filter({
        hasText: '第 1 个项目草稿（drafts[0]）的 values["project.period"] 格式不正确：应为起止日期',
      })
      .waitFor();
    expect(await page.getByTestId('backup-preview').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('backup-refused'), fullPage: true });
    await page.reload();
    await page.getByTestId('draft-item').waitFor();
    expect(await draftNames(page)).toEqual(before);
  });
});
