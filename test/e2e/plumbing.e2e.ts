import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_MARKER_ATTRIBUTE } from '@/lib/runtime/page-marker';
import { type ReplicaServer, startReplicaServer } from '../replica/server';
import {
  CHROME_EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../support/extension-browser';

// The first proof that the pieces connect: built extension → Chromium → content script on
// the 申报系统 host served locally (DESIGN.md contract 2) → options page.
describe('built extension in Chromium', () => {
  let server: ReplicaServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startReplicaServer();
    browser = await launchWithExtension({
      replicaPort: server.port,
      extraHosts: ['www.province-example.test'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs its content script on http://www.xinxixiaofei.com/sfxm/', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://www.xinxixiaofei.com/sfxm/');
    await expect(page.title()).resolves.toBe('信息消费示范项目申报系统');
    await page.waitForSelector(`html[${PAGE_MARKER_ATTRIBUTE}]`, { timeout: 10_000 });
    const version = await page.getAttribute('html', PAGE_MARKER_ATTRIBUTE);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    await page.close();
  });

  it('does not run on other hosts until the user grants them (no <all_urls>)', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://www.province-example.test/sfxm/');
    await expect(page.title()).resolves.toBe('信息消费示范项目申报系统');
    await page.waitForTimeout(500);
    expect(await page.getAttribute('html', PAGE_MARKER_ATTRIBUTE)).toBeNull();
    await page.close();
  });

  it('opens the options page (the dashboard)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('申报助手');
    await page.close();
  });
});

describe('built manifest (DESIGN.md contract 1)', () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('matches the 申报系统 host only and asks for no permanent <all_urls>', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches)).toEqual([
      '*://*.xinxixiaofei.com/*',
    ]);
    expect(manifest.host_permissions).toEqual(['*://*.xinxixiaofei.com/*']);
    expect(JSON.stringify(manifest.permissions)).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
  });
});
