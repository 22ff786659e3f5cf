import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceFill } from '../replica/layui/reference-fill';
import { type ReplicaServer, startReplicaServer } from '../replica/server';
import { launchReplicaBrowser } from '../support/replica-browser';

// The layui replica: rendered widgets over hidden natives, pinyin-initial names, the site's
// own verify messages. The scripted fill must produce exactly expected.json.
const REPLICA_URL = 'http://www.xinxixiaofei.com/sfxm/layui/';
const SCREENSHOTS = join(import.meta.dirname, '../../artifacts/screenshots');
const expected = JSON.parse(
  readFileSync(join(import.meta.dirname, '../replica/layui/expected.json'), 'utf8'),
);

describe('layui replica', () => {
  let server: ReplicaServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startReplicaServer();
    browser = await launchReplicaBrowser(server.port);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openForm(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await page.goto(REPLICA_URL);
    await page.waitForSelector('html[data-replica-state="ready"]');
    return page;
  }

  const submit = (page: Page) => page.locator('button[lay-submit]').click();
  const submitted = (page: Page) => page.evaluate(() => window.__submitted);
  const lastRejection = (page: Page) => page.evaluate(() => window.__rejected?.at(-1));
  const layerMessage = (page: Page) =>
    page.locator('.layui-layer-msg .layui-layer-content').last().textContent();

  it('submits exactly expected.json after the reference fill', async () => {
    const page = await openForm();
    await referenceFill(page);
    await submit(page);
    await page.waitForSelector('html[data-replica-state="submitted"]');
    expect(await submitted(page)).toEqual(expected);
    expect(await page.locator('.sb-result h2').textContent()).toBe('提交成功');
    await page.close();
  });

  describe('on a filled form', () => {
    let page: Page;

    beforeAll(async () => {
      page = await openForm();
      await referenceFill(page);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('renders the filled form and an open layui select (screenshots)', async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'replica-layui.png'), fullPage: true });
      const direction = page.locator('select[name="sbfx"] + .layui-form-select');
      await direction.evaluate((widget) => widget.scrollIntoView({ block: 'center' }));
      await direction.locator('.layui-select-title').click();
      await page.waitForSelector('select[name="sbfx"] + .layui-form-selected dl');
      await page.waitForTimeout(400); // layui's open animation
      await page.screenshot({ path: join(SCREENSHOTS, 'replica-layui-select.png') });
      // Choosing the same option again closes the list and leaves the value as it was.
      await direction.locator('dd.layui-this').click();
      expect(await page.locator('select[name="sbfx"]').inputValue()).toBe(expected.sbfx);
    });

    it('rejects 提交 with an empty 企业名称, naming the field', async () => {
      await page.locator('input[name="dwmc"]').fill('');
      await submit(page);
      expect(await lastRejection(page)).toEqual(['请填写企业名称']);
      expect(await layerMessage(page)).toBe('请填写企业名称');
      expect(await page.locator('input[name="dwmc"].layui-form-danger').count()).toBe(1);
      expect(await submitted(page)).toBeUndefined();
      await page.locator('input[name="dwmc"]').fill(expected.dwmc);
    });

    it('rejects a 401-字 项目简介 pasted past the textarea maxlength', async () => {
      const summary = page.locator('textarea[name="xmgs"]');
      expect(await summary.getAttribute('maxlength')).toBe('400');
      // A user script (or a paste into a devtools-edited field) can get past maxlength.
      await summary.evaluate((field) => field.removeAttribute('maxlength'));
      await summary.fill('项'.repeat(401));
      expect(await page.locator('[data-counter="xmgs"]').textContent()).toBe('401 / 400 字');
      await submit(page);
      expect(await lastRejection(page)).toEqual(['项目简介不能超过400字，当前已输入401字']);
      expect(await layerMessage(page)).toBe('项目简介不能超过400字，当前已输入401字');
      expect(await submitted(page)).toBeUndefined();
    });
  });
});
