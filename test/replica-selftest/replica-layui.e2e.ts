import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { referenceFill } from '../replica/layui/reference-fill';
import { describe, expect, openReplica, test } from '../support/fixtures';
import { animationsSettled } from '../support/motion';

// The layui replica: rendered widgets over hidden natives, pinyin-initial names, the site's
// own verify messages. The scripted fill must produce exactly expected.json.
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, '../replica/layui/expected.json'), 'utf8'),
);

describe('layui replica', () => {
  async function openForm(context: BrowserContext): Promise<Page> {
    const page = await openReplica(context, 'layui');
    await page.waitForSelector('html[data-replica-state="ready"]');
    return page;
  }

  async function filledForm(context: BrowserContext): Promise<Page> {
    const page = await openForm(context);
    await referenceFill(page);
    return page;
  }

  const submit = (page: Page) => page.locator('button[lay-submit]').click();
  const submitted = (page: Page) => page.evaluate(() => window.__submitted);
  const lastRejection = (page: Page) => page.evaluate(() => window.__rejected?.at(-1));
  const layerMessage = (page: Page) => page.locator('.layui-layer-msg .layui-layer-content').last();

  // One story on one reference fill (laydate's pickers make it the slowest): screenshots, then
  // each refusal names its field, with the sample value typed back before the next, then 提交
  // gives exactly expected.json.
  test('after the reference fill: each refused field named, then 提交 gives expected.json', async ({
    replicaContext,
  }) => {
    const page = await filledForm(replicaContext);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-layui.png'), fullPage: true });
    const direction = page.locator('select[name="sbfx"] + .layui-form-select');
    await direction.evaluate((widget) => widget.scrollIntoView({ block: 'center' }));
    await direction.locator('.layui-select-title').click();
    await page.waitForSelector('select[name="sbfx"] + .layui-form-selected dl');
    await animationsSettled(page); // layui's open animation
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-layui-select.png') });
    // Choosing the same option again closes the list and leaves the value as it was.
    await direction.locator('dd.layui-this').click();
    expect(await page.locator('select[name="sbfx"]').inputValue()).toBe(expected.sbfx);

    // An empty 企业名称 is refused, and named.
    await page.locator('input[name="dwmc"]').fill('');
    await submit(page);
    await layerMessage(page)
      .filter({ hasText: /^请填写企业名称$/ })
      .waitFor();
    expect(await lastRejection(page)).toEqual(['请填写企业名称']);
    expect(await page.locator('input[name="dwmc"].layui-form-danger').count()).toBe(1);
    expect(await submitted(page)).toBeUndefined();
    await page.locator('input[name="dwmc"]').fill(expected.dwmc);

    // A 401-字 项目简介 pasted past the textarea maxlength is refused, and named.
    const summary = page.locator('textarea[name="xmgs"]');
    expect(await summary.getAttribute('maxlength')).toBe('400');
    // A user script (or a paste into a devtools-edited field) can get past maxlength.
    await summary.evaluate((field) => field.removeAttribute('maxlength'));
    await summary.fill('项'.repeat(401));
    await page
      .locator('[data-counter="xmgs"]')
      .filter({ hasText: /^401 \/ 400 字$/ })
      .waitFor();
    await submit(page);
    await layerMessage(page)
      .filter({ hasText: /^项目简介不能超过400字，当前已输入401字$/ })
      .waitFor();
    expect(await lastRejection(page)).toEqual(['项目简介不能超过400字，当前已输入401字']);
    expect(await submitted(page)).toBeUndefined();
    await summary.fill(expected.xmgs);

    await submit(page);
    await page.waitForSelector('html[data-replica-state="submitted"]');
    expect(await submitted(page)).toEqual(expected);
    expect(await page.locator('.sb-result h2').textContent()).toBe('提交成功');
  });
});
