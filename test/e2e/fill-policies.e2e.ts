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
  test('reports exact counts and undoes; never overwrites what the user typed unasked; learns an uncertain field', async ({
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
  });
});
