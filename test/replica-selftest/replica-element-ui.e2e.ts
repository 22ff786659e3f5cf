import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { referenceFill } from '../replica/element-ui/reference-fill';
import { describe, expect, openReplica, test } from '../support/fixtures';
import { animationsSettled } from '../support/motion';

// The Vue 2 + element-ui replica: its expected payload, its own validation across lazy tabs,
// and how it looks. Needs `npx tsx scripts/build-replicas.ts element-ui` first.
const ROOT = resolve(import.meta.dirname, '../..');
const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'test/replica/element-ui/expected.json'), 'utf8'));
const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');

describe('element-ui replica', () => {
  async function openForm(context: BrowserContext): Promise<Page> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await openReplica(context, 'element-ui');
    await page.locator('.el-tabs__item').first().waitFor();
    return page;
  }

  const submit = (page: Page) => page.getByRole('button', { name: '提交' }).click();
  const rejections = (page: Page) => page.evaluate(() => window.__rejected);
  const submitted = (page: Page) => page.evaluate(() => window.__submitted);

  /** Opens a tab and lets element-ui's transitions (pane, upload list, message) settle. */
  async function showTab(page: Page, name: string): Promise<void> {
    await page.locator('.el-tabs__item', { hasText: name }).click();
    await page.locator('.el-tabs__item.is-active', { hasText: name }).waitFor();
    await animationsSettled(page);
  }

  // One story on one reference fill: a required field emptied is refused and named (the site
  // brings the user back to its tab), typed back, then 提交 gives exactly expected.json.
  test('after the reference fill: an emptied field is refused and named, then 提交 gives expected.json', async ({
    replicaContext,
  }) => {
    const page = await openForm(replicaContext);
    await referenceFill(page);
    // The fill ends on 附件; the site must bring the user back to 基本信息 by itself.
    await page.locator('.el-form-item', { hasText: '申报主体责任声明' }).waitFor();
    await showTab(page, '基本信息');
    const unitName = page.locator('.el-form-item', { hasText: '单位名称' }).locator('input').first();
    await unitName.fill('');
    await showTab(page, '附件');

    await submit(page);
    await page.locator('.el-message--error', { hasText: '请输入单位名称' }).waitFor();
    await page.locator('.el-tabs__item.is-active', { hasText: '基本信息' }).waitFor();
    await page.locator('.el-form-item__error', { hasText: '请输入单位名称' }).waitFor();
    await animationsSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-element-ui-rejected.png') });
    expect(await rejections(page)).toEqual([['请输入单位名称']]);
    expect(await submitted(page)).toBeUndefined();
    expect(await page.getAttribute('html', 'data-replica-state')).toBe('rejected');

    await unitName.fill(EXPECTED.unitName);
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-element-ui.png'), fullPage: true });
    await showTab(page, '项目信息');
    await page.locator('.el-form-item', { hasText: '示范项目领域' }).locator('.el-select').click();
    await page.locator('.el-select-dropdown__item:visible').first().waitFor();
    await animationsSettled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-element-ui-dropdown.png'), fullPage: true });
    await page.keyboard.press('Escape');

    await submit(page);
    await page.locator('.el-result__title', { hasText: '提交成功' }).waitFor();
    expect(await rejections(page)).toEqual([['请输入单位名称']]);
    expect(await submitted(page)).toEqual(EXPECTED);
    expect(await page.getAttribute('html', 'data-replica-state')).toBe('submitted');
  });

  test("rejects an over-long 项目概述 even when the textarea's maxlength is bypassed", async ({
    replicaContext,
  }) => {
    const page = await openForm(replicaContext);
    await showTab(page, '项目信息');
    // A user's script can drop the maxlength attribute; the site still counts on 提交.
    const summary = page.locator('.el-form-item', { hasText: '项目概述' }).locator('textarea');
    await summary.evaluate((textarea) => textarea.removeAttribute('maxlength'));
    await summary.fill(`${'项目'.repeat(200)}。`);
    await page.locator('.el-input__count', { hasText: '401/400' }).waitFor();

    await submit(page);
    await page.locator('html[data-replica-state="rejected"]').waitFor({ state: 'attached' });
    // The whole model is checked, including tabs never opened (详细介绍, 附件).
    const messages = (await rejections(page))?.[0] ?? [];
    expect(messages).toEqual(
      expect.arrayContaining(['请输入单位名称', '项目概述不能超过400字', '请上传申报主体责任声明']),
    );
    expect(messages).not.toContain('请输入项目概述');
    expect(await submitted(page)).toBeUndefined();
    // The site opens the first error's tab; 项目概述 carries its own message inline.
    await page.locator('.el-tabs__item.is-active', { hasText: '基本信息' }).waitFor();
    await showTab(page, '项目信息');
    await page.locator('.el-form-item__error', { hasText: '项目概述不能超过400字' }).waitFor();
  });
});
