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

/** An element covering more than this share of the window is a container (see `consider`). */
const MAX_SHARE = 0.4;

/** The most a decoration drawn over a control covers (48 × 48 px). */
const DECORATION_AREA = 48 * 48;

/** Probes lie this far apart: a control at least this wide and tall is always found. */
export const PROBE_STEP = 8;

/** Coordinates across one side of a region, PROBE_STEP apart, both ends included. */
function across(start: number, length: number): number[] {
  const first = start + 1;
  const last = start + Math.max(length - 1, 1);
  const points: number[] = [];
  for (let at = first; at < last; at += PROBE_STEP) points.push(at);
  points.push(last);
  return points;
}

/**
 * Finds what the launcher must not cover by asking the page what lies at points across a
 * region (`elementFromPoint`, in open shadow roots and same-origin frames too, then the
 * obstacle the element belongs to), so a placement costs the same on a page of 50 controls or
 * 5,000 and nothing is walked or measured elsewhere. What is topmost counts: a control under
 * another element is not seen, so not in the way. Shenbao's own hosts are looked through;
 * elements the page made see-through or invisible do not count. One probe serves one placement
 * (each element is measured once).
 */
export function createObstacleProbe(doc: Document, isOwnUi: (element: Element) => boolean) {
  type Offset = { left: number; top: number };
  const seen = new Set<Element>();
  const boxes: Rect[] = [];
  const view = doc.defaultView;
  // A focusable or live wrapper around much of the page is a container, not a control; no
  // docked launcher could keep clear of it.
  const largest = view ? view.innerWidth * view.innerHeight * MAX_SHARE : Number.POSITIVE_INFINITY;
  const consider = (element: Element, offset: Offset) => {
    if (!element.matches(OBSTACLE_SELECTOR) || !shown(element)) return;
    const own = element.getBoundingClientRect();
    if (own.width <= 0 || own.height <= 0 || own.width * own.height > largest) return;
    boxes.push({
      left: own.left + offset.left,
      top: own.top + offset.top,
      width: own.width,
      height: own.height,
    });
  };
  /** One point in one tree: the topmost element there, and the obstacle it belongs to. */
  const at = (root: Document | ShadowRoot, x: number, y: number, offset: Offset, depth: number) => {
    // A document that is not rendered (jsdom) cannot say what lies where.
    if (typeof root.elementFromPoint !== 'function' || typeof root.elementsFromPoint !== 'function') return;
    let element = root.elementFromPoint(x, y);
    // Under Shenbao's own elements (the launcher where it sits now): the first of the page's.
    if (element && isOwnUi(element))
      element = root.elementsFromPoint(x, y).find((under) => !isOwnUi(under)) ?? null;
    if (!element) return;
    // Inside the page's components: their shadow trees answer for the same point.
    if (element.shadowRoot && depth < 8) {
      const before = boxes.length;
      at(element.shadowRoot, x, y, offset, depth + 1);
      if (boxes.length > before) return;
    }
    const inner = element.localName === 'iframe' && depth < 8 ? sameOriginDocument(element) : undefined;
    if (inner) {
      const frame = element.getBoundingClientRect();
      const origin = { left: frame.left + element.clientLeft, top: frame.top + element.clientTop };
      const within = { left: offset.left + origin.left, top: offset.top + origin.top };
      at(inner, x - origin.left, y - origin.top, within, depth + 1);
      return;
    }
    const obstacle = element.closest(OBSTACLE_SELECTOR) ?? beneathDecoration(root, element, x, y);
    if (!obstacle || seen.has(obstacle)) return;
    seen.add(obstacle);
    consider(obstacle, offset);
  };
  /**
   * A small element on top that belongs to no control (an arrow icon or suffix a UI library
   * draws over its input): the control under it counts. Big ones are the page's background,
   * where nothing lies beneath worth the longer look.
   */
  const beneathDecoration = (root: Document | ShadowRoot, element: Element, x: number, y: number) => {
    const box = element.getBoundingClientRect();
    if (box.width * box.height > DECORATION_AREA) return null;
    for (const under of root.elementsFromPoint(x, y)) {
      if (under === element || isOwnUi(under)) continue;
      const obstacle = under.closest(OBSTACLE_SELECTOR);
      if (obstacle) return obstacle;
    }
    return null;
  };
  return {
    /** The obstacles under a region's probes, with every one found before (a superset). */
    obstaclesIn(region: Rect): readonly Rect[] {
      for (const y of across(region.top, region.height))
        for (const x of across(region.left, region.width)) at(doc, x, y, { left: 0, top: 0 }, 0);
      return boxes;
    },
  };
}

function sameOriginDocument(frame: Element): Document | undefined {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
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
