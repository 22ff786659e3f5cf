import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR } from '../support/extension-browser';
import { describe, expect, launchFromTemplate, test } from '../support/fixtures';

// The first proof that the pieces connect: built extension → Chromium → content script on
// the 申报系统 host served locally (docs/architecture.md, contract 2) → options page.
describe('built extension in Chromium', () => {
  // One browser (each launch costs seconds of the test command's budget): the content script
  // on the 申报系统 host, none on a host not granted, and the dashboard.
  test('runs its content script on http://www.xinxixiaofei.com/sfxm/ only, not on other hosts until the user grants them (no <all_urls>), and opens the dashboard', async ({
    replicaPort,
    onTestFinished,
  }) => {
    const browser = await launchFromTemplate(replicaPort, 'blank', ['www.province-example.test']);
    onTestFinished(() => browser.close());
    const page = await browser.context.newPage();
    await page.goto('http://www.xinxixiaofei.com/sfxm/');
    expect(await page.title()).toBe('信息消费示范项目申报系统');
    // The assistant's host is the one thing the content script puts on the page (no marker
    // attribute, no extension URL until the panel is opened).
    await page.locator('shenbao-assistant').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.getAttributeNames())).not.toContain(
      'data-shenbao',
    );
    expect(await page.locator('shenbao-assistant iframe').getAttribute('src')).toBeNull();

    // Another host: neither granted nor registered for a content script.
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('The extension has no service worker.');
    const facts = await worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            permissions: { contains(query: { origins: string[] }): Promise<boolean> };
            scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
          };
        }
      ).chrome;
      return {
        granted: await api.permissions.contains({ origins: ['*://www.province-example.test/*'] }),
        registered: (await api.scripting.getRegisteredContentScripts()).flatMap(
          (script) => script.matches ?? [],
        ),
      };
    });
    expect(facts).toEqual({ granted: false, registered: [] });
    // And what the user sees: the page loaded completely, with no assistant on it.
    const other = await browser.context.newPage();
    await other.goto('http://www.province-example.test/sfxm/', { waitUntil: 'load' });
    expect(await other.title()).toBe('信息消费示范项目申报系统');
    expect(await other.locator('shenbao-assistant').count()).toBe(0);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('h1').first().filter({ hasText: '申报助手' }).waitFor();
  });
});

describe('built manifest (docs/architecture.md, contract 1)', () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8'));

  test('matches the 申报系统 host only and asks for no permanent <all_urls>', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches)).toEqual([
      '*://*.xinxixiaofei.com/*',
    ]);
    expect(manifest.host_permissions).toEqual(['*://*.xinxixiaofei.com/*']);
    expect(JSON.stringify(manifest.permissions)).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });

  test('has the browser side panel, which no page can frame (issues #15, #16)', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.permissions).toContain('sidePanel');
    expect(JSON.stringify(manifest.web_accessible_resources)).not.toContain('sidepanel');
  });
});
