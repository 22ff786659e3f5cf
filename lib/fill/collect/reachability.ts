/**
 * Whether a person can see and reach a field: the fill writes only to such fields (issue #16,
 * the hidden-field harvest password managers defend against). A pure judgement over facts the
 * browser measured (`reach-probe.ts` measures them), so every rule is unit-tested without layout.
 */

/** A rectangle in the top window's viewport coordinates (CSS pixels). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What the browser measured about one field's visible box, after scrolling it into view. */
export interface ReachFacts {
  /** The widget's box (the element the user operates: input, select box, upload button). */
  box: Box;
  /** The viewport of the top window. */
  viewport: Box;
  /** Rectangles the box is drawn inside: ancestors that clip overflow, the frames it is in. */
  clips: readonly Box[];
  /** Product of the computed opacity of the box, its ancestors and the frames it is in. */
  opacity: number;
  /**
   * Text boxes only: the text's colour alpha (0 = transparent) and whether the control draws a
   * box of its own (background, border or shadow) a user would see and click into.
   */
  text?: { alpha: number; hasBox: boolean };
  /** The box or an ancestor has a clip-path or clip: a failed hit test is then called clipping. */
  clipPath: boolean;
  /**
   * What is on top at the centre of the visible part, through shadow roots and frames: the
   * field itself (or something inside it), something else, or nothing to test (unmeasured).
   */
  hit: 'self' | 'other' | 'unknown';
}

/** Why a field was judged out of a person's sight or reach. */
export type HiddenReason = 'tiny' | 'transparent' | 'offscreen' | 'clipped' | 'covered';

export type Reach = { reachable: true } | { reachable: false; reason: HiddenReason };

/** What the report says about each reason (zh-CN, after 「页面隐藏的栏目，未填写」). */
export const HIDDEN_REASONS: Record<HiddenReason, string> = {
  tiny: '尺寸过小，看不见',
  transparent: '透明，看不见',
  offscreen: '在页面可见范围之外',
  clipped: '被裁剪，看不见',
  covered: '被其他元素遮住',
};

/** Boxes smaller than this (CSS pixels, either side) are not something a person sees or clicks. */
export const MIN_SIDE = 4;
/** Below this opacity a field is invisible; pages fade things in, so a little opacity counts. */
export const MIN_OPACITY = 0.1;

const REACHABLE: Reach = { reachable: true };

/** The part of `box` inside every one of `clips` (width/height 0 when nothing is left). */
export function intersect(box: Box, clips: readonly Box[]): Box {
  let left = box.left;
  let top = box.top;
  let right = box.left + box.width;
  let bottom = box.top + box.height;
  for (const clip of clips) {
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.left + clip.width);
    bottom = Math.min(bottom, clip.top + clip.height);
  }
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

const tooSmall = (box: Box) => box.width < MIN_SIDE || box.height < MIN_SIDE;

/** The part of the field a person can see: its box within the viewport and every clip. */
export function visiblePart(facts: Pick<ReachFacts, 'box' | 'viewport' | 'clips'>): Box {
  return intersect(facts.box, [facts.viewport, ...facts.clips]);
}

/**
 * Judges one field. Order matters only for the reason given: the first failing rule names it
 * (a 1 px box under a cover is called tiny).
 */
export function judgeReach(facts: ReachFacts): Reach {
  if (tooSmall(facts.box)) return { reachable: false, reason: 'tiny' };
  if (facts.opacity < MIN_OPACITY) return { reachable: false, reason: 'transparent' };
  // Transparent text in a box that draws nothing: the user would see an empty page there.
  if (facts.text && facts.text.alpha < MIN_OPACITY && !facts.text.hasBox)
    return { reachable: false, reason: 'transparent' };
  if (tooSmall(intersect(facts.box, [facts.viewport]))) return { reachable: false, reason: 'offscreen' };
  if (tooSmall(visiblePart(facts))) return { reachable: false, reason: 'clipped' };
  if (facts.hit === 'other') return { reachable: false, reason: facts.clipPath ? 'clipped' : 'covered' };
  return REACHABLE;
}

/** The alpha of a computed CSS colour (`transparent`, `rgba(…, a)`, `rgb(r g b / a)`; else 1). */
export function colorAlpha(color: string): number {
  const text = color.trim().toLowerCase();
  if (text === 'transparent') return 0;
  const slash = text.match(/\/\s*([\d.]+)(%?)\s*\)$/);
  if (slash?.[1]) return slash[2] ? Number(slash[1]) / 100 : Number(slash[1]);
  const rgba = text.match(/^(?:rgba|hsla)\(([^)]*)\)$/);
  if (rgba?.[1]) {
    const parts = rgba[1].split(',');
    if (parts.length === 4) return Number(parts[3]);
  }
  return 1;
}
