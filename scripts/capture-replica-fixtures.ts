// Saves the rendered DOM of each built replica as fixtures for the collector's jsdom tests:
// `npx tsx scripts/capture-replica-fixtures.ts [replica ...]` (needs `npx tsx scripts/build-replicas.ts`).
//
// Each page is serialised after rendering in Chromium, so the fixtures hold the real markup of
// element-ui / antd / layui widgets rather than a guess. Before serialising, the live state
// is written back into attributes (value, checked, selected, textarea text), elements that
// Chromium does not render get an inline `display: none` (the stylesheets are dropped),
// open shadow roots become `<template shadowrootmode="open">` and same-origin iframes are
// saved as `<name>.frame-<n>.html` beside the page, referenced by `data-fixture-frame`.
// `test/dom-fixtures/load.ts` rebuilds all of that in jsdom.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { referenceFill as antdFill } from '../test/replica/antd/reference-fill';
import { referenceFill as elementFill } from '../test/replica/element-ui/reference-fill';
import { referenceFill as layuiFill } from '../test/replica/layui/reference-fill';
import { startReplicaServer } from '../test/replica/server';
import { referenceFill as tableFill } from '../test/replica/table/reference-fill';
import { launchReplicaBrowser } from '../test/support/replica-browser';

const OUT = resolve(import.meta.dirname, '../test/dom-fixtures');
const ORIGIN = 'http://www.xinxixiaofei.com';

interface Serialised {
  html: string;
  frames: Serialised[];
}

/**
 * Runs in the page: serialises a document (and, recursively, its same-origin iframes).
 * Written as a plain function because Playwright sends it to the page as source text.
 */
function serialisePage(): Serialised {
  const serialise = (doc: Document): Serialised => {
    const view = doc.defaultView;
    const roots: (Document | ShadowRoot)[] = [doc];
    const shadowRoots: ShadowRoot[] = [];
    for (let index = 0; index < roots.length; index++) {
      const root = roots[index] as Document | ShadowRoot;
      for (const element of root.querySelectorAll('*')) {
        const shadow = element.shadowRoot;
        if (shadow && shadow.mode === 'open') {
          roots.push(shadow);
          shadowRoots.push(shadow);
        }
      }
    }
    const frames: Serialised[] = [];
    for (const root of roots) {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE') {
          element.textContent = '';
          continue;
        }
        // Icons: their paths are most of antd's markup and no label text.
        if (element.localName === 'svg') {
          element.replaceChildren();
          continue;
        }
        if (tag === 'INPUT') {
          const input = element as HTMLInputElement;
          if (input.type === 'checkbox' || input.type === 'radio')
            input.toggleAttribute('checked', input.checked);
          else if (input.type !== 'file' && input.type !== 'password')
            input.setAttribute('value', input.value);
        } else if (tag === 'TEXTAREA') {
          const area = element as HTMLTextAreaElement;
          area.textContent = area.value;
        } else if (tag === 'OPTION') {
          const option = element as HTMLOptionElement;
          option.toggleAttribute('selected', option.selected);
        } else if (tag === 'IFRAME') {
          const inner = (element as HTMLIFrameElement).contentDocument;
          if (inner) {
            element.setAttribute('data-fixture-frame', String(frames.length));
            frames.push(serialise(inner));
          }
        }
        // Stylesheets are not kept: record what Chromium hides inline, as the page showed it.
        if (view && element instanceof view.HTMLElement) {
          const style = view.getComputedStyle(element);
          if (style.display === 'none' && element.style.display !== 'none') {
            element.style.setProperty('display', 'none');
          } else if (style.visibility === 'hidden' && element.style.visibility !== 'hidden') {
            element.style.setProperty('visibility', 'hidden');
          }
        }
      }
    }
    const html = doc.documentElement;
    const attributes = [...html.attributes].map(
      (attr) => ` ${attr.name}="${attr.value.replace(/"/g, '&quot;')}"`,
    );
    const inner = html.getHTML({ serializableShadowRoots: true, shadowRoots });
    return { html: `<!doctype html>\n<html${attributes.join('')}>${inner}</html>\n`, frames };
  };
  return serialise(document);
}

function save(name: string, page: Serialised): void {
  writeFileSync(join(OUT, `${name}.html`), page.html);
  page.frames.forEach((frame, index) => {
    save(`${name}.frame-${index}`, frame);
  });
  const size = (page.html.length / 1024).toFixed(0);
  console.log(`  ${name}.html (${size} KB${page.frames.length ? `, ${page.frames.length} frame(s)` : ''})`);
}

async function capture(page: Page, name: string): Promise<void> {
  // tsx keeps function names with a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  // Serialising writes state into attributes and inline styles: the last step per state.
  save(name, await page.evaluate(serialisePage));
}

