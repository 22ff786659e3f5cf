import type { Page } from 'playwright-core';
import { Assistant } from '../support/assistant';
import { DashboardPage } from '../support/dashboard-page';
import { describe, expect, launchFromTemplate, test } from '../support/fixtures';

const PROVINCE_HOST = 'www.province-example.test';

/**
 * Grants the extension a host the way a user can in the browser's own extension page (站点访问
 *权限): a permission prompt is browser UI no test can press, and permissions.request answers
 * at once, without a prompt, for a host that is already granted.
 */
async function grantInBrowserUi(page: Page, extensionId: string, host: string): Promise<void> {
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, pattern]) =>
      (
        globalThis as unknown as {
          chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
        }
      ).chrome.developerPrivate.addHostPermission(id as string, pattern as string),
    [extensionId, `*://${host}/*`],
  );
}

describe('a 申报系统 host added in 设置 (docs/architecture.md, contract 1)', () => {
  test('gets the assistant: the panel loads there, names the host and fills', async ({
    replicaPort,
    onTestFinished,
  }) => {
    const started = performance.now();
    const browser = await launchFromTemplate(replicaPort, 'sample', [PROVINCE_HOST]);
    onTestFinished(() => browser.close());
    const dashboard = await DashboardPage.open(browser);

    const grantPage = await browser.context.newPage();
    await grantInBrowserUi(grantPage, browser.extensionId, PROVINCE_HOST);

    // 设置 → 其他网站: the user adds the host; the grant is already there, so no prompt.
    await dashboard.page.bringToFront();
    await dashboard.page.getByTestId('site-input').fill(`http://${PROVINCE_HOST}/sfxm/`);
    await dashboard.page.getByTestId('site-add').click();
    await expect
      .poll(() => dashboard.page.getByTestId('site-message').textContent())
      .toBe(`已添加 ${PROVINCE_HOST}，刷新该网站页面后即可使用。`);

    const page = await browser.context.newPage();
    await page.goto(`http://${PROVINCE_HOST}/sfxm/table/`);
    const assistant = new Assistant(page);
    await assistant.open();
    await expect
      .poll(() => assistant.panel.getByTestId('shenbao-target-host').textContent())
      .toBe(`将填写到：${PROVINCE_HOST}`);
    // The panel's address is the per-session dynamic one: it does not name the extension.
    const src = (await page.locator('shenbao-assistant iframe').getAttribute('src')) ?? '';
    expect(src).not.toContain(browser.extensionId);
    await assistant.fill();
    expect(await assistant.filledCount()).toBeGreaterThan(10);
    console.log(`added-host e2e: ${Math.round(performance.now() - started)} ms`);
  }, 120_000);
});
