import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { type ReplicaServer, startReplicaServer } from '../replica/server';
import { type ExtensionBrowser, launchWithExtension } from '../support/extension-browser';
import { screenshotPath } from '../support/screenshots';

// The dashboard on real IndexedDB in the built extension: 载入示例 (DESIGN.md contract 4).
describe('dashboard: the built-in sample applicant', () => {
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

  it('loads with one click, survives a reload, validates clean, and can be removed', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByText('还没有项目草稿').waitFor();

    await page.getByTestId('sample-load').click();
    const item = page.getByTestId('draft-item');
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain(
      String(SAMPLE_APPLICANT.draft.values['project.name']),
    );
    await expect(page.getByTestId('draft-status').textContent()).resolves.toBe('可以提交');
    await page.screenshot({ path: screenshotPath('dashboard-sample'), fullPage: true });

    await page.reload();
    await page.getByTestId('draft-item').waitFor();
    await expect(page.getByTestId('draft-item').count()).resolves.toBe(1);

    // The popup shows the current draft (the sample, the only one) and its completeness.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 332, height: 300 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(popup.getByTestId('popup-status').textContent()).resolves.toBe('可以提交');
    await expect(popup.locator('main').textContent()).resolves.toContain(
      String(SAMPLE_APPLICANT.company['company.name']),
    );
    await popup.screenshot({ path: screenshotPath('popup') });
    await popup.close();

    await page.getByTestId('sample-remove').click();
    await page.getByText('还没有项目草稿').waitFor();
    await page.close();
  });
});