async function open(browser: Browser, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${ORIGIN}/sfxm/${path}`);
  await page.locator(ready).first().waitFor({ state: 'attached' });
  return page;
}

const REPLICAS: Record<string, (browser: Browser) => Promise<void>> = {
  async 'element-ui'(browser) {
    const page = await open(browser, 'element-ui/', '.el-tabs__item');
    // Lazy panes render on first opening and then stay in the DOM (hidden).
    for (const tab of ['项目信息', '详细介绍', '附件', '基本信息']) {
      await page.locator('.el-tabs__item', { hasText: tab }).click();
      await page.locator('.el-tab-pane:visible .el-form').waitFor();
    }
    await capture(page, 'element-ui');
    await page.close();

    const filled = await open(browser, 'element-ui/', '.el-tabs__item');
    await elementFill(filled);
    await filled.locator('.el-tabs__item', { hasText: '基本信息' }).click();
    await filled.waitForTimeout(300);
    await capture(filled, 'element-ui-filled');
    await filled.close();
  },

  async 'element-plus'(browser) {
    const page = await open(browser, 'element-plus/', '.el-tabs__item');
    for (const tab of ['项目信息', '详细介绍', '附件', '基本信息']) {
      await page.locator('.el-tabs__item', { hasText: tab }).click();
      await page.locator('.el-tab-pane:visible .el-form').waitFor();
    }
    await capture(page, 'element-plus');
    await page.close();

    // The element-ui replica's reference fill: the same form in Element Plus's markup.
    const filled = await open(browser, 'element-plus/', '.el-tabs__item');
    await elementFill(filled);
    await filled.locator('.el-tabs__item', { hasText: '基本信息' }).click();
    await filled.waitForTimeout(300);
    await capture(filled, 'element-plus-filled');
    await filled.close();
  },

  async antdv(browser) {
    const page = await open(browser, 'antdv/', '#apply_unitName');
    await capture(page, 'antdv-step1-empty');
    // 是 reveals the listing sub-fields; a Select picked and a date typed, as a user does.
    const item = (label: string) =>
      page.locator('.ant-form-item', { has: page.locator(`label[title="${label}"]`) });
    await item('是否上市公司').locator('.ant-radio-button-wrapper', { hasText: '是' }).click();
    await item('上市地点').locator('.ant-select-selector').click();
    await page
      .locator('.ant-select-item-option:visible', { hasText: '全国中小企业股份转让系统（新三板）' })
      .click();
    await item('上市时间').locator('input').click();
    await item('上市时间').locator('input').fill('2017-03-16');
    await item('上市时间').locator('input').press('Enter');
    await item('单位性质').locator('.ant-radio-wrapper', { hasText: '民营企业' }).click();
    await item('主营业务').locator('.ant-checkbox-wrapper', { hasText: '云计算' }).click();
    await page.waitForTimeout(300);
    await capture(page, 'antdv-step1-listed');
    await page.close();
  },

  async antd(browser) {
    const page = await open(browser, 'antd/', '#apply_entName');
    await capture(page, 'antd-step1-empty');
    await page.close();

    // Steps unmount: after the reference fill every step is reachable from the Steps bar.
    const filled = await open(browser, 'antd/', '#apply_entName');
    await antdFill(filled);
    const steps: [string, string][] = [
      ['单位信息', '#apply_entName'],
      ['经营数据', '#apply_highTechLevel'],
      ['项目信息', '#apply_recommendUnit'],
      ['详细介绍', '#apply_undertakerAbility'],
      ['证明材料', '#apply_attachments_honor'],
    ];
    for (const [index, [title, first]] of steps.entries()) {
      await filled.locator('.ant-steps-item', { hasText: title }).click();
      await filled.locator(first).waitFor({ state: 'attached' });
      await filled.waitForTimeout(300);
      // Serialising writes attributes only; React ignores them, so the page stays usable.
      await capture(filled, `antd-step${index + 1}`);
    }
    await filled.close();
  },

  async layui(browser) {
    const page = await open(browser, 'layui/', 'html[data-replica-state="ready"]');
    await capture(page, 'layui');
    await page.close();
    const filled = await open(browser, 'layui/', 'html[data-replica-state="ready"]');
    await layuiFill(filled);
    await capture(filled, 'layui-filled');
    await filled.close();
  },

  async table(browser) {
    const ready = 'iframe[title="附件上传"]';
    const page = await open(browser, 'table/', ready);
    await page.frameLocator(ready).locator('input[type=file]').first().waitFor();
    await capture(page, 'table');
    await page.close();
    const filled = await open(browser, 'table/', ready);
    await filled.frameLocator(ready).locator('input[type=file]').first().waitFor();
    await tableFill(filled);
    await capture(filled, 'table-filled');
    await filled.close();
  },

  async stress(browser) {
    const page = await open(browser, 'stress/?controls=500', 'html[data-stress-controls]');
    await capture(page, 'stress');
    await page.close();
  },
};

const only = process.argv.slice(2);
const names = Object.keys(REPLICAS).filter((name) => only.length === 0 || only.includes(name));
mkdirSync(OUT, { recursive: true });
const server = await startReplicaServer();
const browser = await launchReplicaBrowser(server.port);
try {
  for (const name of names) {
    console.log(name);
    for (const file of readdirSync(OUT)) {
      if (file.startsWith(`${name}.`) || file.startsWith(`${name}-`)) rmSync(join(OUT, file));
    }
    await REPLICAS[name]?.(browser);
  }
} finally {
  await browser.close();
  await server.close();
}
