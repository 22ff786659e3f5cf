// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyReport, type FillReport } from '@/lib/fill/report';
import { Panel } from './Panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
let fillReply: unknown;
let panelVisible: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  panelVisible = true;
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'drafts/list')
      return {
        ok: true,
        result: {
          currentId: 'd1',
          submitGuard: true,
          host: 'www.xinxixiaofei.com',
          drafts: [{ id: 'd1', label: '示例项目' }],
        },
      };
    if (type === 'tab/fill') return fillReply;
    if (type === 'tab/capture') return { ok: true, result: { candidates: [], withheld: [] } };
    if (type === 'tab/visible') return { ok: true, result: { visible: panelVisible } };
    return { ok: true, result: true };
  });
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  vi.restoreAllMocks();
});

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function pressFill() {
  await act(async () => root.render(<Panel />));
  await vi.waitFor(() => expect(byTestId('shenbao-fill')).not.toBeNull());
  await act(async () => byTestId('shenbao-fill')?.click());
  await vi.waitFor(() => expect(byTestId('shenbao-message')).not.toBeNull());
  return byTestId('shenbao-message') as HTMLElement;
}

describe('panel: a fill that failed', () => {
  it('shows 填充出错 with the error as an alert, and says the page was not changed', async () => {
    const report: FillReport = {
      ...emptyReport(),
      failure: { phase: 'match', error: 'TypeError: x is undefined' },
    };
    fillReply = { ok: true, result: report };
    const message = await pressFill();
    expect(message.textContent).toBe(
      '填充出错：识别字段时发生了内部错误，填充已停止。页面没有被改动。请把这段说明发给开发者：TypeError: x is undefined',
    );
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.dataset.tone).toBe('error');
  });

  it('after some fields were filled, lists them and points to 撤销', async () => {
    const report: FillReport = {
      ...emptyReport(),
      filled: [{ key: 'company.name', label: '单位名称', fieldId: '1.f0' }],
      failure: { phase: 'apply', error: 'RangeError: bad' },
    };
    fillReply = { ok: true, result: report };
    const message = await pressFill();
    expect(message.textContent).toContain('出错前已填写的 1 项留在页面上');
    expect(message.textContent).toContain('可点「撤销」恢复');
    expect(byTestId('shenbao-report')?.textContent).toContain('已填充 1 项');
  });

  it('a failure answered as a message (the content script explained it) is shown as an alert too', async () => {
    fillReply = {
      ok: false,
      message: '填充出错：发生了内部错误。页面没有被改动。请把这段说明发给开发者：Error: boom',
    };
    const message = await pressFill();
    expect(message.textContent).toContain('请把这段说明发给开发者：Error: boom');
    expect(message.getAttribute('role')).toBe('alert');
  });

  it('a fill without failure shows no message', async () => {
    fillReply = { ok: true, result: emptyReport() };
    await act(async () => root.render(<Panel />));
    await vi.waitFor(() => expect(byTestId('shenbao-fill')).not.toBeNull());
    await act(async () => byTestId('shenbao-fill')?.click());
    await vi.waitFor(() => expect(byTestId('shenbao-report')).not.toBeNull());
    expect(byTestId('shenbao-message')).toBeNull();
  });
});

describe('panel: where the fill writes', () => {
  it('shows the host the background took from the tab', async () => {
    await act(async () => root.render(<Panel />));
    await vi.waitFor(() =>
      expect(byTestId('shenbao-target-host')?.textContent).toBe('将填写到：www.xinxixiaofei.com'),
    );
  });
});

describe('panel: the clickjacking guard', () => {
  it('a press while the page hides or covers the panel fills nothing and sends the user to the popup', async () => {
    panelVisible = false;
    fillReply = { ok: true, result: emptyReport() };
    const message = await pressFill();
    expect(message.textContent).toContain('被网页遮挡或设成了透明');
    expect(message.textContent).toContain('浏览器工具栏上的「申报助手」图标');
    const sent = vi
      .mocked(browser.runtime.sendMessage)
      .mock.calls.map(([request]) => (request as { type: string }).type);
    expect(sent).toContain('tab/visible');
    expect(sent).not.toContain('tab/fill');
  });
});

describe('panel: 检查 on a page with no recognisable form', () => {
  it('says there is no form to check instead of 检查通过', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      if (type === 'drafts/list')
        return {
          ok: true,
          result: { currentId: 'd1', submitGuard: true, drafts: [{ id: 'd1', label: '示例项目' }] },
        };
      if (type === 'tab/check')
        return { ok: true, result: { recognised: 0, issues: [], differences: [], attachments: [] } };
      if (type === 'tab/visible') return { ok: true, result: { visible: true } };
      return { ok: true, result: true };
    });
    await act(async () => root.render(<Panel />));
    await vi.waitFor(() => expect(byTestId('shenbao-check')).not.toBeNull());
    await act(async () => byTestId('shenbao-check')?.click());
    await vi.waitFor(() => expect(byTestId('shenbao-check-summary')).not.toBeNull());
    expect(byTestId('shenbao-check-summary')?.textContent).toContain('本页没有可检查的申报表单');
    expect(byTestId('shenbao-check-summary')?.textContent).not.toContain('检查通过');
  });
});

