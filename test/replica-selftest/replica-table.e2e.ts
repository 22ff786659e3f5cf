import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { cellAfter, referenceFill } from '../replica/table/reference-fill';
import { describe, expect, openReplica, test } from '../support/fixtures';

// The plain-HTML table replica: the paper layout with rowspans, generated ids and the
// attachment slots in a same-origin iframe. Needs `npx tsx scripts/build-replicas.ts table`.
const REPLICA_DIR = resolve(import.meta.dirname, '../replica/table');
const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots');
const expected = JSON.parse(readFileSync(join(REPLICA_DIR, 'expected.json'), 'utf8'));

describe('table replica (plain HTML, paper layout)', () => {
  async function openForm(context: BrowserContext): Promise<Page> {
    if (!existsSync(join(REPLICA_DIR, 'dist', 'index.html'))) {
      throw new Error('test/replica/table is not built: run `npx tsx scripts/build-replicas.ts table`');
    }
    const page = await openReplica(context, 'table');
    await page.frameLocator('iframe[title="附件上传"]').locator('input[type=file]').first().waitFor();
    return page;
  }

  const submitted = (page: Page) => page.evaluate(() => window.__submitted);
  const rejected = (page: Page) => page.evaluate(() => window.__rejected ?? []);

  test('submits exactly expected.json after the reference fill', async ({ replicaContext }) => {
    const page = await openForm(replicaContext);
    // Nothing outside the page can rely on ids or names: they are generated per load.
    const controls = await page.evaluate(() => {
      const all = [...document.querySelectorAll('input, textarea')];
      return {
        total: all.length,
        named: all.filter((el) => el.hasAttribute('name')).length,
        ids: all.map((el) => el.id),
      };
    });
    expect(controls.named).toBe(0);
    expect(controls.ids.every((id) => /^f_[a-z0-9]+$/.test(id))).toBe(true);

    await referenceFill(page);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-table.png'), fullPage: true });
    await page.getByRole('button', { name: '提 交' }).click();
    await page.getByText('提交成功').waitFor();
    expect(await submitted(page)).toEqual(expected);
    expect(await page.getAttribute('html', 'data-replica-state')).toBe('submitted');
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-table-submitted.png') });
  });

  test('rejects a missing required field with its own message', async ({ replicaContext }) => {
    const page = await openForm(replicaContext);
    await referenceFill(page);
    await cellAfter(page, '*单位名称：').locator('input').fill('');
    // The DOM alone does not count: a value set without events never reaches the state.
    await cellAfter(page, '*法定代表人：')
      .locator('input')
      .evaluate((input: HTMLInputElement) => {
        input.value = '';
      });
    await page.getByRole('button', { name: '提 交' }).click();
    await page
      .locator('.errors li')
      .first()
      .filter({ hasText: /^单位名称为必填项$/ })
      .waitFor();
    expect((await rejected(page)).at(-1)).toEqual(['单位名称为必填项']);
    expect(await submitted(page)).toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-table-rejected.png') });
  });

  test('rejects a 项目概述 over 400 字 pasted past the maxlength', async ({ replicaContext }) => {
    const page = await openForm(replicaContext);
    const summary = cellAfter(page, '*项目概述：').locator('textarea');
    expect(await summary.getAttribute('maxlength')).toBe('400');
    // A user's script can drop the attribute; the site still counts on 提交.
    await summary.evaluate((area) => area.removeAttribute('maxlength'));
    await summary.fill('本项目'.repeat(134));
    await cellAfter(page, '*项目概述：')
      .locator('.counter')
      .filter({ hasText: /^已输入 402\/400 字$/ })
      .waitFor();
    await page.getByRole('button', { name: '提 交' }).click();
    await page.locator('.errors li').filter({ hasText: '项目概述超过400字' }).first().waitFor();
    expect((await rejected(page)).at(-1)).toContain('项目概述超过400字');
    expect(await submitted(page)).toBeUndefined();
  });
});
