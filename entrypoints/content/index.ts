import { markPageAsSeen } from '@/lib/runtime/page-marker';

// Contract 1 (DESIGN.md): only the 申报系统 host is matched statically.
export default defineContentScript({
  matches: ['*://*.xinxixiaofei.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const unmark = markPageAsSeen(document, browser.runtime.getManifest().version);
    ctx.onInvalidated(unmark);
  },
});