describe('panel: 从页面采集 after a fill', () => {
  it('lists the page fields without data with their page values; saves the ticked ones for the chosen scope', async () => {
    const offers = [
      {
        candidates: [
          {
            fieldId: 'f7',
            label: '省级推荐批次编号',
            kind: 'text',
            value: 'CQ-2020-017',
            signature: 'text|a',
          },
          {
            fieldId: 'f8',
            label: '园区入驻情况',
            kind: 'choice',
            value: '已入驻',
            options: ['已入驻', '未入驻'],
            signature: 'nativeSelect|b',
          },
        ],
        withheld: [{ label: '图形验证码', reason: '验证码' }],
      },
      { candidates: [], withheld: [] },
    ];
    let saved: unknown;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      if (type === 'drafts/list')
        return {
          ok: true,
          result: { currentId: 'd1', submitGuard: true, drafts: [{ id: 'd1', label: '示例项目' }] },
        };
      if (type === 'tab/visible') return { ok: true, result: { visible: true } };
      if (type === 'tab/fill') return { ok: true, result: emptyReport() };
      if (type === 'tab/capture') return { ok: true, result: offers.shift() };
      if (type === 'capture/save') {
        saved = message;
        return { ok: true, result: 1 };
      }
      return { ok: false, message: '无法识别的请求。' };
    });
    await act(async () => root.render(<Panel />));
    await vi.waitFor(() => expect(byTestId('shenbao-fill')).not.toBeNull());
    await act(async () => byTestId('shenbao-fill')?.click());
    await vi.waitFor(() =>
      expect(byTestId('shenbao-capture-summary')?.textContent).toBe('页面上还有 2 个栏目没有对应的资料'),
    );
    const capture = byTestId('shenbao-capture') as HTMLElement;
    expect(capture.textContent).toContain('省级推荐批次编号：CQ-2020-017');
    expect(capture.textContent).toContain('园区入驻情况：已入驻');
    // What is never kept is said, with the withheld field by name.
    expect(byTestId('shenbao-capture-withheld')?.textContent).toContain('密码、验证码');
    expect(byTestId('shenbao-capture-withheld')?.textContent).toContain('图形验证码（验证码）');
    const save = byTestId('shenbao-capture-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const option = container.querySelector<HTMLInputElement>('[data-label="园区入驻情况"]');
    await act(async () => option?.click());
    await act(async () => byTestId('shenbao-capture-scope-draft')?.click());
    await act(async () => save.click());
    await vi.waitFor(() =>
      expect(byTestId('shenbao-message')?.textContent).toContain('已保存 1 个栏目到本草稿'),
    );
    expect(saved).toEqual({
      type: 'capture/save',
      draftId: 'd1',
      scope: 'draft',
      fields: [
        {
          label: '园区入驻情况',
          kind: 'choice',
          value: '已入驻',
          options: ['已入驻', '未入驻'],
          signature: 'nativeSelect|b',
        },
      ],
    });
    // The list is read again: the kept field is data now.
    await vi.waitFor(() =>
      expect(byTestId('shenbao-capture-summary')?.textContent).toBe('页面上没有资料库之外、已填写的栏目'),
    );
  });
});

describe('panel: the way to the browser side panel', () => {
  const sidebar = (browser as unknown as { sidebarAction: { open?: () => Promise<void> } }).sidebarAction;

  it('「在侧边栏打开」 opens it from the click; a refusal is explained in zh-CN', async () => {
    const open = vi.spyOn(sidebar as Required<typeof sidebar>, 'open').mockResolvedValue(undefined);
    await act(async () => root.render(<Panel />));
    await vi.waitFor(() => expect(byTestId('shenbao-open-side-panel')).not.toBeNull());
    await act(async () => byTestId('shenbao-open-side-panel')?.click());
    expect(open).toHaveBeenCalledTimes(1);
    expect(byTestId('shenbao-message')).toBeNull();
    open.mockRejectedValue(new Error('sidebarAction.open may only be called from a user input handler'));
    await act(async () => byTestId('shenbao-open-side-panel')?.click());
    await vi.waitFor(() => expect(byTestId('shenbao-message')?.textContent).toContain('无法打开侧边栏'));
  });
});
