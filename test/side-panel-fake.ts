import type { SenderSite } from '@/lib/runtime/sender-site';
import type { SidePanelBrowser, TabChange } from '@/lib/runtime/side-panel';

/** A tab as the fake browser knows it: what the browser says about it, and whether Shenbao runs there. */
export interface FakeTab {
  id: number;
  active?: boolean;
  lastAccessed?: number;
  site: SenderSite;
  /** A content script runs in the tab and answers the side panel's line. */
  running?: boolean;
}

export const siteTab = (id: number, host = 'www.xinxixiaofei.com'): FakeTab => ({
  id,
  site: { kind: 'site', tabId: id, host },
  running: true,
});

/**
 * The browser around a side panel, for DOM tests of its routing: one window of tabs, events
 * fired by hand, and the lines the side panel holds open.
 */
export function fakeSidePanelBrowser(tabs: FakeTab[], where: { windowId?: number; selfTabId?: number } = {}) {
  const known = new Map(tabs.map((tab) => [tab.id, { ...tab }]));
  const listeners = new Set<(change: TabChange) => void>();
  /** Open lines by tab, with what to call when the tab's page goes away. */
  const links = new Map<number, () => void>();
  const emit = (change: TabChange) => {
    for (const listener of listeners) listener(change);
  };
  const api: SidePanelBrowser = {
    whereAmI: async () => ({ windowId: where.windowId ?? 1, selfTabId: where.selfTabId }),
    tabsOf: async () =>
      [...known.values()].map(({ id, active, lastAccessed }) => ({
        id,
        active: active ?? false,
        lastAccessed,
      })),
    classify: async (id) => known.get(id)?.site ?? { kind: 'refused' },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    link: async (id, onClosed) => {
      if (!known.get(id)?.running) return undefined;
      links.set(id, onClosed);
      return { close: () => links.delete(id) };
    },
  };
  return {
    api,
    links,
    activate(id: number, windowId = where.windowId ?? 1) {
      for (const tab of known.values()) tab.active = tab.id === id;
      emit({ kind: 'activated', tabId: id, windowId });
    },
    /** The tab's page is replaced: its line breaks, the browser reports the new page. */
    navigate(id: number, next: Omit<FakeTab, 'id'>) {
      const tab = known.get(id);
      if (!tab) return;
      Object.assign(tab, next);
      const closed = links.get(id);
      links.delete(id);
      closed?.();
      emit({ kind: 'updated', tabId: id });
    },
    /** Shenbao's content script starts in the tab and announces itself. */
    start(id: number) {
      const tab = known.get(id);
      if (tab) tab.running = true;
      emit({ kind: 'ready', tabId: id });
    },
    remove(id: number) {
      known.delete(id);
      links.delete(id);
      emit({ kind: 'removed', tabId: id });
    },
  };
}
