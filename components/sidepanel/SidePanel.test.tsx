// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyReport, type FillReport } from '@/lib/fill/report';
import {
  EXTENSION_TAB_MESSAGE,
  NOT_RUNNING_MESSAGE,
  OTHER_SITE_MESSAGE,
} from '@/lib/runtime/side-panel-target';
import { findForeignWords } from '@/lib/text/latin';
import { type Mounted, mount } from '@/test/react-dom';
import { fakeSidePanelBrowser, siteTab } from '@/test/side-panel-fake';
import { SidePanel } from './SidePanel';

const HOSTS = { 5: 'www.xinxixiaofei.com', 6: 'sfxm.xinxixiaofei.com' };
const report = (label: string): FillReport => ({
  ...emptyReport(),
  filled: [{ key: 'company.name', label, fieldId: '1.f0' }],
});

let ui: Mounted;
/** Every request the side panel sent, in order. */
let sent: { type: string; tabId?: number }[];
beforeEach(() => {
  ui = mount();
  sent = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const request = message as { type: string; tabId?: number };
    sent.push(request);
    if (request.type === 'drafts/list')
      return {
        ok: true,
        result: {
          currentId: 'd1',
          submitGuard: true,
          host: request.tabId === 5 || request.tabId === 6 ? HOSTS[request.tabId] : undefined,
          drafts: [{ id: 'd1', label: '示例项目' }],
        },
      };
    if (request.type === 'tab/fill') return { ok: true, result: report('单位名称') };
    // After a fill the panel asks what the page holds beyond the profile: nothing here.
    if (request.type === 'tab/capture') return { ok: true, result: { candidates: [], withheld: [] } };
    return { ok: true, result: true };
  });
});
afterEach(() => {
  ui.unmount();
  vi.restoreAllMocks();
});

const status = () => ui.byTestId('shenbao-side-status')?.textContent;
const host = () => ui.byTestId('shenbao-target-host')?.textContent;
/** A browser event, delivered as React sees events. */
const event = (fire: () => unknown) => act(async () => void (await fire()));
const sentTypes = () => sent.map((request) => `${request.type}@${request.tabId ?? '-'}`);

describe('side panel: which tab it works on', () => {
  it('works on the active tab, names it in every request, and needs no in-page visibility guard', async () => {
    const tabs = fakeSidePanelBrowser([{ ...siteTab(5), active: true }, siteTab(6)]);
    await ui.render(<SidePanel api={tabs.api} />);
    await ui.click(await ui.waitForTestId('shenbao-fill'));
    await ui.waitForTestId('shenbao-report');
    expect(host()).toBe('将填写到：www.xinxixiaofei.com');
    // After the fill, 从页面采集 asks the same tab what the page holds beyond Shenbao's data.
    expect(sentTypes()).toEqual(['drafts/list@5', 'tab/fill@5', 'tab/capture@5']);
    // Already where 「在侧边栏打开」 leads.
    expect(ui.byTestId('shenbao-open-side-panel')).toBeNull();
    // The line to tab 5 is open: its in-page panel stays collapsed meanwhile.
    expect([...tabs.links.keys()]).toEqual([5]);
  });

  it('follows tab switches: another 申报系统 tab, a site it is not on, its own dashboard', async () => {
    const tabs = fakeSidePanelBrowser([
      { ...siteTab(5), active: true },
      siteTab(6, HOSTS[6]),
      { id: 7, site: { kind: 'refused' } },
      { id: 8, site: { kind: 'extension' } },
    ]);
    await ui.render(<SidePanel api={tabs.api} />);
    await ui.click(await ui.waitForTestId('shenbao-fill'));
    await ui.waitForTestId('shenbao-report');

    await event(() => tabs.activate(6));
    await ui.waitFor(() => expect(host()).toBe('将填写到：sfxm.xinxixiaofei.com'));
    // Tab 6's page, not tab 5's report; the line moved with it.
    expect(ui.byTestId('shenbao-report')).toBeNull();
    expect([...tabs.links.keys()]).toEqual([6]);

    await event(() => tabs.activate(7));
    await ui.waitFor(() => expect(status()).toBe(OTHER_SITE_MESSAGE));
    expect(ui.byTestId('shenbao-panel')).toBeNull();
    expect(tabs.links.size).toBe(0);
    expect(findForeignWords(ui.container.textContent ?? '')).toEqual([]);

    await event(() => tabs.activate(8));
    await ui.waitFor(() => expect(status()).toBe(EXTENSION_TAB_MESSAGE));

    await event(() => tabs.activate(5));
    await ui.waitFor(() => expect(host()).toBe('将填写到：www.xinxixiaofei.com'));
    // Activations in another window are not this side panel's business.
    await event(() => tabs.activate(6, 2));
    await ui.click(await ui.waitForTestId('shenbao-fill'));
    await ui.waitForTestId('shenbao-report');
    expect(sentTypes().slice(-2)).toEqual(['tab/fill@5', 'tab/capture@5']);
  });

  it('opened as a tab of its own, works on the tab used last and ignores its own activation', async () => {
    const tabs = fakeSidePanelBrowser(
      [
        { ...siteTab(5), lastAccessed: 100 },
        { ...siteTab(6, HOSTS[6]), lastAccessed: 200 },
        { id: 9, active: true, lastAccessed: 300, site: { kind: 'extension' } },
      ],
      { selfTabId: 9 },
    );
    await ui.render(<SidePanel api={tabs.api} />);
    await ui.waitFor(() => expect(host()).toBe('将填写到：sfxm.xinxixiaofei.com'));
    await event(() => tabs.activate(9));
    await event(() => tabs.activate(5));
    await ui.waitFor(() => expect(host()).toBe('将填写到：www.xinxixiaofei.com'));
    expect(sentTypes()).toEqual(['drafts/list@6', 'drafts/list@5']);
  });

  it('moves on when the tab it works on is closed', async () => {
    const tabs = fakeSidePanelBrowser([
      { ...siteTab(5), active: true, lastAccessed: 200 },
      { ...siteTab(6, HOSTS[6]), lastAccessed: 100 },
    ]);
    await ui.render(<SidePanel api={tabs.api} />);
    await ui.waitFor(() => expect(host()).toBe('将填写到：www.xinxixiaofei.com'));
    await event(() => tabs.remove(5));
    await ui.waitFor(() => expect(host()).toBe('将填写到：sfxm.xinxixiaofei.com'));
  });
});

