import browser from 'webextension-polyfill';
import { collectFields } from '@/lib/fill/collect';
import { matchFields } from '@/lib/fill/match';
import { sendRequest } from '@/lib/messaging/client';
import { createContentCheck, handleCheckRequest } from '@/lib/runtime/content-check';
import { createContentFill } from '@/lib/runtime/content-fill';
import { handleVisibilityRequest, mountLauncher } from '@/lib/runtime/launcher';
import { createOverlay } from '@/lib/runtime/overlay';
import { markPageAsSeen } from '@/lib/runtime/page-marker';
import { installSubmitGuard } from '@/lib/runtime/submit-guard';

// Contract 1 (docs/architecture.md): only the 申报系统 host is matched statically. The script
// stays framework-free (no React in the page); the panel's UI is an extension page in an iframe.
export default defineContentScript({
  matches: ['*://*.xinxixiaofei.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const engine = { collect: collectFields, match: matchFields };
    const unmark = markPageAsSeen(document, browser.runtime.getManifest().version);
    // The panel learns its site from the background (the tab's URL), not from its own address.
    const panelUrl = browser.runtime.getURL('/panel.html');
    const marks = createOverlay(document, 'shenbao-marks');
    const counters = createOverlay(document, 'shenbao-counters');
    const guardLayer = createOverlay(document, 'shenbao-guard-layer', 2147483647);
    // Mounted last so that, at the same top z-index, the panel paints above Shenbao's own
    // viewport-sized layers: the clickjacking guard counts anything over the panel as cover.
    const launcher = mountLauncher(document, panelUrl);
    const fill = createContentFill(document, engine, ctx.signal);
    const check = createContentCheck(document, engine, marks, counters);
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
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      observer.disconnect();
      stopGuard();
      check.destroy();
      marks.destroy();
      counters.destroy();
      guardLayer.destroy();
      launcher.destroy();
      unmark();
    });
  },
});
