import type { WidgetKind } from '../types';
import { composedParent } from './dom';
import {
  type Box,
  colorAlpha,
  judgeReach,
  MIN_OPACITY,
  type Reach,
  type ReachFacts,
  visiblePart,
} from './reachability';

/**
 * The browser side of the reachability check: measures the facts `judgeReach` decides on
 * (boxes, computed styles, what `elementsFromPoint` finds) for one field. Kept thin, and proven
 * in the hostile-page e2e test; jsdom has no layout, so there it measures nothing (undefined:
 * the caller treats the field as reachable, as it cannot know better).
 */
export interface ReachProbe {
  /**
   * Judges the element a user operates for a field. With `scroll` (the fill) it first scrolls
   * the field into view, as a user would; without it (the check) a field below the fold is
   * judged by what can be known without moving the page.
   */
  judge(element: Element, widget: WidgetKind, options: { scroll: boolean }): Reach | undefined;
}

interface Inherited {
  opacity: number;
  clipPath: boolean;
}

const TEXT_WIDGETS = new Set<WidgetKind>(['text', 'textarea', 'number', 'date']);

function hasLayout(doc: Document): boolean {
  return (doc.documentElement?.getClientRects?.().length ?? 0) > 0;
}

const boxOf = (rect: DOMRect, dx = 0, dy = 0): Box => ({
  left: rect.left + dx,
  top: rect.top + dy,
  width: rect.width,
  height: rect.height,
});

const contains = (outer: Box, inner: Box) =>
  inner.left >= outer.left &&
  inner.top >= outer.top &&
  inner.left + inner.width <= outer.left + outer.width &&
  inner.top + inner.height <= outer.top + outer.height;

function drawsBox(style: CSSStyleDeclaration): boolean {
  if (colorAlpha(style.backgroundColor) >= MIN_OPACITY) return true;
  if (style.backgroundImage && style.backgroundImage !== 'none') return true;
  if (style.boxShadow && style.boxShadow !== 'none') return true;
  return (['Top', 'Right', 'Bottom', 'Left'] as const).some(
    (side) =>
      Number.parseFloat(style[`border${side}Width`]) > 0 &&
      style[`border${side}Style`] !== 'none' &&
      colorAlpha(style[`border${side}Color`]) >= MIN_OPACITY,
  );
}

/** One level of frames: the element tested there and where its document sits in the top viewport. */
interface Level {
  target: Element;
  dx: number;
  dy: number;
}

/**
 * Creates a probe. `isOwnUi` tells Shenbao's own elements (the assistant, its overlays) from the
 * page's: they float above the page on purpose and never count as covering a field.
 */
