// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeApplication } from '@/test/factories';
import { corruptingEngine, realEngine } from '@/test/fill-engines';
import { createContentCheck, handleCheckRequest } from './content-check';
import { createOverlay, type OverlayLayer } from './overlay';

const values = makeApplication();

let marks: OverlayLayer;
let counters: OverlayLayer;
let logged: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'application/get') return { ok: true, result: { editionId: '2020', values } };
    if (type === 'mappings/list') return { ok: true, result: [] };
    return { ok: true, result: true };
  });
  document.body.innerHTML = '<form><label>单位名称 <input id="name" value="别的公司"></label></form>';
  marks = createOverlay(document, 'test-marks');
  counters = createOverlay(document, 'test-counters');
});

afterEach(() => {
  marks.destroy();
  counters.destroy();
  vi.restoreAllMocks();
});

/**
 * A page of a UI library no adapter knows (issue #16): its select keeps the choice in a span,
 * its rich editor is a contenteditable. The check cannot read them and says so.
 */
const UNKNOWN_LIBRARY = `
  <form>
    <div><span>单位名称：</span><div contenteditable="true">重庆某某科技有限公司</div></div>
    <div class="el-form-item"><label class="el-form-item__label">单位性质</label><div class="el-form-item__content">
      <div class="el-select"><div class="el-select__wrapper"><div class="el-select__selection">
        <div class="el-select__selected-item el-select__input-wrapper"><input class="el-select__input" role="combobox" aria-haspopup="listbox" readonly></div>
        <div class="el-select__selected-item el-select__placeholder"><span>民营企业</span></div>
      </div></div></div>
    </div></div>
    <label>统一社会信用代码 <input value="123"></label>
    <button type="button">提交</button>
  </form>`;

describe('content check', () => {
  it('reports a widget it cannot read as 「无法读取，请人工核对」: a warning, no difference, and the submit guard is not held by it', async () => {
    document.body.innerHTML = UNKNOWN_LIBRARY;
    const check = createContentCheck(document, realEngine, marks, counters);
    const reply = await handleCheckRequest(check, { type: 'content/check', draftId: 'd1' });
    if (!reply?.ok) throw new Error('check failed');
    const result = reply.result as {
      issues: { key: string; label: string; severity: string; message: string }[];
      differences: { key: string }[];
    };
    const unreadable = result.issues.filter((issue) => issue.message.startsWith('无法读取，请人工核对'));
    expect(unreadable.map((issue) => [issue.key, issue.severity])).toEqual([
      ['company.name', 'warning'],
      ['company.nature', 'warning'],
    ]);
    // Neither is checked as empty (不能为空) nor compared with the draft.
    const aboutThem = (key: string) => key === 'company.name' || key === 'company.nature';
    expect(result.issues.filter((issue) => aboutThem(issue.key) && issue.severity === 'error')).toEqual([]);
    expect(result.differences.filter((difference) => aboutThem(difference.key))).toEqual([]);
    // The fields it can read are still checked: the bad 统一社会信用代码 is an error.
    expect(result.issues).toContainEqual(
      expect.objectContaining({ key: 'company.creditCode', severity: 'error' }),
    );
    // The submit guard stops only on errors: the bad code, never the widgets it cannot read.
    const code = result.issues.find((issue) => issue.key === 'company.creditCode');
    const findings = await check.errors();
    expect(findings.map((finding) => finding.label)).toEqual([code?.label]);
  });

  it('lists the difference from the draft with the real engine', async () => {
    const check = createContentCheck(document, realEngine, marks, counters);
    const reply = await handleCheckRequest(check, { type: 'content/check', draftId: 'd1' });
    expect(reply).toMatchObject({
      ok: true,
      result: { differences: [expect.objectContaining({ key: 'company.name', page: '别的公司' })] },
    });
  });

  it('a bug answers 检查出错 with the error instead of an empty, clean-looking result', async () => {
    const check = createContentCheck(document, corruptingEngine, marks, counters);
    const reply = await handleCheckRequest(check, { type: 'content/check', draftId: 'd1' });
    expect(reply).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^检查出错：发生了内部错误。页面没有被改动。请把这段说明发给开发者：Error: matchFields: field f0 \(text\): TypeError: /,
      ),
    });
    expect(logged).toHaveBeenCalledWith('[shenbao] check failed', expect.any(Error));
  });

  it('字数 badges that fail are logged and do not stop the script', async () => {
    const check = createContentCheck(document, corruptingEngine, marks, counters);
    await check.refreshCounters();
    expect(logged).toHaveBeenCalledWith('[shenbao] 字数 badges failed', expect.any(Error));
  });

  it('字数 badges: the draft’s own long texts by their label, and without a draft the catalog’s alone', async () => {
    document.body.innerHTML =
      '<form><label>项目概述 <textarea id="summary"></textarea></label><label>园区建设情况说明 <textarea id="park"></textarea></label></form>';
    const badges = () =>
      [...counters.root.querySelectorAll<HTMLElement>('[data-testid="shenbao-word-count"]')].map(
        (badge) => badge.textContent,
      );
    // No current draft (the store's answer is unreadable): the catalog's limits still show.
    const check = createContentCheck(document, realEngine, marks, counters);
    await check.refreshCounters();
    expect(badges()).toEqual(['0 / 400 字']);
    vi.mocked(browser.runtime.sendMessage).mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      if (type === 'drafts/list')
        return { ok: true, result: { currentId: 'd1', submitGuard: true, drafts: [] } };
      if (type === 'application/get') {
        const park = {
          id: 'p1',
          label: '园区建设情况说明',
          aliases: [],
          kind: 'longText',
          required: false,
          maxWords: 200,
        };
        return { ok: true, result: { editionId: '2020', values, customFields: [park] } };
      }
      if (type === 'mappings/list') return { ok: true, result: [] };
      return { ok: true, result: true };
    });
    await check.refreshCounters();
    expect(badges()).toEqual(['0 / 400 字', '0 / 200 字']);
    check.destroy();
  });

  it('an id neither the fill nor the check knows is answered false, not left unanswered', async () => {
    const check = createContentCheck(document, realEngine, marks, counters);
    expect(await handleCheckRequest(check, { type: 'content/reveal', fieldId: 'gone' })).toEqual({
      ok: true,
      result: false,
    });
  });

  it('a page with no recognisable form says so (recognised 0) instead of passing', async () => {
    document.body.innerHTML = '<main><p>通知公告</p><input id="search" placeholder="站内搜索"></main>';
    const check = createContentCheck(document, realEngine, marks, counters);
    const reply = await handleCheckRequest(check, { type: 'content/check', draftId: 'd1' });
    expect(reply).toMatchObject({ ok: true, result: { recognised: 0, issues: [] } });
  });

  it('reads no field the probe finds hidden: a decoy holding another name is not compared', async () => {
    const check = createContentCheck(document, realEngine, marks, counters, () => ({
      judge: () => ({ reachable: false, reason: 'transparent' }),
    }));
    const reply = await handleCheckRequest(check, { type: 'content/check', draftId: 'd1' });
    expect(reply).toMatchObject({ ok: true, result: { recognised: 0, differences: [] } });
  });
});
