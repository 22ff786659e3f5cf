import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { Assistant } from '../support/assistant';
import { describe, expect, openReplica, test } from '../support/fixtures';
import { screenshotPath } from '../support/screenshots';

/**
 * Every control's value or checked state, to compare a page before a fill and after undo.
 * Radios are kept apart: once chosen, a site gives no way back to 「none chosen」, and undo
 * says so for each such question instead.
 */
const formState = () => {
  const controls = [...document.querySelectorAll('input, textarea, select')] as HTMLInputElement[];
  return {
    values: controls
      .filter((input) => input.type !== 'file' && input.type !== 'radio')
      .map((input) => (input.type === 'checkbox' ? String(input.checked) : input.value)),
    chosenRadios: controls.filter((input) => input.type === 'radio' && input.checked).length,
  };
};

describe('fill policies: exact report, no overwrite without asking, undo, teaching a field', () => {
  // One browser, a page per policy (each launch costs seconds of the test command's budget).
  test('reports exact counts and undoes; never overwrites what the user typed unasked; learns an uncertain field; keeps fields captured from the page', async ({
    sample,
  }) => {
    // Exact counts; undo restores every value and names the radios a site cannot untick.
    const page = await openReplica(sample.browser.context, 'table');
    const before = await page.evaluate(formState);
    const assistant = new Assistant(page);
    await assistant.open();
    // The table replica has every field but 申报日期 and the auxiliary 是否软件业企业.
    expect(await assistant.fill()).toBe('已填充 61 项，跳过 0 项，未找到 2 项');
    expect(await page.evaluate(formState)).not.toEqual(before);
    await assistant.undo();
    const after = await page.evaluate(formState);
    expect(after.values).toEqual(before.values);
    // Each radio question that was unanswered before is named in the undo message.
    const message = (await assistant.panel.getByTestId('shenbao-message').textContent()) ?? '';
    const named = message.match(/原本未选择/g)?.length ?? 0;
    expect(named).toBe(after.chosenRadios - before.chosenRadios);
    expect(message).toContain('已上传的附件请在页面上手动删除');
    await page.close();

    // Never overwrites what the user typed, until they tick it in the preview.
    const layui = await openReplica(sample.browser.context, 'layui');
    await layui.locator('input[name="dwmc"]').fill('用户自己填写的单位名称');
    const layuiAssistant = new Assistant(layui);
    await layuiAssistant.open();
    expect(Assistant.counts(await layuiAssistant.fill())).toMatchObject({ 跳过: 1 });
    expect(await layui.locator('input[name="dwmc"]').inputValue()).toBe('用户自己填写的单位名称');
    const option = layuiAssistant.panel.getByTestId('shenbao-overwrite-option');
    expect(await option.locator('xpath=..').textContent()).toContain('用户自己填写的单位名称');
    await layui.screenshot({ path: screenshotPath('fill-conflict') });
    await option.check();
    await layuiAssistant.fill();
    await expect
      .poll(() => layui.locator('input[name="dwmc"]').inputValue())
      .toBe(SAMPLE_APPLICANT.company['company.name']);
    await layui.close();

    // An uncertain field is 待确认; the fill learns what the user says it is, and remembers it.
    const oddities = await openReplica(sample.browser.context, 'oddities');
    const odditiesAssistant = new Assistant(oddities);
    await odditiesAssistant.open();
    expect(Assistant.counts(await odditiesAssistant.fill())).toMatchObject({ 已填充: 1, 待确认: 1 });
    expect(await oddities.locator('#a2').inputValue()).toBe('');
    const unsure = odditiesAssistant.panel.getByTestId('shenbao-unsure');
    await unsure.locator('select').selectOption('honours.highTech.year');
    await unsure.getByTestId('shenbao-teach').click();
    await expect
      .poll(() => oddities.locator('#a2').inputValue())
      .toBe(SAMPLE_APPLICANT.company['honours.highTech.year']);

    // Next visit: the taught mapping is used without asking.
    await oddities.reload();
    const again = new Assistant(oddities);
    await again.open();
    expect(Assistant.counts(await again.fill())).toMatchObject({ 已填充: 2 });
    expect(await oddities.locator('#a2').inputValue()).toBe(
      SAMPLE_APPLICANT.company['honours.highTech.year'],
    );
    await oddities.close();

    // 从页面采集: fields the catalog lacks, typed by hand, are kept for the company and filled on
    // a fresh copy of the page.
    const extra = await sample.browser.context.newPage();
    // The table replica with a provincial system's own questions (test/replica/README.md).
    await extra.goto('http://www.xinxixiaofei.com/sfxm/table/?extra=1');
    const row = (label: string) =>
      extra.locator('tr').filter({ has: extra.locator('td.lbl', { hasText: label }) });
    const batch = row('省级推荐批次编号').locator('input');
    const park = row('入驻省级产业园区情况').locator('select');
    const racks = row('本年度数据中心机架数').locator('input');
    const agreement = row('园区入驻协议').locator('input');
    const pdf = Buffer.from('%PDF-1.4\n% 园区入驻协议\n%%EOF');
    await batch.fill('CQ-2020-017');
    await park.selectOption('已入驻');
    await racks.fill('120');
    await agreement.setInputFiles({ name: '入驻协议.pdf', mimeType: 'application/pdf', buffer: pdf });
    const extraAssistant = new Assistant(extra);
    await extraAssistant.open();
    // The provincial questions are no 申报书 field: neither filled nor 未找到.
    expect(await extraAssistant.fill()).toBe('已填充 61 项，跳过 0 项，未找到 2 项');
    const capture = extraAssistant.panel.getByTestId('shenbao-capture');
    const listed = () => capture.getByTestId('shenbao-capture-summary').textContent();
    await expect.poll(listed).toBe('页面上还有 4 个栏目没有对应的资料');
    for (const label of ['省级推荐批次编号', '入驻省级产业园区情况', '园区入驻协议'])
      await capture.locator(`[data-label="${label}"]`).check();
    await capture.getByTestId('shenbao-capture-save').click();
    // The kept three are data now (the upload with its file); the fourth is still offered.
    await expect.poll(listed).toBe('页面上还有 1 个栏目没有对应的资料');

    await extra.reload();
    await extraAssistant.open();
    // The 61 fields of the plain page and the kept three: nothing else written.
    expect(await extraAssistant.fill()).toBe('已填充 64 项，跳过 0 项，未找到 2 项');
    expect(await batch.inputValue()).toBe('CQ-2020-017');
    expect(await park.inputValue()).toBe('已入驻');
    expect(await racks.inputValue()).toBe('');
    const attached = await agreement.evaluate(async (input: HTMLInputElement) => {
      const file = input.files?.[0];
      return file ? { name: file.name, text: await file.text() } : undefined;
    });
    expect(attached).toEqual({ name: '入驻协议.pdf', text: pdf.toString() });
  }, 120_000);
});
