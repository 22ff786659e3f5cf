/**
 * The in-page panel is an iframe in the page's own DOM, so the page can make it transparent or
 * put something over it and have the user click 一键填充 without knowing (clickjacking). Before
 * a press is honoured, the content script asks the page as it really renders: is the panel
 * opaque, on screen, and the topmost thing at points across it? (The panel itself also asks
 * IntersectionObserver v2, which sees the same from inside the frame.)
 */

/** Below this the panel counts as see-through: the product of the opacities up its ancestry. */
const MIN_OPACITY = 0.95;
/** A panel squeezed below this is not something a person reads before pressing. */
const MIN_SIDE = 120;
/** Points probed with elementFromPoint, as fractions of the panel's box. */
const PROBES: ReadonlyArray<readonly [number, number]> = [
  [0.5, 0.5],
  [0.15, 0.15],
  [0.85, 0.15],
  [0.15, 0.85],
  [0.85, 0.85],
];

export interface PanelVisibility {
  visible: boolean;
}

/** Opacity as the user sees it: this element's and every ancestor's, across shadow roots. */
function effectiveOpacity(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (!style) continue;
    if (style.visibility === 'hidden' || style.display === 'none') return 0;
    opacity *= Number.parseFloat(style.opacity || '1');
  }
  return opacity;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Judges the panel frame inside the assistant's host element (`<shenbao-assistant>`, whose
 * open shadow root holds the frame) as the page renders it now.
 */
export function judgePanelVisibility(
  doc: Document,
  host: Element,
  frame: HTMLIFrameElement,
): PanelVisibility {
  if (!host.isConnected || frame.hidden) return { visible: false };
  const box = frame.getBoundingClientRect();
  const view = doc.defaultView;
  const width = view?.innerWidth ?? 0;
  const height = view?.innerHeight ?? 0;
  if (box.width < MIN_SIDE || box.height < MIN_SIDE) return { visible: false };
  if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > height) return { visible: false };
  if (effectiveOpacity(frame) < MIN_OPACITY) return { visible: false };
  const root = host.shadowRoot;
  for (const [x, y] of PROBES) {
    const left = box.left + box.width * x;
    const top = box.top + box.height * y;
    // From the document the topmost element is the shadow host; inside its root, the frame.
    if (doc.elementFromPoint(left, top) !== host) return { visible: false };
    if (root && root.elementFromPoint(left, top) !== frame) return { visible: false };
  }
  return { visible: true };
}
