import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { DashboardPage } from './dashboard-page';
import { type ExtensionBrowser, launchWithExtension } from './extension-browser';
import { copyOfTemplate } from './profile-templates';
import { launchReplicaBrowser } from './replica-browser';

/** A dashboard on the built extension with the built-in sample applicant loaded. */
export interface SampleFixture {
  browser: ExtensionBrowser;
  dashboard: DashboardPage;
}

export interface E2eFixtures {
  /** Port of the replica server this run started once (test/support/global-setup.ts). */
  replicaPort: number;
  /** The built extension in a new Chromium profile: nothing inherited from another test. */
  extension: ExtensionBrowser;
  /**
   * The built extension in a new profile where 「载入示例」 has been pressed, its dashboard open
   * with the draft list showing the sample (its own browser: do not ask for `extension` too).
   */
  sample: SampleFixture;
  /** A new browser context (own storage) of a plain Chromium, for the replicas' own tests. */
  replicaContext: BrowserContext;
}

interface FileFixtures {
  /** A plain Chromium without the extension, shared by one file; each test gets its own context. */
  replicaBrowser: Browser;
}

/**
 * Every e2e test starts from a known state: its own browser profile (or context), its own
 * pages, nothing left behind by an earlier test or an earlier attempt. Tests can run alone
 * (`-t`) and in any order.
 */
export const test = base.extend<E2eFixtures & FileFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  replicaPort: async ({}, use) => {
    await use(inject('replicaPort'));
  },
  // Each test's profile is a copy of a template made once per run (test/support/profile-templates.ts).
  extension: async ({ replicaPort }, use) => {
    const browser = await launchFromTemplate(replicaPort, 'blank');
    await use(browser);
    await browser.close();
  },
  sample: async ({ replicaPort }, use) => {
    const browser = await launchFromTemplate(replicaPort, 'sample');
    try {
      const dashboard = await DashboardPage.open(browser);
      await dashboard.page.getByTestId('draft-item').first().waitFor();
      await use({ browser, dashboard });
    } finally {
      await browser.close();
    }
  },
  replicaBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const browser = await launchReplicaBrowser(inject('replicaPort'));
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  replicaContext: async ({ replicaBrowser }, use) => {
    const context = await replicaBrowser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    await use(context);
    await context.close();
  },
});

export { describe, expect } from 'vitest';

/**
 * The built extension on a new copy of a profile template (test/support/profile-templates.ts):
 * `blank` (installed, nothing stored) or `sample` (after 「载入示例」). For tests that launch
 * their own browser (extra hosts); the fixtures use it too.
 */
export function launchFromTemplate(
  replicaPort: number,
  template: 'blank' | 'sample',
  extraHosts: readonly string[] = [],
): Promise<ExtensionBrowser> {
  return launchWithExtension({
    replicaPort,
    extraHosts,
    userDataDir: copyOfTemplate(inject('profileTemplates')[template]),
    expectWelcome: false,
    removeProfileOnClose: true,
  });
}

/** A new page of the context, opened on a replica of the 申报系统 under the real host name. */
export async function openReplica(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`http://www.xinxixiaofei.com/sfxm/${name}/`);
  return page;
}

/**
 * A new profile folder (a copy of a profile template) for a test that relaunches the browser on
 * the same profile; the test removes it.
 */
export function newProfileFrom(template: 'blank' | 'sample'): string {
  return copyOfTemplate(inject('profileTemplates')[template]);
}
