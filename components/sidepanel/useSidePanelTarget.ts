import { useEffect, useState } from 'react';
import type { SidePanelBrowser, TabLink } from '@/lib/runtime/side-panel';
import { chooseTargetTab, describeTarget, type SidePanelTarget } from '@/lib/runtime/side-panel-target';

/** The side panel's tab and whether the assistant answers there. */
export type SidePanelView =
  | { kind: 'looking' }
  | Extract<SidePanelTarget, { kind: 'elsewhere' }>
  | (Extract<SidePanelTarget, { kind: 'site' }> & {
      /** connecting: waiting for the content script; missing: none runs in that tab. */
      link: 'connecting' | 'attached' | 'missing';
    });

/**
 * Follows the active tab of the side panel's window: which tab, whether it is a 申报系统 page,
 * and the line to its content script (which keeps the in-page panel there collapsed). A tab
 * switch, a navigation, a reload and a closed tab move it along.
 */
export function useSidePanelTarget(api: SidePanelBrowser): SidePanelView {
  const [view, setView] = useState<SidePanelView>({ kind: 'looking' });

  useEffect(() => {
    let live = true;
    let where: { windowId?: number; selfTabId?: number } = {};
    let current: number | undefined;
    let link: TabLink | undefined;
    /** Bumped by every new target: answers for an older one are dropped. */
    let generation = 0;

    const settle = async (tabId: number | undefined) => {
      generation += 1;
      const mine = generation;
      const stale = () => !live || mine !== generation;
      link?.close();
      link = undefined;
      current = tabId;
      const site = tabId === undefined ? undefined : await api.classify(tabId);
      if (stale()) return;
      const target = describeTarget(tabId, site);
      if (target.kind !== 'site') {
        setView(target);
        return;
      }
      setView({ ...target, link: 'connecting' });
      const opened = await api.link(target.tabId, () => {
        if (stale()) return;
        // The page went away (navigation, reload): its next content script announces itself.
        link = undefined;
        setView({ ...target, link: 'connecting' });
      });
      if (stale()) {
        opened?.close();
        return;
      }
      link = opened;
      setView({ ...target, link: opened ? 'attached' : 'missing' });
    };

    const choose = async () => {
      const tabs = await api.tabsOf(where.windowId);
      if (live) await settle(chooseTargetTab(tabs, { self: where.selfTabId, previous: current }));
    };

    const stop = api.onChange((change) => {
      switch (change.kind) {
        case 'activated':
          if (where.windowId !== undefined && change.windowId !== where.windowId) return;
          if (change.tabId === where.selfTabId || change.tabId === current) return;
          void settle(change.tabId);
          return;
        case 'updated':
          // A page of the same tab: classified again (it may have left the 申报系统); an
          // attached line means the assistant still runs there, and the panel keeps its state.
          if (change.tabId !== current) return;
          if (!link) void settle(current);
          else
            void api.classify(change.tabId).then((site) => {
              if (live && change.tabId === current && site.kind !== 'site') void settle(current);
            });
          return;
        case 'ready':
          if (change.tabId === current && !link) void settle(current);
          return;
        case 'removed':
          if (change.tabId === current) {
            current = undefined;
            void choose();
          }
          return;
      }
    });

    void api.whereAmI().then((found) => {
      where = found;
      if (live) void choose();
    });
    return () => {
      live = false;
      stop();
      link?.close();
    };
  }, [api]);

  return view;
}