describe('side panel: a tab where the assistant does not run', () => {
  it('says in zh-CN to refresh, and attaches as soon as the page announces the assistant', async () => {
    const tabs = fakeSidePanelBrowser([{ ...siteTab(5), active: true, running: false }]);
    await ui.render(<SidePanel api={tabs.api} />);
    await ui.waitFor(() => expect(status()).toBe(NOT_RUNNING_MESSAGE));
    expect(ui.byTestId('shenbao-side-status')?.getAttribute('role')).toBe('alert');
    expect(findForeignWords(ui.container.textContent ?? '')).toEqual([]);
    await event(() => tabs.start(5));
    await ui.waitForTestId('shenbao-fill');
    expect([...tabs.links.keys()]).toEqual([5]);
  });

  it('follows the tab to another page: reattaches on a 申报系统 page, explains any other', async () => {
    const tabs = fakeSidePanelBrowser([{ ...siteTab(5), active: true }]);
    await ui.render(<SidePanel api={tabs.api} />);
    await ui.waitForTestId('shenbao-fill');
    await event(() => tabs.navigate(5, { site: { kind: 'site', tabId: 5, host: HOSTS[5] }, running: true }));
    await ui.waitFor(() => expect([...tabs.links.keys()]).toEqual([5]));
    await ui.waitForTestId('shenbao-fill');
    await event(() => tabs.navigate(5, { site: { kind: 'refused' }, running: false }));
    await ui.waitFor(() => expect(status()).toBe(OTHER_SITE_MESSAGE));
  });
});

describe('side panel: later fill reports', () => {
  it('shows those of its own tab only', async () => {
    const tabs = fakeSidePanelBrowser([{ ...siteTab(5), active: true }, siteTab(6)]);
    await ui.render(<SidePanel api={tabs.api} />);
    await ui.waitForTestId('shenbao-fill');
    const progress = (tabId: number, label: string) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'fill/progress', report: report(label) },
        { tab: { id: tabId } as browser.Tabs.Tab },
      );
    await event(() => progress(5, '本标签页的栏目'));
    await event(() => progress(6, '另一个标签页的栏目'));
    await ui.waitForTestId('shenbao-report');
    await ui.click(ui.container.querySelector('[data-testid="shenbao-report"] summary') as HTMLElement);
    expect(ui.byTestId('shenbao-report')?.textContent).toContain('本标签页的栏目');
    expect(ui.byTestId('shenbao-report')?.textContent).not.toContain('另一个标签页的栏目');
  });
});
