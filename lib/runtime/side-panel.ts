import browser from 'webextension-polyfill';
import { requestSchema, SIDE_PANEL_PORT, sidePanelPortMessageSchema } from '@/lib/messaging/protocol';
import { type SenderSite, senderSite } from './sender-site';
import type { TabInfo } from './side-panel-target';

/**
 * The browser's side panel (Chrome/Edge `sidePanel`, Firefox `sidebar_action`): the assistant
 * beside the page instead of over it, where no page script can style, cover or click it
 * (issues #15 and #16). The in-page panel stays as the fallback.
 */

/** What changed among the tabs the side panel could follow. */
export type TabChange =
  | { kind: 'activated'; tabId: number; windowId: number }
  /** A tab navigated (new URL) or finished loading. */
  | { kind: 'updated'; tabId: number }
  | { kind: 'removed'; tabId: number }
  /** The content script of a tab started (a page loaded or was reloaded). */
  | { kind: 'ready'; tabId: number };

/** A line to one tab's content script; the in-page panel there stays collapsed while it is open. */
export interface TabLink {
  close(): void;
}

/** The browser APIs the side panel needs, behind one small adapter (tests pass a fake). */
export interface SidePanelBrowser {
  /** The window the panel is shown in, and the panel's own tab when it is open as a tab. */
  whereAmI(): Promise<{ windowId?: number; selfTabId?: number }>;
  tabsOf(windowId: number | undefined): Promise<TabInfo[]>;
  /** What the browser says about a tab, judged as the background judges a sender's tab. */
  classify(tabId: number): Promise<SenderSite>;
  onChange(listener: (change: TabChange) => void): () => void;
  /**
   * Opens the line to a tab's content script: resolves with the link once the content script
   * answered, or undefined when none runs there. `onClosed` is called when an open link breaks
   * (the page navigated or was closed).
   */
  link(tabId: number, onClosed: () => void): Promise<TabLink | undefined>;
}

export function browserSidePanel(): SidePanelBrowser {
  const extensionBase = browser.runtime.getURL('/');
  const granted = (origin: string) => browser.permissions.contains({ origins: [origin] });
  return {
    async whereAmI() {
      const [win, self] = await Promise.all([
        browser.windows.getCurrent().catch(() => undefined),
        // A side panel is no tab; the same page opened as a tab is one.
        browser.tabs.getCurrent().catch(() => undefined),
      ]);
      return { windowId: win?.id, selfTabId: self?.id };
    },
    async tabsOf(windowId) {
      const tabs = await browser.tabs.query(windowId === undefined ? { currentWindow: true } : { windowId });
      return tabs.flatMap((tab) =>
        tab.id === undefined ? [] : [{ id: tab.id, active: tab.active, lastAccessed: tab.lastAccessed }],
      );
    },
    async classify(tabId) {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return tab ? senderSite({ tab }, extensionBase, granted) : { kind: 'refused' };
    },
    onChange(listener) {
      const activated = (info: browser.Tabs.OnActivatedActiveInfoType) =>
        listener({ kind: 'activated', tabId: info.tabId, windowId: info.windowId });
      const updated = (tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
        if (change.url !== undefined || change.status === 'complete') listener({ kind: 'updated', tabId });
      };
      const removed = (tabId: number) => listener({ kind: 'removed', tabId });
      const ready = (message: unknown, sender: browser.Runtime.MessageSender) => {
        const parsed = requestSchema.safeParse(message);
        if (parsed.success && parsed.data.type === 'page/ready' && sender.tab?.id !== undefined)
          listener({ kind: 'ready', tabId: sender.tab.id });
        // Not answered here: the background acknowledges it.
        return undefined;
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      browser.tabs.onRemoved.addListener(removed);
      browser.runtime.onMessage.addListener(ready);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
        browser.tabs.onRemoved.removeListener(removed);
        browser.runtime.onMessage.removeListener(ready);
      };
    },
    link(tabId, onClosed) {
      return new Promise((resolve) => {
        let port: browser.Runtime.Port;
        try {
          port = browser.tabs.connect(tabId, { name: SIDE_PANEL_PORT, frameId: 0 });
        } catch (error) {
          console.warn('[shenbao] could not reach the tab', error);
          resolve(undefined);
          return;
        }
        let attached = false;
        port.onMessage.addListener((message: unknown) => {
          if (attached || !sidePanelPortMessageSchema.safeParse(message).success) return;
          attached = true;
          resolve({ close: () => port.disconnect() });
        });
        // Before an answer: no content script there ("Receiving end does not exist").
        port.onDisconnect.addListener(() => {
          if (attached) onClosed();
          else resolve(undefined);
        });
      });
    },
  };
}

/** Opens the browser's side panel, where there is one; call it straight from a click. */
export type SidePanelOpener = () => Promise<void>;

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

/**
 * The opener of this browser's side panel for the window `windowId` (known before the click:
 * Chrome and Firefox open it only while handling the user's click, so nothing may be awaited
 * first), or undefined where there is none (Chrome before 116, Safari, a side panel page itself).
 */
export function sidePanelOpener(windowId: number | undefined): SidePanelOpener | undefined {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: Partial<ChromeSidePanel> } }).chrome;
  const sidePanel = chromeApi?.sidePanel;
  if (typeof sidePanel?.open === 'function' && windowId !== undefined)
    return async () => (sidePanel as ChromeSidePanel).open({ windowId });
  const sidebarAction = (browser as { sidebarAction?: { open?: () => Promise<void> } }).sidebarAction;
  if (typeof sidebarAction?.open === 'function') return async () => sidebarAction.open?.();
  return undefined;
}
