import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { type Accuracy, compareSubmission } from './accuracy';
import { Assistant } from './assistant';
import { describe, expect, openReplica, test } from './fixtures';
import { screenshotPath } from './screenshots';

/** The site's 提交 button, however it is spaced (提 交) or decorated (an icon before it). */
const submit = (page: Page) =>
  page
    .getByRole('button', { name: /(^|\s)提\s*交\s*$/ })
    .last()
    .click();

/** How each replica is driven after 一键填充: steps the user moves through, then 提交. */
export const REPLICAS: Record<string, { advance?: (page: Page, assistant: Assistant) => Promise<boolean> }> =
  {
    'element-ui': {},
    antd: {
      // Each step mounts only when reached; the fill session fills it as it appears, and the
      // panel's count grows once that round is done. 下一步 only moves on from a complete step.
      advance: async (page, assistant) => {
        const next = page.getByRole('button', { name: /下一步/ });
        if (!(await next.isVisible())) return false;
        const active = page.locator('.ant-steps-item-active');
        const title = await active.textContent();
        const before = await assistant.filledCount();
        await next.click();
        await expect.poll(() => active.textContent()).not.toBe(title);
        // A step with form items (uploads included, whose inputs are hidden) gets a fill round.
        if ((await page.locator('.ant-form-item:visible').count()) > 0) {
          await expect.poll(() => assistant.filledCount()).toBeGreaterThan(before);
        }
        return true;
      },
    },
    layui: {},
    table: {},
    'element-plus': {},
    // A Steps form like antd's, driven the same way.
    antdv: {
      advance: (page, assistant) => REPLICAS.antd?.advance?.(page, assistant) ?? Promise.resolve(false),
    },
  };

/**
 * The sample draft filled in one click on each named replica, 检查 clean, 提交 compared with the
 * replica's expected.json. The replicas are shared between two e2e files (fill.e2e.ts,
 * fill-more.e2e.ts) so that the two test workers each take half: one file is serial and would
 * otherwise be the run's longest pole.
 */
export function replicaFillStory(names: readonly (keyof typeof REPLICAS)[]): void {
  const accuracyRows: Record<string, { correct: number; wrong: number; missed: number }> = {};

  describe('one-click fill of the sample draft on every replica, 检查 clean, 提交 as expected', () => {
    afterAll(() => {
      console.table(accuracyRows);
    });

    for (const name of names) {
      const drive = REPLICAS[name];
      if (!drive) throw new Error(`no replica named ${name}: one of ${Object.keys(REPLICAS).join(', ')}`);
      test(`${name}: the submitted payload equals expected.json`, async ({ sample }) => {
        const page = await openReplica(sample.browser.context, name);
        const assistant = new Assistant(page);
        await assistant.open();
        const summary = await assistant.fill();
        await page.screenshot({ path: screenshotPath(`fill-${name}`) });
        for (let step = 0; drive.advance && step < 8 && (await drive.advance(page, assistant)); step += 1);
        // After a clean fill, 检查 raises no false alarm.
        const check = await assistant.check();
        expect(check.keys, check.issues).toEqual([]);
        // antd's last step (确认提交) holds no fields: 检查 says so rather than passing (issue #16).
        expect(check.summary).toBe(
          name === 'antd'
            ? '本页没有可检查的申报表单：没有找到申报书的栏目，未作检查。'
            : '检查通过：页面上没有发现问题。',
        );
        await submit(page);
        // The site either takes the payload or refuses it with its own messages (then the
        // comparison below names every field that was wrong or missing).
        await page.waitForFunction(() =>
          ['submitted', 'rejected'].includes(document.documentElement.dataset.replicaState ?? ''),
        );
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
      });
    }
  });
}
