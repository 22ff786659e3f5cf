/**
 * Shenbao's own layer over the page: marks beside fields, 字数 badges, the submit checklist.
 * It lives in an open shadow root on a fixed host the size of the viewport that clips what it
 * holds, so the site's DOM, CSS and layout are untouched; only the badges take pointer events.
 */
/**
 * Where a badge sits: right of the field, under its left edge (clear of the site's own
 * counters), inside its top-right corner, or `around` it (a frame the size of the field).
 */
export type Placement = 'right' | 'below-left' | 'corner' | 'around';

export interface OverlayLayer {
  root: ShadowRoot;
  /** Positions `badge` next to `anchor` (right edge by default) and keeps it there. */
  pin(anchor: Element, badge: HTMLElement, place?: Placement): void;
  unpinAll(): void;
  destroy(): void;
}

const STYLE = `
  :host { all: initial; }
  .badge { position: fixed; z-index: 2147483646; font: 12px/1.4 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;
    border-radius: 10px; padding: 1px 7px; white-space: nowrap; pointer-events: auto; cursor: default;
    box-shadow: 0 1px 3px rgb(0 0 0 / 20%); }
  .error { background: #fef0f0; color: #c45656; border: 1px solid #fbc4c4; }
  .warning { background: #fdf6ec; color: #a86500; border: 1px solid #f5dab1; }
  .ok { background: #f0f9eb; color: #3a7a1c; border: 1px solid #c2e7b0; }
  .count { opacity: 0.95; }
  .highlight { position: fixed; z-index: 2147483646; box-sizing: border-box; pointer-events: none;
    border: 3px solid #f5a623; border-radius: 4px; box-shadow: 0 0 0 4px rgb(245 166 35 / 35%); }
`;

export function createOverlay(doc: Document, tag = 'shenbao-overlay', zIndex = 2147483646): OverlayLayer {
  const host = doc.createElement(tag);
  // Above the page; marks stay under the assistant's panel, the guard's checklist above it.
  // The host spans exactly the viewport and contains its fixed badges (contain: strict makes
  // it their containing block and clips them): a badge pinned to a field far down the page
  // never adds to the document's scrollable height, so the site's layout stays untouched.
  host.style.cssText =
    'position:fixed;left:0;top:0;width:100vw;height:100vh;overflow:hidden;contain:strict;' +
    `pointer-events:none;z-index:${zIndex};`;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  doc.documentElement.append(host);
  const pins = new Map<HTMLElement, { anchor: Element; place: Placement }>();
  let frame = 0;

  const place = () => {
    frame = 0;
    for (const [badge, { anchor, place: where }] of pins) {
      const rect = anchor.getBoundingClientRect();
      const hidden = !anchor.isConnected || (rect.width === 0 && rect.height === 0);
      badge.style.display = hidden ? 'none' : '';
      if (hidden) continue;
      if (where === 'around') {
        badge.style.left = `${rect.left - 4}px`;
        badge.style.top = `${rect.top - 4}px`;
        badge.style.width = `${rect.width + 8}px`;
        badge.style.height = `${rect.height + 8}px`;
        continue;
      }
      // corner: inside the field's top-right corner, so a mark never covers the next row.
      const left =
        where === 'right'
          ? rect.right + 6
          : where === 'corner'
            ? rect.right - badge.offsetWidth - 4
            : rect.left;
      const top =
        where === 'right'
          ? rect.top + Math.max(0, (rect.height - 18) / 2)
          : where === 'corner'
            ? rect.top + 2
            : rect.bottom + 2;
      badge.style.left = `${Math.max(0, left)}px`;
      badge.style.top = `${top}px`;
    }
  };
  const schedule = () => {
    if (!frame) frame = (doc.defaultView ?? window).requestAnimationFrame(place);
  };
  const view = doc.defaultView ?? window;
  view.addEventListener('scroll', schedule, { capture: true, passive: true });
  view.addEventListener('resize', schedule, { passive: true });
  // Sites re-render (tabs, steps, revealed sub-fields): follow the layout, cheaply.
  const observer = new ResizeObserver(schedule);
  observer.observe(doc.documentElement);

  return {
    root,
    pin(anchor, badge, where = 'right') {
      root.append(badge);
      pins.set(badge, { anchor, place: where });
      schedule();
    },
    unpinAll() {
      for (const badge of pins.keys()) badge.remove();
      pins.clear();
    },
    destroy() {
      observer.disconnect();
      view.removeEventListener('scroll', schedule, { capture: true });
      view.removeEventListener('resize', schedule);
      host.remove();
      pins.clear();
    },
  };
}

export function makeBadge(
  doc: Document,
  text: string,
  kind: 'error' | 'warning' | 'ok',
  title?: string,
): HTMLElement {
  const badge = doc.createElement('span');
  badge.className = `badge ${kind}`;
  badge.textContent = text;
  if (title) badge.title = title;
  return badge;
}
