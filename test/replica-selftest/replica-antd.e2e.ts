import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { referenceFill } from '../replica/antd/reference-fill';
import { describe, expect, openReplica, test } from '../support/fixtures';
import { animationsSettled } from '../support/motion';

// The React + antd replica: Steps that mount one step at a time, values kept in one Form store,
// 提交 re-checking every step. The reference filler proves expected.json is what a user gets.
const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'artifacts/screenshots');
const expected = JSON.parse(readFileSync(join(ROOT, 'test/replica/antd/expected.json'), 'utf8'));

const submitButton = (page: Page) => page.locator('.step-actions button', { hasText: /提\s*交/ });
const gotoStep = (page: Page, title: string) => page.locator('.ant-steps-item', { hasText: title }).click();
const lastRejection = (page: Page) =>
  page.evaluate(() => window.__rejected?.[window.__rejected.length - 1] ?? null);

describe('antd replica', () => {
  // One story on one reference fill (a fill takes ~10 s on two cores): screenshots first, then
  // the rejections, which type the sample values back, then 提交 must give expected.json.
  test('after the reference fill: looks real, names each refused field, then submits expected.json', async ({
    replicaContext,
  }) => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await openReplica(replicaContext, 'antd');
    await referenceFill(page);

    // Looks like a real system (screenshots).
    await gotoStep(page, '单位信息');
    await page.locator('#apply_entName').waitFor();
    await page.screenshot({ path: join(SHOTS, 'replica-antd.png'), fullPage: true });
    await gotoStep(page, '项目信息');
    await page.locator('#apply_projectField').click();
    await page.locator('.ant-select-dropdown .ant-select-item-option').first().waitFor();
    await animationsSettled(page); // the dropdown's zoom-in motion
    await page.screenshot({ path: join(SHOTS, 'replica-antd-select.png') });
    await page.keyboard.press('Escape');

    // Rejects 提交 with a required field emptied, naming the field.
    await gotoStep(page, '单位信息');
    await page.locator('#apply_entName').fill('');
    await gotoStep(page, '确认提交');
    await submitButton(page).click();
    await page.locator('.ant-alert-error').filter({ hasText: '请输入企业名称' }).waitFor();
    expect(await lastRejection(page)).toEqual(['请输入企业名称']);
    expect(await page.evaluate(() => window.__submitted)).toBeUndefined();
    // 去修改 brings the step back with the field's inline error.
    await page.getByText('去修改').click();
    await page.locator('#apply_entName_help', { hasText: '请输入企业名称' }).waitFor();
    await page.locator('#apply_entName').fill(expected.entName);

    // Rejects an over-long 项目概述 that bypassed the textarea maxlength.
    await gotoStep(page, '项目信息');
    const summary = page.locator('#apply_projectSummary');
    // What a user's script can do: drop the attribute, then type past the limit.
    await summary.evaluate((node) => node.removeAttribute('maxlength'));
    await summary.fill('超'.repeat(401));
    await page.locator('#apply_projectSummary_help', { hasText: '项目概述不能超过400字' }).waitFor();
    await gotoStep(page, '确认提交');
    await submitButton(page).click();
    await page.locator('.ant-alert-error').filter({ hasText: '项目概述不能超过400字' }).waitFor();
    expect(await lastRejection(page)).toEqual(['项目概述不能超过400字']);
    expect(await page.evaluate(() => window.__submitted)).toBeUndefined();
    // Put the sample text back for the final 提交.
    await gotoStep(page, '项目信息');
    await page.locator('#apply_projectSummary').fill(expected.projectSummary);

    // Submits exactly expected.json and shows 提交成功.
    await gotoStep(page, '确认提交');
    await submitButton(page).click();
    await page.getByText('提交成功').waitFor();
    expect(await page.evaluate(() => window.__submitted)).toEqual(expected);
    expect(await page.getAttribute('html', 'data-replica-state')).toBe('submitted');
    await page.screenshot({ path: join(SHOTS, 'replica-antd-submitted.png') });
  });
});
