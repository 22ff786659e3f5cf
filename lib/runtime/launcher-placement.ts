/**
 * Where the in-page launcher sits (issue #15: the assistant must not hide the form). A rule
 * about any page, not about one site's layout: among a few docked positions in order of
 * preference, the launcher takes the first whose box covers nothing the user works with (the
 * page's controls, links and its own messages); when every one covers something, the one that
 * covers least. While the browser's side panel works on the tab the launcher is only a thin tab
 * on the edge (the assistant is beside the page already). Pure: boxes in, slot out.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The launcher as a button (the usual look) or as a thin tab flush with the window's edge. */
export type LauncherShape = 'button' | 'tab-right' | 'tab-left';

export interface Slot {
  /** Names the position, e.g. `button:bottom-right`, `tab-right:306` (the tab's top). */
  id: string;
  shape: LauncherShape;
  rect: Rect;
}

/** The launcher's outer size in each shape (CSS pixels; launcher.ts draws them at these sizes). */
export const LAUNCHER_SIZES: Readonly<Record<'button' | 'tab', Size>> = {
  button: { width: 96, height: 38 },
  tab: { width: 26, height: 88 },
};

/** The button keeps this far from the window's edges. */
const MARGIN = 16;
/** Where along the edge a tab may sit, as a fraction of the free height (middle first). */
const TAB_STOPS = [0.5, 0.75, 0.25, 1, 0];

/** Space kept between a tab slid into a gap and the obstacle beside it. */
const GAP_PADDING = 4;
/** At most this many slid positions per edge are tried (a long form has many rows). */
const MAX_GAP_SLOTS = 40;

/**
 * The docked positions in order of preference for a viewport (the window without its
 * scroll bars). With the side panel open only the edge tabs; otherwise the button's corners
 * and edge first, the tabs after them. A tab also slides along its edge: beside each obstacle
 * that reaches the edge it may sit just above or below it, nearest the middle first, so a gap
 * between two rows of a form is found wherever it is.
 */
export function launcherSlots(
  viewport: Size,
  sidePanelOpen: boolean,
  obstacles: readonly Rect[] = [],
): Slot[] {
  const { button, tab } = LAUNCHER_SIZES;
  const slots: Slot[] = [];
  if (!sidePanelOpen) {
    const right = viewport.width - MARGIN - button.width;
    const bottom = viewport.height - MARGIN - button.height;
    const middle = (viewport.height - button.height) / 2;
    const at = (id: string, left: number, top: number) =>
      slots.push({ id: `button:${id}`, shape: 'button', rect: { left, top, ...button } });
    at('bottom-right', right, bottom);
    at('bottom-left', MARGIN, bottom);
    at('right-middle', right, middle);
    at('top-right', right, MARGIN);
  }
  const lowest = MARGIN;
  const highest = Math.max(viewport.height - MARGIN - tab.height, lowest);
  const middle = (lowest + highest) / 2;
  const clamp = (top: number) => Math.round(Math.min(Math.max(top, lowest), highest));
  for (const [shape, left, stops] of [
    ['tab-right', viewport.width - tab.width, TAB_STOPS],
    ['tab-left', 0, TAB_STOPS.slice(0, 3)],
  ] as const) {
    const tops = stops.map((stop) => clamp(lowest + (highest - lowest) * stop));
    const slid: number[] = [];
    for (const obstacle of obstacles) {
      if (obstacle.left >= left + tab.width || obstacle.left + obstacle.width <= left) continue;
      slid.push(clamp(obstacle.top + obstacle.height + GAP_PADDING));
      slid.push(clamp(obstacle.top - GAP_PADDING - tab.height));
    }
    slid.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
    for (const top of [...tops, ...new Set(slid)].slice(0, stops.length + MAX_GAP_SLOTS)) {
      if (slots.some((slot) => slot.shape === shape && slot.rect.top === top)) continue;
      slots.push({ id: `${shape}:${top}`, shape, rect: { left, top, ...tab } });
    }
  }
  return slots;
}

/** The area two boxes share (0 when they only touch). */
export function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** How much of the page a slot would cover: the sum of its overlaps with every obstacle. */
function covered(slot: Slot, obstacles: readonly Rect[]): number {
  let total = 0;
  for (const obstacle of obstacles) total += overlapArea(slot.rect, obstacle);
  return total;
}

/**
 * The first slot that covers no obstacle; when each covers something, the one covering the
 * least area (the earlier one on a tie).
 */
export function chooseSlot(slots: readonly Slot[], obstacles: readonly Rect[]): Slot {
  if (slots.length === 0) throw new Error('chooseSlot needs at least one slot');
  let best = slots[0] as Slot;
  let least = Number.POSITIVE_INFINITY;
  for (const slot of slots) {
    const area = covered(slot, obstacles);
    if (area === 0) return slot;
    if (area < least) {
      least = area;
      best = slot;
    }
  }
  return best;
}

/** The launcher's place for this viewport and these obstacles (boxes in viewport coordinates). */
export function placeLauncher(viewport: Size, sidePanelOpen: boolean, obstacles: readonly Rect[]): Slot {
  return chooseSlot(launcherSlots(viewport, sidePanelOpen, obstacles), obstacles);
}

/**
 * `placeLauncher` for a page that is asked region by region (the content script hit-tests the
 * page; asking costs, so it asks as little as the rule needs): each slot in order is asked, and
 * the first clear of everything found so far wins; when none is, the edge strips are asked too
 * (where a tab may slide) and the least covering slot of them all wins. `obstaclesIn(region)`
 * returns obstacles overlapping the region (it may return more, and the same box again).
 */
export function placeLauncherLazily(
  viewport: Size,
  sidePanelOpen: boolean,
  obstaclesIn: (region: Rect) => readonly Rect[],
): Slot {
  // Each box once, however often it was found (regions overlap).
  const found = new Map<string, Rect>();
  const ask = (region: Rect) => {
    for (const obstacle of obstaclesIn(region))
      found.set(`${obstacle.left},${obstacle.top},${obstacle.width},${obstacle.height}`, obstacle);
  };
  for (const slot of launcherSlots(viewport, sidePanelOpen)) {
    ask(slot.rect);
    if ([...found.values()].every((obstacle) => overlapArea(obstacle, slot.rect) === 0)) return slot;
  }
  const { tab } = LAUNCHER_SIZES;
  ask({ left: viewport.width - tab.width, top: 0, width: tab.width, height: viewport.height });
  ask({ left: 0, top: 0, width: tab.width, height: viewport.height });
  const obstacles = [...found.values()];
  return chooseSlot(launcherSlots(viewport, sidePanelOpen, obstacles), obstacles);
}