export function createReachProbe(isOwnUi: (element: Element) => boolean): ReachProbe {
  // Styles up the ancestor chain, memoised for one probe (one fill round, one check).
  const inherited = new Map<Element, Inherited>();

  const styleOf = (element: Element) => element.ownerDocument.defaultView?.getComputedStyle(element);

  const inheritedOf = (element: Element, skipOwnOpacity: boolean): Inherited => {
    const known = skipOwnOpacity ? undefined : inherited.get(element);
    if (known) return known;
    const parent = composedParent(element) ?? element.ownerDocument.defaultView?.frameElement ?? null;
    const above = parent ? inheritedOf(parent, false) : { opacity: 1, clipPath: false };
    const style = styleOf(element);
    const own = skipOwnOpacity ? 1 : Number.parseFloat(style?.opacity ?? '1');
    const result = {
      opacity: above.opacity * (Number.isNaN(own) ? 1 : own),
      clipPath:
        above.clipPath ||
        (!!style &&
          ((style.clipPath && style.clipPath !== 'none') || (!!style.clip && style.clip !== 'auto'))),
    };
    if (!skipOwnOpacity) inherited.set(element, result);
    return result;
  };

  /** Ancestors that clip overflow (html and body excepted: the viewport stands for them). */
  const clipsOf = (element: Element, dx: number, dy: number): Box[] => {
    const clips: Box[] = [];
    const doc = element.ownerDocument;
    for (let node = composedParent(element); node; node = composedParent(node)) {
      if (node === doc.documentElement || node === doc.body) continue;
      const style = styleOf(node);
      if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible'))
        clips.push(boxOf(node.getBoundingClientRect(), dx, dy));
    }
    return clips;
  };

  const hitsSelf = (target: Element, x: number, y: number): boolean => {
    const tree = target.getRootNode() as Document | ShadowRoot;
    const stack = typeof tree.elementsFromPoint === 'function' ? tree.elementsFromPoint(x, y) : [];
    const top = stack.find((element) => !isOwnUi(element));
    return !!top && (top === target || target.contains(top));
  };

  const measure = (element: Element, widget: WidgetKind, scroll: boolean): ReachFacts | undefined => {
    const doc = element.ownerDocument;
    if (!doc.defaultView || !hasLayout(doc)) return undefined;
    // A native file input laid transparent over its own button is the standard upload pattern:
    // the button is what the user sees, so the input's own opacity does not count.
    const isFile = widget === 'file' && element.localName === 'input';
    const levels: Level[] = [];
    const clips: Box[] = [];
    let target: Element = element;
    for (;;) {
      // Offsets grow as the walk leaves each frame: what was measured inside moves with it.
      levels.push({ target, dx: 0, dy: 0 });
      clips.push(...clipsOf(target, 0, 0));
      const frame = target.ownerDocument.defaultView?.frameElement;
      if (!frame) break;
      const rect = frame.getBoundingClientRect();
      const frameDx = rect.left + frame.clientLeft;
      const frameDy = rect.top + frame.clientTop;
      // Boxes so far are in the inner document's coordinates: move them to the parent's.
      for (const level of levels) {
        level.dx += frameDx;
        level.dy += frameDy;
      }
      for (const clip of clips) {
        clip.left += frameDx;
        clip.top += frameDy;
      }
      clips.push({ left: frameDx, top: frameDy, width: frame.clientWidth, height: frame.clientHeight });
      target = frame;
    }
    const top = target.ownerDocument;
    const topView = top.defaultView as Window;
    const screen: Box = {
      left: 0,
      top: 0,
      width: top.documentElement.clientWidth || topView.innerWidth,
      height: top.documentElement.clientHeight || topView.innerHeight,
    };
    const box = boxOf(element.getBoundingClientRect(), levels[0]?.dx, levels[0]?.dy);
    const { opacity, clipPath } = inheritedOf(element, isFile);
    const facts: ReachFacts = {
      box,
      // Without scrolling, what scrolling could reach counts as on screen: the whole document.
      viewport: scroll
        ? screen
        : {
            left: -topView.scrollX,
            top: -topView.scrollY,
            width: Math.max(top.documentElement.scrollWidth, screen.width),
            height: Math.max(top.documentElement.scrollHeight, screen.height),
          },
      clips,
      opacity,
      clipPath,
      hit: 'unknown',
    };
    if (TEXT_WIDGETS.has(widget) && (element.localName === 'input' || element.localName === 'textarea')) {
      const style = styleOf(element);
      if (style) {
        const fill = style.getPropertyValue('-webkit-text-fill-color') || style.color;
        facts.text = { alpha: Math.min(colorAlpha(style.color), colorAlpha(fill)), hasBox: drawsBox(style) };
      }
    }
    const part = visiblePart({ ...facts, viewport: screen });
    // The hit test needs the point on screen; below the fold (the check) it is left unknown.
    if (part.width > 0 && part.height > 0) {
      const x = part.left + part.width / 2;
      const y = part.top + part.height / 2;
      const hit = levels.every((level) => hitsSelf(level.target, x - level.dx, y - level.dy));
      facts.hit = hit ? 'self' : 'other';
    }
    return facts;
  };

  return {
    judge(element, widget, { scroll }) {
      let facts = measure(element, widget, scroll);
      if (!facts) return undefined;
      let scrolled = false;
      if (scroll && !contains(facts.viewport, facts.box)) {
        element.scrollIntoView({ block: 'center', inline: 'nearest' });
        scrolled = true;
        facts = measure(element, widget, scroll) ?? facts;
      }
      let reach = judgeReach(facts);
      // A sticky header or footer may cover a field at the edge: look again from the middle.
      if (scroll && !scrolled && !reach.reachable && reach.reason === 'covered') {
        element.scrollIntoView({ block: 'center', inline: 'nearest' });
        facts = measure(element, widget, scroll) ?? facts;
        reach = judgeReach(facts);
      }
      return reach;
    },
  };
}
