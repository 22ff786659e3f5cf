import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, sendRequest } from '@/lib/messaging/client';
import { describeError, explainFailures, UserError } from './errors';

const check = { name: '检查', log: 'check', outcome: '页面没有被改动' };

let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => logged.mockRestore());

describe('explainFailures', () => {
  it('turns a bug into a zh-CN message with what happened to the page and the error, and logs it', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'key')");
    const reply = await answer(() =>
      explainFailures(check, async () => {
        throw bug;
      }),
    );
    expect(reply).toEqual({
      ok: false,
      message:
        "检查出错：发生了内部错误。页面没有被改动。请把这段说明发给开发者：TypeError: Cannot read properties of undefined (reading 'key')",
    });
    expect(logged).toHaveBeenCalledWith('[shenbao] check failed', bug);
  });

  it('passes an expected failure through as it is, without logging it as a bug', async () => {
    const reply = await answer(() =>
      explainFailures(check, async () => {
        throw new UserError('页面上没有这个附件的上传位置，或草稿里没有存这个文件。');
      }),
    );
    expect(reply).toEqual({ ok: false, message: '页面上没有这个附件的上传位置，或草稿里没有存这个文件。' });
    expect(logged).not.toHaveBeenCalled();
  });

  it('answers the result when nothing fails', async () => {
    expect(await answer(() => explainFailures(check, async () => true))).toEqual({ ok: true, result: true });
  });
});

describe('describeError', () => {
  it('names the error and keeps long messages short', () => {
    expect(describeError(new RangeError('bad'))).toBe('RangeError: bad');
    expect(describeError('thrown text')).toBe('thrown text');
    expect(describeError(new Error('x'.repeat(2000))).length).toBe(501);
  });
});

describe('sendRequest at the message boundary', () => {
  it('rejects a reply that does not fit the request, with a clear message', async () => {
    const send = async () => ({ ok: true, result: [{ signature: 'a' }] });
    await expect(sendRequest({ type: 'mappings/list' }, send)).rejects.toThrow(
      new UserError('申报助手内部通信出错，请刷新页面后重试。'),
    );
    expect(logged).toHaveBeenCalledTimes(1);
  });

  it('passes the other side’s zh-CN message on as an expected failure', async () => {
    const send = async () => ({ ok: false, message: '找不到这份草稿，可能已被删除。' });
    const failure = await sendRequest({ type: 'application/get', draftId: 'x' }, send).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as Error).message).toBe('找不到这份草稿，可能已被删除。');
  });
});
