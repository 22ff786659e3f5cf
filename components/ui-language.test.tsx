// @vitest-environment jsdom
/**
 * 「新建单位失败：Error: 请填写单位名称。」 must never happen: every view of the dashboard, the
 * popup and the panel is rendered and its visible text (and the attributes a screen reader or
 * a tooltip shows) is scanned for Latin words outside the allow-list of lib/text/latin.ts.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { Panel } from '@/components/panel/Panel';
import { Popup } from '@/components/popup/Popup';
import { emptyReport } from '@/lib/fill/report';
import { findForeignWords } from '@/lib/text/latin';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  // 设置 lists the other sites the user granted; the fake browser has no permissions API.
  vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  vi.restoreAllMocks();
});

const SCANNED_ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt'];

/** Every foreign word a user could see or hear in the rendered view, with where it was. */
function foreignWords(view: string): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      // What the user typed into a text box is theirs, not the UI's.
      if (node.parentElement?.closest('textarea, style, script')) continue;
      for (const word of findForeignWords(node.data))
        found.push(`${view}: "${word}" in 「${node.data.trim()}」`);
    } else if (node instanceof Element) {
      for (const name of SCANNED_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value)
          for (const word of findForeignWords(value)) found.push(`${view}: "${word}" in ${name}="${value}"`);
      }
    }
  }
  return found;
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const waitForTestId = async (id: string) => {
  await vi.waitFor(() => expect(byTestId(id)).not.toBeNull(), { timeout: 20_000 });
  return byTestId(id) as HTMLElement;
};
const click = (element: HTMLElement) => act(async () => element.click());
const buttonNamed = (name: string) =>
  [...container.querySelectorAll('button')].find((button) => button.textContent === name) as HTMLElement;

describe('no English in the UI', { timeout: 60_000 }, () => {
  it('the dashboard, from an empty store through the sample, a company and a draft', async () => {
    const seen: string[] = [];
    await act(async () => root.render(<Dashboard />));
    await vi.waitFor(() => expect((byTestId('sample-load') as HTMLButtonElement).disabled).toBe(false), {
      timeout: 20_000,
    });
    seen.push(...foreignWords('empty dashboard'));

    // The failure that was reported: a company without a name.
    await click(await waitForTestId('company-create'));
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).not.toBeNull(), {
      timeout: 20_000,
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('新建单位失败：请填写单位名称。');
    seen.push(...foreignWords('company without a name'));

    await click(byTestId('sample-load') as HTMLElement);
    await waitForTestId('draft-item');
    seen.push(...foreignWords('dashboard with the sample'));

    await click(await waitForTestId('company-open'));
    await waitForTestId('company-editor');
    seen.push(...foreignWords('company editor'));
    await click(buttonNamed('返回列表'));

    await click(await waitForTestId('draft-open'));
    await waitForTestId('application-editor');
    await click(await waitForTestId('show-all-issues'));
    seen.push(...foreignWords('draft editor, every issue shown'));

    expect(seen).toEqual([]);
  });

  it('the popup with the sample', async () => {
    await act(async () => root.render(<Dashboard />));
    await vi.waitFor(() => expect((byTestId('sample-load') as HTMLButtonElement).disabled).toBe(false), {
      timeout: 20_000,
    });
    await click(byTestId('sample-load') as HTMLElement);
    await waitForTestId('draft-item');
    act(() => root.unmount());
    root = createRoot(container);
    await act(async () => root.render(<Popup />));
    await waitForTestId('popup-status');
    expect(foreignWords('popup')).toEqual([]);
  });

  it('the panel: draft choice, a fill report and a failure', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type } = message as { type: string };
      if (type === 'drafts/list')
        return {
          ok: true,
          result: { currentId: 'd1', submitGuard: true, drafts: [{ id: 'd1', label: '示例项目' }] },
        };
      if (type === 'tab/fill')
        return {
          ok: true,
          result: { ...emptyReport(), filled: [{ key: 'company.name', label: '单位名称', fieldId: '1.f0' }] },
        };
      if (type === 'tab/check') return { ok: false, message: 'Could not establish connection.' };
      return { ok: true, result: true };
    });
    await act(async () => root.render(<Panel host="www.xinxixiaofei.com" />));
    await click(await waitForTestId('shenbao-fill'));
    await waitForTestId('shenbao-report');
    const seen = foreignWords('panel after a fill');
    await click(await waitForTestId('shenbao-check'));
    await waitForTestId('shenbao-message');
    seen.push(...foreignWords('panel after a failed check'));
    expect(seen).toEqual([]);
  });
});
