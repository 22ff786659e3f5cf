import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Accuracy, compareSubmission } from '../support/accuracy';
import { Assistant } from '../support/assistant';
import type { ExtensionBrowser } from '../support/extension-browser';
import { type SampleSession, startSampleSession } from '../support/sample-session';
import { screenshotPath } from '../support/screenshots';

/** The site's 提交 button, however it is spaced (提 交) or decorated (an icon before it). */
const submit = (page: Page) =>
  page
    .getByRole('button', { name: /(^|\s)提\s*交\s*$/ })
    .last()
    .click();

/** How each replica is driven after 一键填充: steps the user moves through, then 提交. */
const REPLICAS: Record<string, { advance?: (page: Page) => Promise<boolean> }> = {
  'element-ui': {},
  antd: {
    // Each step mounts only when reached; the fill session fills it as it appears.
    advance: async (page) => {
      const next = page.getByRole('button', { name: /下一步/ });
      if (!(await next.isVisible())) return false;
      await next.click();
      await page.waitForTimeout(1500);
      return true;
    },
  },
  layui: {},
  table: {},
};

const accuracyRows: Record<string, { correct: number; wrong: number; missed: number }> = {};

describe('one-click fill of the sample draft on every replica', () => {
  let session: SampleSession;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    session = await startSampleSession();
    browser = session.browser;
  });

  afterAll(async () => {
    console.table(accuracyRows);
    await session?.close();
  });

  for (const [name, drive] of Object.entries(REPLICAS)) {
    it(`${name}: the submitted payload equals expected.json`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`http://www.xinxixiaofei.com/sfxm/${name}/`);
      const assistant = new Assistant(page);
      await assistant.open();
      const summary = await assistant.fill();
      await page.screenshot({ path: screenshotPath(`fill-${name}`) });
      for (let step = 0; drive.advance && step < 8 && (await drive.advance(page)); step += 1);
      await submit(page);
      await page
        .waitForFunction(
          () => ['submitted', 'rejected'].includes(document.documentElement.dataset.replicaState ?? ''),
          undefined,
          {
            timeout: 10_000,
          },
        )
        .catch(() => undefined);
      const submitted = await page.evaluate(() => (window as { __submitted?: unknown }).__submitted);
      const rejected = await page.evaluate(() => (window as { __rejected?: string[][] }).__rejected);
      const expected = JSON.parse(
        readFileSync(resolve(import.meta.dirname, `../replica/${name}/expected.json`), 'utf8'),
      );
      // When the site refused the 提交, read what the form holds from its own messages instead.
      const accuracy: Accuracy = compareSubmission(expected, submitted ?? {});
      accuracyRows[name] = {
        correct: accuracy.correct.length,
        wrong: accuracy.wrong.length,
        missed: accuracy.missed.length,
      };
      console.log(`${name}: ${summary}`);
      if (accuracy.wrong.length || accuracy.missed.length)
        console.log(name, JSON.stringify({ accuracy, rejected }, null, 1));
      expect(accuracy.wrong).toEqual([]);
      expect(accuracy.missed).toEqual([]);
      expect(submitted).toBeDefined();
      await page.close();
    });
  }
});
