import type { Rect } from './launcher-placement';

/**
 * What the launcher must not cover (issue #15): everything on the page a person works with or
 * reads as a reply — controls, links, labels, focusable widgets drawn by UI libraries, and the
 * site's own messages (toasts announce themselves with role=alert/status or aria-live).
 */
export const OBSTACLE_SELECTOR = [
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'button',
  'label',
  'a[href]',
  'summary',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
  ...[
    'button',
    'link',
    'checkbox',
    'radio',
    'switch',
    'combobox',
    'textbox',
    'slider',
    'spinbutton',
    'tab',
    'menuitem',
    'option',
    'alert',
    'status',
  ].map((role) => `[role="${role}"]`),
  '[aria-live="polite"]',
  '[aria-live="assertive"]',
  // A frame the content script cannot look into (another origin) counts as a whole.
  'iframe',
].join(',');

/** One element to keep clear, with the offset of the frame document it lives in. */
interface Target {
  element: Element;
  frame?: HTMLIFrameElement;
}

/**
 * Every candidate element of the page: through open shadow roots and same-origin frames (whose
 * own elements are looked at instead of the frame), Shenbao's own hosts left out by identity.
 * Walks the whole tree, so it runs after the page changed, not on every scroll.
 */
export function findObstacleTargets(doc: Document, isOwnUi: (element: Element) => boolean): Target[] {
  const targets: Target[] = [];
  const visit = (root: Document | ShadowRoot, frame: HTMLIFrameElement | undefined) => {
    for (const element of root.querySelectorAll(OBSTACLE_SELECTOR)) {
      if (isOwnUi(element)) continue;
      // One level of frames: their elements are measured from the frame's place in the page.
      const inner = element.localName === 'iframe' && !frame ? sameOriginDocument(element) : undefined;
      if (inner) visit(inner, element as HTMLIFrameElement);
      else targets.push({ element, frame });
    }
    // Open shadow roots (the page's own components): their hosts are found by a walk of every
    // element, which is why this runs after the page changed and not on every scroll.
    for (const element of root.querySelectorAll('*')) {
      const shadow = element.shadowRoot;
      if (shadow && !isOwnUi(element)) visit(shadow, frame);
    }
  };
  visit(doc, undefined);
  return targets;
}

function sameOriginDocument(frame: Element): Document | undefined {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The boxes (viewport coordinates of the top document) of the targets that are shown and lie
 * where the launcher could go (`near` tells; checked before anything costlier is read).
 */
export function measureObstacles(targets: readonly Target[], near: (rect: Rect) => boolean): Rect[] {
  const boxes: Rect[] = [];
  const frameOffsets = new Map<HTMLIFrameElement, { left: number; top: number }>();
  for (const { element, frame } of targets) {
    if (!element.isConnected) continue;
    const own = element.getBoundingClientRect();
    if (own.width <= 0 || own.height <= 0) continue;
    let offset = { left: 0, top: 0 };
    if (frame) {
      let known = frameOffsets.get(frame);
      if (!known) {
        const outer = frame.getBoundingClientRect();
        known = { left: outer.left + frame.clientLeft, top: outer.top + frame.clientTop };
        frameOffsets.set(frame, known);
      }
      offset = known;
    }
    const rect = {
      left: own.left + offset.left,
      top: own.top + offset.top,
      width: own.width,
      height: own.height,
    };
    if (!near(rect) || !shown(element)) continue;
    boxes.push(rect);
  }
  return boxes;
}

/** Rendered and not made invisible (visibility, opacity 0, a closed <details>, content-visibility). */
function shown(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (typeof check === 'function')
    return check.call(element, {
      opacityProperty: true,
      visibilityProperty: true,
      contentVisibilityAuto: true,
    });
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return !style || (style.visibility !== 'hidden' && style.opacity !== '0');
}
