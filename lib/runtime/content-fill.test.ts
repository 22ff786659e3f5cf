// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bytesToBase64 } from '@/lib/backup/base64';
import { describeFillFailure } from '@/lib/fill/report';
import { RESULT_SCHEMAS, replySchema } from '@/lib/messaging/protocol';
import { makeApplication } from '@/test/factories';
import { corruptingEngine, realEngine } from '@/test/fill-engines';
import { createContentFill } from './content-fill';

const values = makeApplication();

let stop: AbortController;
let logged: ReturnType<typeof vi.spyOn>;
let mappingsReply: unknown;

beforeEach(() => {
  fakeBrowser.reset();
  stop = new AbortController();
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  mappingsReply = { ok: true, result: [] };
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'application/get') return { ok: true, result: { editionId: '2020', values } };
    if (type === 'mappings/list') return mappingsReply;
    return { ok: true, result: true };
  });
  document.body.innerHTML = `
    <form>
      <label>单位名称 <input id="name"></label>
      <label>统一社会信用代码 <input id="code"></label>
    </form>`;
});

afterEach(() => {
  stop.abort();
  vi.restoreAllMocks();
});

const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
const fill = (handle: ReturnType<typeof createContentFill>) =>
  handle({ type: 'content/fill', draftId: 'd1', overwrite: [] });

describe('content fill', () => {
  it('fills the page with the real engine', async () => {
    const reply = await fill(createContentFill(document, realEngine, stop.signal));
    expect(reply).toMatchObject({ ok: true });
    expect(value('name')).toBe(values['company.name']);
    expect(value('code')).toBe(values['company.creditCode']);
  });

  it('a bug in the matcher answers a report that says 填充出错, with the error, and the page untouched', async () => {
    const reply = await fill(createContentFill(document, corruptingEngine, stop.signal));
    // What the panel receives, parsed as the panel parses it: the failure crosses the boundary.
    const parsed = replySchema(RESULT_SCHEMAS['content/fill']).parse(reply);
    if (!parsed.ok) throw new Error(`expected a report, got: ${parsed.message}`);
    expect(parsed.result.failure).toEqual({
      phase: 'match',
      error: expect.stringMatching(/^Error: matchFields: field f0 \(text\): TypeError: /),
    });
    expect(parsed.result.filled).toEqual([]);
    expect(describeFillFailure(parsed.result)).toMatch(
      /^填充出错：识别字段时发生了内部错误，填充已停止。页面没有被改动。请把这段说明发给开发者：Error: matchFields: field f0/,
    );
    expect(value('name')).toBe('');
    expect(value('code')).toBe('');
    expect(logged).toHaveBeenCalledWith(
      '[shenbao] fill failed',
      { phase: 'match', filled: 0 },
      expect.any(Error),
    );
  });

  it('a malformed learned-mappings reply is rejected at the boundary with a clear message, before any write', async () => {
    mappingsReply = { ok: true, result: [{ signature: 42, key: null }] };
    const reply = await fill(createContentFill(document, realEngine, stop.signal));
    expect(reply).toEqual({ ok: false, message: '申报助手内部通信出错，请刷新页面后重试。' });
    expect(value('name')).toBe('');
    expect(logged).toHaveBeenCalledWith(
      '[shenbao] malformed reply to mappings/list',
      mappingsReply,
      expect.anything(),
    );
  });

  it('an expected failure is answered as it is: 撤销 before any fill', async () => {
    const handle = createContentFill(document, realEngine, stop.signal);
    expect(await handle({ type: 'content/undo' })).toEqual({
      ok: false,
      message: '还没有填充过，无需撤销。',
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it('undo after a fill restores the page', async () => {
    const handle = createContentFill(document, realEngine, stop.signal);
    await fill(handle);
    expect(await handle({ type: 'content/undo' })).toEqual({ ok: true, result: [] });
    expect(value('name')).toBe('');
  });
});

describe('content capture (从页面采集)', () => {
  it('offers the filled page fields no data placed, with their signatures; a user-defined field is data', async () => {
    document.body.innerHTML = `
      <form>
        <label>单位名称 <input id="name"></label>
        <label>省级推荐批次编号 <input id="batch" value="CQ-2020-017"></label>
        <label>入驻省级产业园区情况 <select id="park"><option value="">请选择</option><option selected>已入驻</option><option>未入驻</option></select></label>
        <label>短信验证码 <input id="sms" value="123456"></label>
      </form>`;
    vi.mocked(browser.runtime.sendMessage).mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      if (type === 'application/get')
        return {
          ok: true,
          result: {
            editionId: '2020',
            values,
            customFields: [
              { id: 'park', label: '入驻省级产业园区情况', aliases: [], kind: 'text', required: false },
            ],
          },
        };
      if (type === 'mappings/list') return mappingsReply;
      return { ok: true, result: true };
    });
    const handle = createContentFill(document, realEngine, stop.signal);
    await fill(handle);
    const reply = replySchema(RESULT_SCHEMAS['content/capture']).parse(
      await handle({ type: 'content/capture', draftId: 'd1' }),
    );
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.result.candidates).toEqual([
      {
        fieldId: expect.any(String),
        label: '省级推荐批次编号',
        kind: 'text',
        value: 'CQ-2020-017',
        signature: expect.stringContaining('省级推荐批次编号'),
      },
    ]);
    expect(reply.result.withheld).toEqual([{ label: '短信验证码', reason: '验证码' }]);
    // Reading the page wrote nothing.
    expect(value('batch')).toBe('CQ-2020-017');
  });
});

describe('content capture of an upload', () => {
  it('carries the file chosen in the page’s own input, as Base64', async () => {
    document.body.innerHTML = `<form><label>安全生产许可证 <input type="file" id="permit"></label></form>`;
    const bytes = new TextEncoder().encode('%PDF-1.4 许可证');
    const file = new File([bytes], '许可证.pdf', { type: 'application/pdf' });
    Object.defineProperty(document.getElementById('permit'), 'files', { value: [file] });
    const handle = createContentFill(document, realEngine, stop.signal);
    const reply = replySchema(RESULT_SCHEMAS['content/capture']).parse(
      await handle({ type: 'content/capture', draftId: 'd1' }),
    );
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.result.candidates).toEqual([
      expect.objectContaining({
        label: '安全生产许可证',
        kind: 'file',
        value: '许可证.pdf',
        file: { name: '许可证.pdf', type: 'application/pdf', base64: bytesToBase64(bytes) },
      }),
    ]);
  });
});
