import { type RefObject, useCallback, useEffect, useRef } from 'react';
import { sendRequest } from '@/lib/messaging/client';

/** What the panel says instead of filling when a press may not have been the user's own. */
export const HIDDEN_PANEL_MESSAGE =
  '申报助手的面板被网页遮挡或设成了透明，为防止误点，这次没有执行。请点击浏览器工具栏上的「申报助手」图标，在打开的侧边栏（旧版浏览器为弹出窗口）中操作，网页无法遮挡它们。';

/**
 * The clickjacking guard of the in-page panel (issue #16). A press of 一键填充 or 检查 counts
 * only when the panel is really visible and uncovered at that moment:
 * - IntersectionObserver v2 (`trackVisibility`) inside this frame, which the page cannot reach,
 *   reports whether the browser shows the panel unobscured and untransformed;
 * - the content script checks the page as rendered (the host's opacity chain, elementFromPoint
 *   across the panel), which also covers browsers without IntersectionObserver v2 (Firefox).
 * Otherwise the user is sent to the toolbar popup or the side panel, browser UI no page can cover.
 */
export function useVisibilityGuard(target: RefObject<HTMLElement | null>, enabled = true) {
  /** The latest isVisible; undefined until reported or where v2 is missing. */
  const observed = useRef<boolean | undefined>(undefined);
  /**
   * Whether v2 ever said "visible" in this frame. Where it never does (seen in headless
   * Chromium, where it answers false for everything), its false says nothing, and the content
   * script's check decides alone.
   */
  const everVisible = useRef(false);

  useEffect(() => {
    const element = target.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          observed.current = (entry as { isVisible?: boolean }).isVisible;
          if (observed.current) everVisible.current = true;
        }
      },
      // trackVisibility needs a delay of at least 100 ms; older type libraries lack both keys.
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target, enabled]);

  return useCallback(async (): Promise<boolean> => {
    if (everVisible.current && observed.current === false) return false;
    return (await sendRequest({ type: 'tab/visible' })).visible;
  }, []);
}
