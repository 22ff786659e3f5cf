import type { Locator, Page } from 'playwright-core';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { cellAfter } from '../replica/table/reference-fill';
import { Assistant } from '../support/assistant';
import type { ExtensionBrowser } from '../support/extension-browser';
import { describe, expect, openReplica, test } from '../support/fixtures';
import { animationsSettled } from '../support/motion';
import { screenshotPath } from '../support/screenshots';

const company = SAMPLE_APPLICANT.company;
const draft = SAMPLE_APPLICANT.draft.values;
const submit = (page: Page) =>
  page
    .getByRole('button', { name: /(^|\s)提\s*交\s*$/ })
    .last()
    .click();
const submitted = (page: Page) => page.evaluate(() => (window as { __submitted?: unknown }).__submitted);
const contactCell = (page: Page, label: string) =>
  cellAfter(page.locator('xpath=//tr[td[normalize-space(.)="申报联系人"]]'), label);
const firstText = (cell: Locator, index = 0) =>
  cell.locator('input:not([type=radio]):not([type=checkbox]), textarea').nth(index);

/** A replica filled with the sample in one click, the assistant's panel open. */
async function filled(
  browser: ExtensionBrowser,
  name: string,
): Promise<{ page: Page; assistant: Assistant }> {
  const page = await openReplica(browser.context, name);
  const assistant = new Assistant(page);
  await assistant.open();
  await assistant.fill();
  return { page, assistant };
}

const guard = (page: Page) => page.locator('shenbao-guard-layer [data-testid="shenbao-guard"]');

