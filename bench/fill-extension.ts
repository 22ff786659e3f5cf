// The built extension for bench/fill.bench.ts, from a copy of .output/chrome-mv3 taken when the
// run starts: a `wxt build` in the same checkout during the run (new chunk names) would otherwise
// leave the running browser with a panel.html whose scripts are gone. Launched as
// test/support/extension-browser.ts does, from that copy.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_EXTENSION_DIR, chromiumPath, type ExtensionBrowser } from '../test/support/extension-browser';
import { CHROMIUM_ARGS } from '../test/support/replica-browser';

export interface BuildCopy {
  dir: string;
  remove(): void;
}

export function copyBuild(): BuildCopy {
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension in ${CHROME_EXTENSION_DIR}: run \`npx wxt build\` first.`);
  const root = mkdtempSync(join(tmpdir(), 'shenbao-bench-ext-'));
  const dir = join(root, 'chrome-mv3');
  cpSync(CHROME_EXTENSION_DIR, dir, { recursive: true });
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error('The build changed while it was copied (a `wxt build` running?): try again.');
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export async function launchExtension(extensionDir: string, replicaPort: number): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'shenbao-bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=MAP *.xinxixiaofei.com 127.0.0.1:${replicaPort}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a first install: the extension opens its dashboard; close that tab.
  const welcome = `chrome-extension://${extensionId}/options.html`;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const page = context.pages().find((candidate) => candidate.url().startsWith(welcome));
    if (page) {
      await page.close();
      break;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
