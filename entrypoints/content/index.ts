import browser from 'webextension-polyfill';
import { collectFields } from '@/lib/fill/collect';
import { matchFields } from '@/lib/fill/match';
import { createContentFill } from '@/lib/runtime/content-fill';
import { mountLauncher } from '@/lib/runtime/launcher';
import { markPageAsSeen } from '@/lib/runtime/page-marker';

// Contract 1 (DESIGN.md): only the 申报系统 host is matched statically. The script stays
// framework-free (no React in the page); the panel's UI is an extension page in an iframe.
export default defineContentScript({
  matches: ['*://*.xinxixiaofei.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const unmark = markPageAsSeen(document, browser.runtime.getManifest().version);
    const panelUrl = `${browser.runtime.getURL('/panel.html')}?host=${encodeURIComponent(location.host)}`;
    const unmount = mountLauncher(document, panelUrl);
    const handle = createContentFill(document, { collect: collectFields, match: matchFields }, ctx.signal);
    const listener = (message: unknown) => handle(message);
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      unmount();
      unmark();
    });
  },
});