describe('check before 提交 on the site', () => {
  // A clean fill raising no false alarm is checked on every replica in fill.e2e.ts and fill-more.e2e.ts.
  test('finds every seeded fault with the right field, and comes back clean once fixed', async ({
    sample,
  }) => {
    const { page, assistant } = await filled(sample.browser, 'table');
    const summaryBox = firstText(cellAfter(page, '*项目概述：'));
    await summaryBox.evaluate((element) => element.removeAttribute('maxlength'));
    await summaryBox.fill('字'.repeat(401));
    await firstText(cellAfter(page, '*组织机构代码/三证合一码：')).fill('91500112056187230Q');
    await firstText(contactCell(page, '*手机：')).fill('1398362741');
    await firstText(cellAfter(page, '*是否上市公司：'), 2).fill('');
    await firstText(cellAfter(page, '*法定代表人：')).fill('');
    await firstText(cellAfter(page, '*起止日期：'), 1).fill('2018-01-01');
    // 附3 taken out of its upload slot (in the attachments iframe).
    const declaration = page
      .frameLocator('iframe[title="附件上传"]')
      .locator('tr')
      .filter({ hasText: '申报主体责任声明' });
    await declaration.locator('input[type=file]').setInputFiles([]);
    const { keys } = await assistant.check();
    await assistant.panel
      .locator('[data-testid="shenbao-check-attachment"][data-key="attachment.declaration"]')
      .filter({ hasText: '缺少' })
      .waitFor();
    for (const key of [
      'attachment.declaration',
      'project.summary',
      'company.creditCode',
      'contact.mobile',
      'company.stockCode',
      'company.legalRepresentative',
      'project.period',
    ]) {
      expect(keys, key).toContain(key);
    }
    const marks = page.locator('shenbao-marks [data-testid="shenbao-mark"]');
    await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: screenshotPath('check-marks') });
    await assistant.panel.locator('main').screenshot({ path: screenshotPath('check-panel') });

    // The submit guard stops 提交 while errors remain; 返回修改 leaves the page as it was.
    await submit(page);
    await guard(page).waitFor();
    expect(await submitted(page)).toBeUndefined();
    await page.locator('shenbao-guard-layer [data-testid="shenbao-guard-back"]').click();
    await guard(page).waitFor({ state: 'detached' });
    expect(await submitted(page)).toBeUndefined();

    // The user fixes everything on the page: the check is clean again.
    await summaryBox.fill(String(draft['project.summary']));
    await firstText(cellAfter(page, '*组织机构代码/三证合一码：')).fill(
      String(company['company.creditCode']),
    );
    await firstText(contactCell(page, '*手机：')).fill(String(company['contact.mobile']));
    await firstText(cellAfter(page, '*是否上市公司：'), 2).fill(String(company['company.stockCode']));
    await firstText(cellAfter(page, '*法定代表人：')).fill(String(company['company.legalRepresentative']));
    await firstText(cellAfter(page, '*起止日期：'), 1).fill('2021-06-30');
    // 附3 goes back with one click: the stored 申报主体责任声明 is attached to its slot.
    await assistant.check();
    await assistant.panel
      .locator('[data-testid="shenbao-check-attachment"][data-key="attachment.declaration"]')
      .getByTestId('shenbao-attach')
      .click();
    await expect
      .poll(() =>
        assistant.panel
          .locator('[data-testid="shenbao-check-attachment"][data-key="attachment.declaration"]')
          .textContent(),
      )
      .toContain('已上传');
    const clean = await assistant.check();
    expect(clean.keys, clean.issues).toEqual([]);
    await expect.poll(() => marks.count()).toBe(0);
    await submit(page);
    await expect.poll(() => submitted(page)).toBeDefined();
  });

  /** The same faults seeded through each site's own markup: element-ui form items, layui names. */
  const SEEDS: Record<string, (page: Page) => Record<string, Locator>> = {
    'element-ui': (page) => {
      const item = (label: string) =>
        page
          .locator('.el-form-item:visible')
          .filter({ has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }) })
          .locator('input, textarea')
          .first();
      return {
        'company.creditCode': item('组织机构代码/三证合一码'),
        'contact.mobile': item('联系人手机'),
        'company.legalRepresentative': item('法定代表人'),
        'company.stockCode': item('股票代码'),
      };
    },
    antd: (page) => {
      const item = (scope: Page | Locator, label: string) =>
        scope
          .locator('.ant-form-item')
          .filter({ has: page.locator('.ant-form-item-label', { hasText: new RegExp(`^${label}$`) }) })
          .locator('input, textarea')
          .first();
      const contact = page.locator('.ant-card').filter({ hasText: '申报联系人' });
      return {
        'company.creditCode': item(page, '统一社会信用代码'),
        'contact.mobile': item(contact, '手机'),
        'company.legalRepresentative': item(page, '法人代表'),
        'company.stockCode': item(page, '股票代码'),
      };
    },
    layui: (page) => ({
      'company.creditCode': page.locator('input[name="tyshxydm"]'),
      'contact.mobile': page.locator('input[name="lxrsj"]'),
      'company.legalRepresentative': page.locator('input[name="fddbr"]'),
      'company.stockCode': page.locator('input[name="gpdm"]'),
      'project.summary': page.locator('textarea[name="xmgs"]'),
    }),
  };
  const FAULTS: Record<string, string> = {
    'company.creditCode': '91500112056187230Q',
    'contact.mobile': '1398362741',
    'company.legalRepresentative': '',
    'company.stockCode': '',
    'project.summary': '字'.repeat(401),
  };

  // One library's widgets in Chromium here (each replica's clean 检查 runs in fill.e2e.ts and
  // fill-more.e2e.ts, and every adapter's read-back is unit-tested on DOM captured from the
  // replicas).
  for (const [name, seeds] of Object.entries(SEEDS).filter(([library]) => library === 'element-ui')) {
    test(`${name}: finds the same seeded faults in the site's own widgets`, async ({ sample }) => {
      const { page, assistant } = await filled(sample.browser, name);
      const fields = seeds(page);
      for (const [key, locator] of Object.entries(fields)) {
        await locator.evaluate((element) => element.removeAttribute('maxlength'));
        await locator.fill(FAULTS[key] ?? '');
      }
      const { keys, issues } = await assistant.check();
      expect(keys.toSorted(), issues).toEqual(Object.keys(fields).toSorted());
    });
  }

  // One browser for the guard's three ways through (each launch costs seconds of the budget).
  test('lets a 提交 through after 仍要提交, never stops one with warnings only, and can be turned off in the settings', async ({
    sample,
  }) => {
    const stopped = await filled(sample.browser, 'table');
    await firstText(cellAfter(stopped.page, '*组织机构代码/三证合一码：')).fill('91500112056187230Q');
    await submit(stopped.page);
    await stopped.page.locator('shenbao-guard-layer [data-testid="shenbao-guard-submit"]').click();
    await expect.poll(() => submitted(stopped.page)).toBeDefined();

    const warned = await filled(sample.browser, 'table');
    // 研发投入 above 主营业务收入 is a warning (the 申报书 does not forbid it).
    await firstText(cellAfter(warned.page, '*研发投入（万元）：')).fill('99999');
    // A widget the check cannot read (a rich editor shown in place of 单位名称's box, which stays
    // hidden, so the site still holds the name): 「无法读取，请人工核对」, a warning.
    await firstText(cellAfter(warned.page, '*单位名称：')).evaluate((box: HTMLInputElement) => {
      const editor = document.createElement('div');
      editor.contentEditable = 'true';
      editor.textContent = box.value;
      box.style.display = 'none';
      box.after(editor);
    });
    const warning = await warned.assistant.check();
    expect(warning.keys.toSorted(), warning.issues).toEqual(['company.name', 'figures.rdInvestment']);
    expect(warning.issues).toMatch(/^company\.name: [^\n]*：无法读取，请人工核对/m);
    await submit(warned.page);
    await expect.poll(() => submitted(warned.page)).toBeDefined();
    expect(await guard(warned.page).count()).toBe(0);

    // Turned off in the dashboard's settings, the guard lets an error through unasked.
    await sample.dashboard.page.getByTestId('setting-submit-guard').uncheck();
    const { page } = await filled(sample.browser, 'table');
    await firstText(cellAfter(page, '*组织机构代码/三证合一码：')).fill('91500112056187230Q');
    await submit(page);
    await expect.poll(() => submitted(page)).toBeDefined();
    expect(await guard(page).count()).toBe(0);
  });

  test('shows the live 字数 beside limited texts, and marks never move the page', async ({ sample }) => {
    const { page, assistant } = await filled(sample.browser, 'table');
    const counters = page.locator('shenbao-counters [data-testid="shenbao-word-count"]');
    await expect.poll(() => counters.count()).toBe(2);
    const summaryBox = firstText(cellAfter(page, '*项目概述：'));
    await summaryBox.fill('项目'.repeat(190));
    await expect.poll(() => counters.allTextContents()).toContain('380 / 400 字');

    // The same page with and without the check's marks, the overlay hidden: identical pixels
    // where the user looks (the viewport, scrolled to the 项目概述 the marks sit beside) and
    // every form control where it was. Viewport pictures, not full-page ones: a full-page
    // picture resizes the viewport, and the site re-lays itself out around that.
    const hideOverlay = (hidden: boolean) =>
      page.evaluate(
        (visibility) => {
          for (const host of document.querySelectorAll(
            'shenbao-marks, shenbao-counters, shenbao-guard-layer',
          )) {
            (host as HTMLElement).style.visibility = visibility;
          }
        },
        hidden ? 'hidden' : '',
      );
    // Nothing focused, no hover (the pointer rests away from where the panel's buttons were),
    // nothing moving, the overlay hidden and the panel masked: only the page's own pixels count.
    const picture = async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.mouse.move(0, 0);
      await animationsSettled(page);
      await hideOverlay(true);
      // The panel is masked, never hidden: hiding it would make the clickjacking guard's
      // visibility observer (100 ms delay) refuse the 检查 pressed right after.
      const shot = await page.screenshot({ mask: [page.locator('shenbao-assistant')] });
      await hideOverlay(false);
      return shot;
    };
    const layout = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('input, textarea, select, iframe')].map((element) => {
          const rect = element.getBoundingClientRect();
          return [rect.left + scrollX, rect.top + scrollY, rect.width, rect.height].map(Math.round).join(',');
        }),
      );
    await summaryBox.scrollIntoViewIfNeeded();
    const layoutBefore = await layout();
    const before = await picture();
    await assistant.check();
    await expect
      .poll(() => page.locator('shenbao-marks [data-testid="shenbao-mark"]').count())
      .toBeGreaterThan(0);
    expect(await layout()).toEqual(layoutBefore);
    const after = await picture();
    expect(Buffer.compare(before, after)).toBe(0);
  });
});
