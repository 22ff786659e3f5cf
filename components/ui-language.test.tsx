// @vitest-environment jsdom
/**
 * 「新建单位失败：Error: 请填写单位名称。」 must never happen: every view of the dashboard, the
 * popup and the panel is rendered and its visible text (and the attributes a screen reader or
 * a tooltip shows) is scanned for Latin words outside the allow-list of lib/text/latin.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { Panel } from '@/components/panel/Panel';
import { Popup } from '@/components/popup/Popup';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { emptyReport } from '@/lib/fill/report';
import { findForeignWords } from '@/lib/text/latin';
import { type Mounted, mount } from '@/test/react-dom';
import { fakeSidePanelBrowser, siteTab } from '@/test/side-panel-fake';

let ui: Mounted;
beforeEach(() => {
  ui = mount();
});
afterEach(() => {
  ui.unmount();
  vi.restoreAllMocks();
});

const SCANNED_ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt'];

/** Every foreign word a user could see or hear in the rendered view, with where it was. */
function foreignWords(view: string): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(ui.container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      // What the user typed into a text box is theirs, not the UI's.
      if (node.parentElement?.closest('textarea, style, script')) continue;
      for (const word of findForeignWords(node.data))
        found.push(`${view}: "${word}" in 「${node.data.trim()}」`);
    } else if (node instanceof Element) {
      // A bare file input is drawn by the browser in the browser's language (「Choose File」
      // under an English locale): it must sit in a labelled `.file-button`.
      if (node instanceof HTMLInputElement && node.type === 'file' && !node.closest('.file-button'))
        found.push(`${view}: a bare file chooser (${node.getAttribute('data-testid') ?? node.name})`);
      for (const name of SCANNED_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value)
          for (const word of findForeignWords(value)) found.push(`${view}: "${word}" in ${name}="${value}"`);
      }
    }
  }
  return found;
}

async function loadSampleInDashboard() {
  await ui.render(<Dashboard />);
  await ui.waitFor(() =>
    expect((ui.byTestId('sample-load') as HTMLButtonElement | null)?.disabled).toBe(false),
  );
  await ui.click(ui.byTestId('sample-load') as HTMLElement);
  await ui.waitForTestId('draft-item');
}

describe('no English in the UI', { timeout: 60_000 }, () => {
  it('the dashboard, from an empty store through the sample, a company and a draft', async () => {
    const seen: string[] = [];
    await ui.render(<Dashboard />);
    await ui.waitFor(() =>
      expect((ui.byTestId('sample-load') as HTMLButtonElement | null)?.disabled).toBe(false),
    );
    seen.push(...foreignWords('empty dashboard'));
    expect(ui.byTestId('help-link')?.getAttribute('href')).toBe('help.html');

    // The failure that was reported: a company without a name.
    await ui.click(await ui.waitForTestId('company-create'));
    await ui.waitFor(() => expect(ui.container.querySelector('[role="alert"]')).not.toBeNull());
    expect(ui.container.querySelector('[role="alert"]')?.textContent).toBe('新建单位失败：请填写单位名称。');
    seen.push(...foreignWords('company without a name'));

    await ui.click(ui.byTestId('sample-load') as HTMLElement);
    await ui.waitForTestId('draft-item');
    seen.push(...foreignWords('dashboard with the sample'));

    await ui.click(await ui.waitForTestId('company-open'));
    await ui.waitForTestId('company-editor');
    await ui.click(await ui.waitForTestId('company-check'));
    seen.push(...foreignWords('company editor after 检查'));
    await ui.click(ui.buttonNamed('返回列表'));

    await ui.click(await ui.waitForTestId('draft-open'));
    await ui.waitForTestId('application-editor');
    await ui.click(await ui.waitForTestId('show-all-issues'));
    seen.push(...foreignWords('draft editor, every issue shown'));

    expect(seen).toEqual([]);
  });

  it('the popup with the sample', async () => {
    await loadSampleInDashboard();
    ui.unmount();
    await ui.render(<Popup />);
    await ui.waitForTestId('popup-status');
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
      // An answer from a browser that is not ours: English, which must not reach the user.
      if (type === 'tab/check') return { ok: false, message: 'Could not establish connection.' };
      if (type === 'tab/visible') return { ok: true, result: { visible: true } };
      if (type === 'tab/capture')
        return {
          ok: true,
          result: {
            candidates: [
              { fieldId: 'f2', label: '营业执照副本', kind: 'file', value: 'license.pdf', signature: 's1' },
              { fieldId: 'f3', label: '省级推荐批次编号', kind: 'text', value: 'CQ-2020', signature: 's2' },
            ],
            withheld: [{ label: '图形验证码', reason: '验证码' }],
          },
        };
      return { ok: true, result: true };
    });
    await ui.render(<Panel />);
    await ui.click(await ui.waitForTestId('shenbao-fill'));
    await ui.waitForTestId('shenbao-report');
    // 从页面采集's list, with a file ticked (its note shows).
    await ui.click((await ui.waitForTestId('shenbao-capture')).querySelector('input') as HTMLElement);
    const seen = foreignWords('panel after a fill');
    await ui.click(await ui.waitForTestId('shenbao-check'));
    await ui.waitForTestId('shenbao-message');
    seen.push(...foreignWords('panel after a failed check'));
    expect(seen).toEqual([]);
  });

  it('the side panel: another site, a page where the assistant does not run, a 申报系统 tab', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({
      ok: true,
      result: { currentId: 'd1', submitGuard: true, drafts: [{ id: 'd1', label: '示例项目' }] },
    }));
    const seen: string[] = [];
    for (const [view, tab] of [
      ['side panel on another site', { id: 3, active: true, site: { kind: 'refused' } as const }],
      ['side panel without the assistant', { ...siteTab(4), active: true, running: false }],
    ] as const) {
      await ui.render(<SidePanel api={fakeSidePanelBrowser([tab]).api} />);
      await ui.waitFor(() => expect(ui.byTestId('shenbao-side-status')?.getAttribute('role')).not.toBeNull());
      await ui.waitFor(() => expect(ui.byTestId('shenbao-side-status')?.textContent).not.toContain('正在'));
      seen.push(...foreignWords(view));
      ui.unmount();
    }
    await ui.render(<SidePanel api={fakeSidePanelBrowser([{ ...siteTab(5), active: true }]).api} />);
    await ui.waitForTestId('shenbao-fill');
    seen.push(...foreignWords('side panel on a 申报系统 tab'));
    expect(seen).toEqual([]);
  });
});
