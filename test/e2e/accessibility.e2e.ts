import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplicaServer, startReplicaServer } from '../replica/server';
import { axeViolations } from '../support/axe';
import { DashboardPage } from '../support/dashboard-page';
import { type ExtensionBrowser, launchWithExtension } from '../support/extension-browser';

// Every control labelled, the whole dashboard usable from the keyboard (axe-core + Tab).
describe('accessibility of the dashboard, editor and popup', () => {
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

  it('the dashboard has no axe violations', async () => {
    expect(await axeViolations(dashboard.page)).toEqual([]);
  });

  it('a draft opens and is edited from the keyboard alone', async () => {
    const { page } = dashboard;
    await page.getByTestId('draft-open').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('application-editor').waitFor();
    await page.getByTestId('field:company.name').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('（测试）');
    await expect(page.getByTestId('field:company.name').inputValue()).resolves.toMatch(/（测试）$/);
    // Tab moves on to the next cell (申报联系人·姓名), not into a trap.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
      'field:contact.name',
    );
  });

  it('the editor with the whole 申报书 has no axe violations', async () => {
    expect(await axeViolations(dashboard.page)).toEqual([]);
  });

  it('the popup has no axe violations', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.getByTestId('popup-status').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});
