import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import type { FieldSnapshot } from '@/lib/fill/types';
import { describe, expect, test } from '../support/fixtures';

// The collector (lib/fill/collect) run in Chromium on the built replicas, bundled as an IIFE
// and injected into the page: the same facts as the jsdom fixture tests, with real layout
// for `visible`, plus collect times on the stress page. Needs `npx tsx scripts/build-replicas.ts`.
const ROOT = resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://www.xinxixiaofei.com';

interface HandleSummary {
  root: string;
  controls: number;
  targets: number;
  /** Tag of the first control (select behind layui, input behind el-upload …). */
  control: string;
  controlShown: boolean;
}

interface Collection {
  fields: FieldSnapshot[];
  handles: Record<string, HandleSummary>;
}

declare global {
  interface Window {
    __shenbaoCollect?: typeof import('@/lib/fill/collect');
  }
}

let bundle = '';

async function bundleCollector(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'lib/fill/collect/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__shenbaoCollect',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function collect(page: Page, includeHidden = false): Promise<Collection> {
  if (!(await page.evaluate(() => !!window.__shenbaoCollect))) await page.addScriptTag({ content: bundle });
  return page.evaluate((hidden) => {
    const api = window.__shenbaoCollect;
    if (!api) throw new Error('collector not injected');
    const { snapshot, handles } = api.collectFields(document, { includeHidden: hidden });
    const summary: Record<string, HandleSummary> = {};
    for (const [id, handle] of handles) {
      const control = handle.controls[0];
      summary[id] = {
        root: `${handle.root.localName}.${handle.root.getAttribute('class')?.split(/\s+/)[0] ?? ''}`,
        controls: handle.controls.length,
        targets: handle.optionTargets?.length ?? 0,
        control: control?.localName ?? '',
        controlShown: control ? (control as HTMLElement).getClientRects().length > 0 : false,
      };
    }
    return { fields: snapshot.fields, handles: summary };
  }, includeHidden);
}

const texts = (field: FieldSnapshot | undefined, source?: string) =>
  (field?.evidence ?? []).filter((item) => !source || item.source === source).map((item) => item.text);

/** The field whose evidence (of that source, if given) includes the text. */
function byLabel(fields: FieldSnapshot[], text: string, source?: string): FieldSnapshot[] {
  return fields.filter((field) =>
    texts(field, source).some((item) => item.replace(/[*：:\s]/g, '') === text),
  );
}

describe('collectFields in Chromium on the replicas', () => {
  // The bundle is built once: it is code, not browser state.
  beforeAll(async () => {
    for (const name of ['table', 'element-ui', 'antd', 'layui', 'stress']) {
      if (!existsSync(join(ROOT, 'test/replica', name, 'dist', 'index.html'))) {
        throw new Error(`test/replica/${name} is not built: run \`npx tsx scripts/build-replicas.ts\``);
      }
    }
    bundle = await bundleCollector();
  });

  async function open(context: BrowserContext, path: string, ready: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/sfxm/${path}`);
    await page.locator(ready).first().waitFor({ state: 'attached' });
    return page;
  }

  test('table: row groups tell the two 手机 apart, nameless radios group, attachments in the iframe', async ({
    replicaContext,
  }) => {
    const page = await open(replicaContext, 'table/', 'iframe[title="附件上传"]');
    await page.frameLocator('iframe[title="附件上传"]').locator('input[type=file]').first().waitFor();
    const { fields, handles } = await collect(page);

    const mobiles = byLabel(fields, '手机', 'cellLeft');
    expect(mobiles).toHaveLength(2);
    expect(mobiles[0]?.context[0]).toBe('申报联系人');
    expect(mobiles[1]?.context[0]).toBe('项目负责人');
    expect(mobiles[0]?.inputType).toBe('tel');
    expect(mobiles[0]?.maxLength).toBe(11);

    const nature = byLabel(fields, '单位性质', 'cellLeft').find((field) => field.widget === 'radioGroup');
    expect(nature?.options).toHaveLength(10);
    expect(handles[nature?.id ?? '']?.targets).toBe(10);

    const years = byLabel(fields, '授予年份', 'precedingText');
    expect(years.map((field) => field.context[0])).toEqual(['高新技术企业', '企业技术中心', '重点实验室']);

    // 是 reveals 上市时间: until then the sub-fields are disabled.
    const listingDate = fields.find(
      (field) => field.widget === 'date' && texts(field).includes('（上市时间：'),
    );
    expect(listingDate?.disabled).toBe(true);

    const files = fields.filter((field) => field.widget === 'file');
    expect(files).toHaveLength(6);
    for (const file of files) {
      expect(file.frame).toBe('iframe[0]');
      expect(file.visible).toBe(true);
      expect(file.multiple).toBe(true);
    }
    expect(files[0]?.context).toContain('附1 申报单位相关证明材料');
    // Document order runs through the iframe at its place: after the form's fields.
    expect(fields.every((field, index) => field.order === index)).toBe(true);
  });

  test('element-ui: form-item labels, body dropdowns, lazy tabs (hidden panes only on request)', async ({
    replicaContext,
  }) => {
    const page = await open(replicaContext, 'element-ui/', '.el-tabs__item');
    const first = await collect(page);
    const name = byLabel(first.fields, '单位名称', 'formItemLabel')[0];
    expect(name?.widget).toBe('text');
    expect(name?.framework).toBe('element');
    expect(name?.context).toContain('基本信息');
    const nature = byLabel(first.fields, '单位性质', 'formItemLabel')[0];
    expect(nature?.widget).toBe('radioGroup');
    expect(nature?.options?.length).toBe(10);
    expect(first.handles[nature?.id ?? '']?.root).toBe('div.el-radio-group');
    // Lazy panes are absent until opened.
    expect(byLabel(first.fields, '项目名称', 'formItemLabel')).toHaveLength(0);

    for (const tab of ['项目信息', '详细介绍', '附件']) {
      await page.locator('.el-tabs__item', { hasText: tab }).click();
      await page.locator('.el-tab-pane:visible .el-form').waitFor();
    }
    const visible = await collect(page);
    const all = await collect(page, true);
    // The 附件 pane is showing; the others are rendered but hidden.
    expect(visible.fields.every((field) => field.visible)).toBe(true);
    expect(byLabel(visible.fields, '项目名称', 'formItemLabel')).toHaveLength(0);
    const period = byLabel(all.fields, '起止日期', 'formItemLabel')[0];
    expect(period?.widget).toBe('dateRange');
    expect(period?.visible).toBe(false);
    expect(all.handles[period?.id ?? '']?.controls).toBe(2);
    const uploads = visible.fields.filter((field) => field.widget === 'file');
    expect(uploads).toHaveLength(6);
    expect(visible.handles[uploads[0]?.id ?? '']).toMatchObject({ root: 'div.el-upload', control: 'input' });

    // An el-select opened once keeps its options in a dropdown under <body>.
    await page.locator('.el-tabs__item', { hasText: '项目信息' }).click();
    const select = page.locator('.el-form-item', { hasText: '示范项目领域' }).locator('.el-select input');
    await select.click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '方向3：在线医疗服务' }).click();
    const chosen = await collect(page);
    const direction = byLabel(chosen.fields, '示范项目领域', 'formItemLabel')[0];
    expect(direction?.widget).toBe('customSelect');
    expect(direction?.value).toBe('方向3：在线医疗服务');
    expect(direction?.options?.length).toBe(10);
    expect(direction?.options?.find((option) => option.checked)?.label).toBe('方向3：在线医疗服务');
  });

  test('antd: one dateRange for the RangePicker, honour years in context, step title', async ({
    replicaContext,
  }) => {
    const page = await open(replicaContext, 'antd/', '#apply_entName');
    const step1 = await collect(page);
    expect(step1.fields.every((field) => field.context.includes('单位信息'))).toBe(true);
    const contacts = byLabel(step1.fields, '手机', 'formItemLabel');
    expect(contacts[0]?.context[0]).toBe('申报联系人');
    const business = byLabel(step1.fields, '主营业务', 'formItemLabel')[0];
    expect(business?.widget).toBe('checkboxGroup');
    expect(business?.options?.length).toBe(15);
    // 是 reveals 上市时间 / 上市地点 (a Select).
    await page.locator('#apply_isListed').getByText('是', { exact: true }).click();
    const listed = await collect(page);
    const place = byLabel(listed.fields, '上市地点', 'formItemLabel')[0];
    expect(place?.widget).toBe('customSelect');
    expect(listed.handles[place?.id ?? '']?.root).toBe('div.ant-select');
    const date = byLabel(listed.fields, '上市时间', 'formItemLabel')[0];
    expect(date?.widget).toBe('date');
    // Later steps (授予年份 in context, the RangePicker's one dateRange) are collected from DOM
    // captured from this replica in lib/fill/collect/replicas.test.ts.
  });

  test('layui: drawn selects and boxes over hidden natives, laydate range, upload buttons', async ({
    replicaContext,
  }) => {
    const page = await open(replicaContext, 'layui/', 'html[data-replica-state="ready"]');
    const { fields, handles } = await collect(page);
    const nature = fields.find((field) => texts(field, 'name').includes('dwxz'));
    expect(nature?.widget).toBe('customSelect');
    expect(nature?.options?.map((option) => option.label)).toContain('民营企业');
    expect(nature?.options).toHaveLength(10);
    expect(nature?.visible).toBe(true);
    expect(handles[nature?.id ?? '']).toMatchObject({
      root: 'div.layui-form-select',
      control: 'select',
      controlShown: false,
    });

    const business = fields.find((field) => texts(field, 'name').includes('zyyw'));
    expect(business?.widget).toBe('checkboxGroup');
    expect(business?.options).toHaveLength(15);
    expect(handles[business?.id ?? '']).toMatchObject({ targets: 15, controlShown: false });

    const period = fields.find((field) => texts(field, 'name').includes('qzrq'));
    expect(period?.widget).toBe('dateRange');
    const year = fields.find((field) => texts(field, 'name').includes('gxqynf'));
    expect(year?.widget).toBe('date');
    expect(year?.context[0]).toBe('高新技术企业');

    // Blocks a 是 has not revealed are hidden: left out unless asked for.
    expect(fields.some((field) => texts(field, 'name').includes('ssrq'))).toBe(false);
    const all = await collect(page, true);
    expect(all.fields.find((field) => texts(field, 'name').includes('ssrq'))?.visible).toBe(false);

    const uploads = fields.filter((field) => field.widget === 'file');
    expect(uploads).toHaveLength(6);
    expect(handles[uploads[0]?.id ?? '']).toMatchObject({
      root: 'button.layui-btn',
      control: 'input',
      controlShown: false,
    });
  });

  // Collect times and their growth with the page are measured by `npm run bench:fill`.
  test('stress: fields in nested shadow roots, a 100 KB label capped', async ({ replicaContext }) => {
    const controls = 2000;
    const page = await open(replicaContext, `stress/?controls=${controls}`, 'html[data-stress-controls]');
    const { fields } = await collect(page);
    // Copies 2 and 3 live one and two shadow roots deep; every copy has its 单位名称.
    expect(byLabel(fields, '单位名称', 'labelFor').length).toBeGreaterThanOrEqual(Math.floor(controls / 60));
    const long = fields.find((field) =>
      texts(field, 'labelFor').some((text) => text.startsWith('申报单位简介（填表说明')),
    );
    expect(long?.evidence.every((item) => item.text.length <= 200)).toBe(true);
    expect(
      fields.filter((field) => field.context.includes('第 3 份申报书 · 申报单位及项目基本信息')).length,
    ).toBeGreaterThan(10);
  });
});
