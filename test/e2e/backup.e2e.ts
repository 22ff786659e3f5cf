import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { type ReplicaServer, startReplicaServer } from '../replica/server';
import { type ExtensionBrowser, launchWithExtension } from '../support/extension-browser';
import { screenshotPath } from '../support/screenshots';

const COMPANY_NAME = String(SAMPLE_APPLICANT.company['company.name']);
const PROJECT_NAME = String(SAMPLE_APPLICANT.draft.values['project.name']);

/** Texts of the draft list's items (empty when the list shows its empty state). */
async function draftNames(page: Page): Promise<string[]> {
  return page.getByTestId('draft-item').allTextContents();
}

// DESIGN.md contract 4: export from backup-export, import through backup-import (an
// <input type=file>) with a preview to confirm; a broken file changes nothing and says where.
describe('backup: export, import, and a broken file', () => {
  let server: ReplicaServer;
  let browser: ExtensionBrowser;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'shenbao-backup-'));
    server = await startReplicaServer();
    browser = await launchWithExtension({ replicaPort: server.port });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('exports the sample, restores it after removal, and refuses a malformed file without changes', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The dashboard has read the (empty) store: 载入示例 now has a database to write to.
    await page.getByText('还没有项目草稿').waitFor();
    await page.getByTestId('sample-load').click();
    await page.getByTestId('draft-item').waitFor();

    // Export: a real download named shenbao-backup-YYYYMMDD-HHmm.json.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('backup-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^shenbao-backup-\d{8}-\d{4}\.json$/);
    const exported = join(folder, download.suggestedFilename());
    await download.saveAs(exported);
    const text = readFileSync(exported, 'utf8');
    expect(text).toContain(COMPANY_NAME);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'shenbao-backup', version: 1 });
    expect(file.drafts).toHaveLength(1);
    await expect(page.getByTestId('backup-message').textContent()).resolves.toContain('已导出');

    await page.getByTestId('sample-remove').click();
    await expect.poll(() => draftNames(page)).toEqual([]);

    // Import through the labelled file input, confirm the preview.
    const input = page.getByLabel('导入备份', { exact: true });
    await expect(input.getAttribute('data-testid')).resolves.toBe('backup-import');
    await input.setInputFiles(exported);
    await page.getByTestId('backup-preview').waitFor();
    await expect(page.getByTestId('backup-preview-summary').textContent()).resolves.toMatch(
      /^将新增 1 家单位、3 条年度财务数据、1 个项目草稿/,
    );
    await page.screenshot({ path: screenshotPath('backup-preview'), fullPage: true });
    await page.getByTestId('backup-import-confirm').click();
    await expect.poll(() => draftNames(page)).toEqual([expect.stringContaining(PROJECT_NAME)]);
    await expect(page.getByTestId('backup-message').textContent()).resolves.toContain('已导入');

    // A file with a broken value deep inside (and a renamed project): refused, list unchanged.
    const broken = structuredClone(file);
    broken.drafts[0].values['project.period'] = '2020年1月至2021年12月';
    broken.drafts[0].values['project.name'] = '不应出现的项目名称';
    const brokenPath = join(folder, 'broken.json');
    writeFileSync(brokenPath, JSON.stringify(broken, null, 2));
    const before = await draftNames(page);
    await page.getByTestId('backup-import').setInputFiles(brokenPath);
    const message = page.locator('[role="alert"][data-testid="backup-message"]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain(
      '第 1 个项目草稿（drafts[0]）的 values["project.period"] 格式不正确：应为起止日期',
    );
    await expect(page.getByTestId('backup-preview').count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('backup-refused'), fullPage: true });
    await page.reload();
    await page.getByTestId('draft-item').waitFor();
    expect(await draftNames(page)).toEqual(before);
    await page.close();
  });

  it('cancel leaves the data alone; Escape cancels too', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('draft-item').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('backup-export').click(),
    ]);
    const exported = join(folder, `again-${download.suggestedFilename()}`);
    await download.saveAs(exported);

    await page.getByTestId('backup-import').setInputFiles(exported);
    await page.getByTestId('backup-preview').waitFor();
    await expect(page.getByTestId('backup-preview-summary').textContent()).resolves.toMatch(
      /^不会新增记录；将覆盖/,
    );
    await page.getByTestId('backup-import-cancel').click();
    await expect(page.getByTestId('backup-message').textContent()).resolves.toBe(
      '已取消导入，本地数据没有改动。',
    );

    await page.getByTestId('backup-import').setInputFiles(exported);
    await page.getByTestId('backup-preview').waitFor();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('backup-preview').count()).resolves.toBe(0);
    await page.close();
  });
});
