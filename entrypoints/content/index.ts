import browser from 'webextension-polyfill';
import { collectSteps } from '@/lib/fill/collect';
import { createReachProbe } from '@/lib/fill/collect/reach-probe';
import { matchSteps } from '@/lib/fill/match';
import { sendRequest } from '@/lib/messaging/client';
import { createContentCheck, handleCheckRequest } from '@/lib/runtime/content-check';
import { createContentFill } from '@/lib/runtime/content-fill';
import { removeHighlight } from '@/lib/runtime/highlight';
import { handleVisibilityRequest, mountLauncher } from '@/lib/runtime/launcher';
import { createOverlay } from '@/lib/runtime/overlay';
import { acceptSidePanel } from '@/lib/runtime/side-panel-link';
import { installSubmitGuard } from '@/lib/runtime/submit-guard';

// Contract 1 (docs/architecture.md): only the 申报系统 host is matched statically. The script
// stays framework-free (no React in the page); the panel's UI is an extension page in an iframe.
export default defineContentScript({
  matches: ['*://*.xinxixiaofei.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Steps, not one piece: the fill and the check run them in slices (lib/fill/slice.ts).
    const engine = { collect: collectSteps, match: matchSteps };
    // No marker on the page (issue #16): the assistant's host element is all it can see, and
    // the panel's extension URL only once the user opens it. The panel learns its site from
    // the background (the tab's URL), not from its own address.
    const panelUrl = browser.runtime.getURL('/panel.html');
    const marks = createOverlay(document, 'shenbao-marks');
    const counters = createOverlay(document, 'shenbao-counters');
    const guardLayer = createOverlay(document, 'shenbao-guard-layer', 2147483647);
    // Mounted last so that, at the same top z-index, the panel paints above Shenbao's own
    // viewport-sized layers: the clickjacking guard counts anything over the panel as cover.
    const ownUi = new Set<Element | null>([marks.root.host, counters.root.host, guardLayer.root.host]);
    const isOwnUi = (element: Element) => ownUi.has(element);
    // The launcher keeps clear of the page's controls, not of Shenbao's own layers.
    const launcher = mountLauncher(document, panelUrl, { isOwnUi });
    // mountLauncher appended its host last; held by identity, so a page element of the same name is not ours.
    ownUi.add(document.documentElement.lastElementChild);
    const fill = createContentFill(document, engine, ctx.signal, isOwnUi);
    const check = createContentCheck(document, engine, marks, counters, () => createReachProbe(isOwnUi));
    const stopGuard = installSubmitGuard(document, guardLayer, {
      enabled: async () => (await sendRequest({ type: 'drafts/list' })).submitGuard,
      errors: check.errors,
    });

    // 字数 badges follow the page as tabs, steps and revealed fields render.
    check.refreshCounters();
    let pending: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      if (pending) clearTimeout(pending);
      pending = setTimeout(check.refreshCounters, 600);
    });
    observer.observe(document.body, { childList: true, subtree: true });

    const listener = async (message: unknown) =>
      (await fill(message)) ??
      (await handleCheckRequest(check, message)) ??
      handleVisibilityRequest(launcher, message);
    browser.runtime.onMessage.addListener(listener);
    // The browser side panel works on this tab: the in-page panel steps aside meanwhile.
    const stopSidePanel = acceptSidePanel(browser.runtime, launcher.setSidePanelOpen);
    // An open side panel learns that the assistant (again) runs in this tab, and attaches.
    void sendRequest({ type: 'page/ready' }).catch((error: unknown) => {
      // Only an open side panel cares; it can also be refreshed by hand.
      console.warn('[shenbao] could not announce the page to the side panel', error);
    });
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      stopSidePanel();
      removeHighlight(document);
      observer.disconnect();
      stopGuard();
      check.destroy();
      marks.destroy();
      counters.destroy();
      guardLayer.destroy();
      launcher.destroy();
    });
  },
});
