import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './replica-browser';

export const CHROME_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Where test profiles live: memory (/dev/shm) when the machine has it, so a profile's many
 * small writes and IndexedDB's syncs don't wait on the disk; the system temp folder otherwise.
 */
export function profileRoot(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export interface LaunchOptions {
  /** Port of the replica server; *.xinxixiaofei.com is mapped to it (docs/architecture.md, contract 2). */
  replicaPort: number;
  /** Extra host names mapped to the same server (e.g. a provincial system). */
  extraHosts?: readonly string[];
  /** Reuse a profile folder across launches (persistence tests). */
  userDataDir?: string;
  headless?: boolean;
  /** The supplied profile is new, so the first-install welcome tab will open. */
  expectWelcome?: boolean;
  /** Remove the supplied profile folder on close (a copy made for this browser alone). */
  removeProfileOnClose?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; removes the profile folder unless the caller supplied it. */
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension (docs/architecture.md, toolchain facts). */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const ownsProfile = options.removeProfileOnClose ?? !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(profileRoot(), 'shenbao-profile-'));
  const firstInstall = options.expectWelcome ?? !options.userDataDir;
  const hostRules = ['*.xinxixiaofei.com', ...(options.extraHosts ?? [])]
    .map((host) => `MAP ${host} 127.0.0.1:${options.replicaPort}`)
    .join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_EXTENSION_DIR}`,
      `--load-extension=${CHROME_EXTENSION_DIR}`,
      `--host-resolver-rules=${hostRules}`,
      ...CHROMIUM_ARGS,
    ],
  });
  let extensionId: string;
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
    // A fresh profile is a first install: the extension opens its dashboard (welcome tab).
    // Close it so tests start from a known set of tabs and no navigation races theirs.
    if (firstInstall) await closeWelcomeTab(context, extensionId);
  } catch (error) {
    // A browser that never became usable is not left running behind the failure.
    await context.close();
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function closeWelcomeTab(context: BrowserContext, extensionId: string): Promise<void> {
  const welcomeUrl = `chrome-extension://${extensionId}/options.html`;
  const timeout = 15_000;
  // The tab opens as about:blank and gets its URL later; it may be open already or still to
  // come. Whichever page reaches the dashboard's URL first is the welcome tab.
  const reaches = async (page: Page) => {
    await page.waitForURL((url) => url.href.startsWith(welcomeUrl), { timeout, waitUntil: 'commit' });
    return page;
  };
  const welcome = await Promise.any([
    ...context.pages().map(reaches),
    context.waitForEvent('page', { timeout }).then(reaches),
  ]).catch(() => {
    throw new Error(`The first-install welcome tab (the dashboard) did not open within ${timeout / 1000} s.`);
  });
  await welcome.close();
}
