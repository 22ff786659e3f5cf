import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { type SidePanelOpener, sidePanelOpener } from '@/lib/runtime/side-panel';

/**
 * The in-page panel's way to the browser side panel (「在侧边栏打开」), where the browser has
 * one. The window is looked up beforehand: the browser opens its side panel only while it
 * handles the click itself.
 */
export function useSidePanelOpener(enabled: boolean): SidePanelOpener | undefined {
  const [opener, setOpener] = useState<SidePanelOpener>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    // Started inside a promise: a browser without windows (tests' fake) may not return one.
    void Promise.resolve()
      .then(() => browser.windows.getCurrent())
      .then((win) => win?.id)
      .catch(() => undefined)
      .then((windowId) => {
        const found = sidePanelOpener(windowId);
        if (live && found) setOpener(() => found);
      });
    return () => {
      live = false;
    };
  }, [enabled]);
  return opener;
}
