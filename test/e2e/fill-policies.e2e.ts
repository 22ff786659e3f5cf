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

    // An address asked as 省/市/区 (dependent selects) and a street input, and upload slots
    // labelled only by what they ask for (issue #11).
    const url = 'http://www.xinxixiaofei.com/corpus/parts/';
    await sample.browser.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: PARTS_PAGE }),
    );
    const parts = await sample.browser.context.newPage();
    await parts.goto(url);
    const partsAssistant = new Assistant(parts);
    await partsAssistant.open();
    await partsAssistant.fill();
    await expect
      .poll(() =>
        parts.evaluate(() => ({
          region: ['#p', '#c', '#d'].map((id) => (document.querySelector(id) as HTMLSelectElement).value),
          street: (document.querySelector('#s') as HTMLInputElement).value,
          files: ['#u1', '#u2', '#u3'].map((id) =>
            [...((document.querySelector(id) as HTMLInputElement).files ?? [])]
              .map((file) => file.name)
              .join('+'),
          ),
        })),
      )
      .toEqual({
        region: ['重庆市', '重庆市', '渝北区'],
        street: String(SAMPLE_APPLICANT.company['company.registeredAddress']).replace('重庆市渝北区', ''),
        files: [
          '营业执照（副本，加盖公章）.pdf',
          '2019年度财务审计报告.pdf',
          '2019年度企业所得税纳税证明.pdf',
        ],
      });
    // The report names the file that went into each slot.
    await expect
      .poll(() => partsAssistant.panel.getByTestId('shenbao-report').textContent())
      .toContain('上传「2019年度企业所得税纳税证明.pdf」');
    await parts.close();

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

/**
 * 省/市/区 as dependent native selects (each list filled when the one before changes) beside a
 * street input, and upload slots labelled 营业执照 / 年度审计报告 / 纳税证明 with no 附 number.
 */
const PARTS_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>单位信息</title></head><body>
<form>
  <p><label>注册地址：</label>
    <select id="p"><option value="">请选择省份</option><option>广东省</option><option>重庆市</option></select>
    <select id="c"><option value="">请选择城市</option></select>
    <select id="d"><option value="">请选择区县</option></select>
    <input id="s" placeholder="详细地址"></p>
  <p><label for="u1">营业执照</label><input type="file" id="u1"></p>
  <p><label for="u2">年度审计报告</label><input type="file" id="u2"></p>
  <p><label for="u3">纳税证明</label><input type="file" id="u3"></p>
</form>
<script>
  const tree = { 广东省: { 深圳市: ['南山区', '福田区'] }, 重庆市: { 重庆市: ['渝北区', '江北区'] } };
  const fill = (select, prompt, names) => {
    select.innerHTML = '<option value="">' + prompt + '</option>' + names.map((name) => '<option>' + name + '</option>').join('');
  };
  const [p, c, d] = ['p', 'c', 'd'].map((id) => document.getElementById(id));
  p.addEventListener('change', () => { fill(c, '请选择城市', Object.keys(tree[p.value] ?? {})); fill(d, '请选择区县', []); });
  c.addEventListener('change', () => fill(d, '请选择区县', (tree[p.value] ?? {})[c.value] ?? []));
</script></body></html>`;
