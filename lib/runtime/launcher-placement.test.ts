import { describe, expect, it } from 'vitest';
import {
  chooseSlot,
  LAUNCHER_SIZES,
  launcherSlots,
  overlapArea,
  placeLauncher,
  placeLauncherLazily,
  type Rect,
  type Slot,
} from './launcher-placement';

const VIEW_1024 = { width: 664, height: 700 }; // 1024 px beside a 360 px side panel
const VIEW_1280 = { width: 1280, height: 800 };

const box = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  width,
  height,
});
const slotAt = (slots: Slot[], id: string) => slots.find((slot) => slot.id === id) as Slot;

/** A form of text inputs filling the window but for `margin` pixels on each side, in rows. */
function formRows(view: { width: number; height: number }, margin: number, rowHeight = 40, gap = 12): Rect[] {
  const rows: Rect[] = [];
  for (let top = 0; top < view.height; top += rowHeight + gap)
    rows.push(box(margin, top, view.width - 2 * margin, rowHeight));
  return rows;
}

describe('launcherSlots', () => {
  it('keeps every slot inside the window', () => {
    for (const view of [VIEW_1024, VIEW_1280, { width: 320, height: 240 }])
      for (const sidePanel of [false, true])
        for (const { rect } of launcherSlots(view, sidePanel)) {
          expect(rect.left).toBeGreaterThanOrEqual(0);
          expect(rect.top).toBeGreaterThanOrEqual(0);
          expect(rect.left + rect.width).toBeLessThanOrEqual(view.width);
          expect(rect.top + rect.height).toBeLessThanOrEqual(view.height);
        }
  });

  it('offers the button first (bottom-right as before), the edge tabs only after it', () => {
    const slots = launcherSlots(VIEW_1280, false);
    expect(slots[0]).toMatchObject({ id: 'button:bottom-right', shape: 'button' });
    expect(slots[0]?.rect).toEqual(box(1280 - 16 - 96, 800 - 16 - 38, 96, 38));
    const firstTab = slots.findIndex((slot) => slot.shape !== 'button');
    expect(slots.slice(firstTab).every((slot) => slot.shape !== 'button')).toBe(true);
  });

  it('while the side panel is open, offers only the thin edge tab', () => {
    const slots = launcherSlots(VIEW_1024, true);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((slot) => slot.shape === 'tab-right' || slot.shape === 'tab-left')).toBe(true);
    expect(slots[0]?.rect).toMatchObject({ left: 664 - LAUNCHER_SIZES.tab.width, ...LAUNCHER_SIZES.tab });
  });
});

describe('overlapArea', () => {
  it('is the shared area, and 0 for boxes that only touch or lie apart', () => {
    expect(overlapArea(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(25);
    expect(overlapArea(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(0);
    expect(overlapArea(box(0, 0, 10, 10), box(50, 50, 10, 10))).toBe(0);
    expect(overlapArea(box(0, 0, 100, 100), box(10, 10, 5, 5))).toBe(25);
  });
});

describe('chooseSlot / placeLauncher', () => {
  it('an empty corner: the usual bottom-right', () => {
    expect(placeLauncher(VIEW_1280, false, []).id).toBe('button:bottom-right');
  });

  it('a field in the bottom-right corner: the next free position', () => {
    const slots = launcherSlots(VIEW_1280, false);
    const corner = slotAt(slots, 'button:bottom-right').rect;
    // A field that reaches into the corner by a few pixels (the 1024 px screenshot of issue #15).
    const field = box(corner.left - 300, corner.top - 20, 310, 30);
    expect(placeLauncher(VIEW_1280, false, [field]).id).toBe('button:bottom-left');
  });

  it('a toast in the bottom-right and a field bottom-left: right edge middle', () => {
    const slots = launcherSlots(VIEW_1280, false);
    const toast = slotAt(slots, 'button:bottom-right').rect;
    const field = box(0, 700, 400, 100);
    expect(placeLauncher(VIEW_1280, false, [toast, field]).id).toBe('button:right-middle');
  });

  it('a form across the whole window with a narrow margin: the edge tab in the margin', () => {
    // 28 px on each side: no button fits, the 26 px tab does.
    const rows = formRows(VIEW_1280, 28);
    const chosen = placeLauncher(VIEW_1280, false, rows);
    expect(chosen.shape).toBe('tab-right');
    expect(rows.every((row) => overlapArea(row, chosen.rect) === 0)).toBe(true);
  });

  it('beside the side panel: a tab in a gap between rows when the rows reach the edge', () => {
    // Rows reach both edges; only the gaps between them are free, and a 88 px tab fits no gap
    // of 12 px: the least covered one wins, never one covering more than another slot.
    const rows = formRows(VIEW_1024, 0);
    const slots = launcherSlots(VIEW_1024, true, rows);
    const chosen = chooseSlot(slots, rows);
    const cover = (slot: Slot) => rows.reduce((sum, row) => sum + overlapArea(row, slot.rect), 0);
    for (const slot of slots) expect(cover(chosen)).toBeLessThanOrEqual(cover(slot));
    // Rows with wide gaps: a tab fits between two of them and covers nothing.
    const sparse = formRows(VIEW_1024, 0, 40, 120);
    const free = chooseSlot(launcherSlots(VIEW_1024, true, sparse), sparse);
    expect(sparse.every((row) => overlapArea(row, free.rect) === 0)).toBe(true);
  });

  it('nothing free: the smallest overlap wins, the earlier slot on a tie', () => {
    const slots: Slot[] = [
      { id: 'a', shape: 'button', rect: box(0, 0, 10, 10) },
      { id: 'b', shape: 'button', rect: box(20, 0, 10, 10) },
      { id: 'c', shape: 'button', rect: box(40, 0, 10, 10) },
    ];
    const obstacles = [box(0, 0, 10, 10), box(20, 0, 3, 10), box(47, 0, 3, 10)];
    expect(chooseSlot(slots, obstacles).id).toBe('b');
  });

  it('an obstacle far from every slot changes nothing', () => {
    const middle = launcherSlots(VIEW_1024, true)[0] as Slot;
    expect(placeLauncher(VIEW_1024, true, [box(200, 200, 200, 40)])).toEqual(middle);
    // The tab in the middle of the right edge.
    expect(middle.rect.top + middle.rect.height / 2).toBeCloseTo(700 / 2, 0);
  });
});

describe('placeLauncherLazily (the page asked region by region)', () => {
  /** A page as a set of boxes: asked for a region, it gives the boxes overlapping it. */
  const page = (obstacles: Rect[]) => {
    const asked: Rect[] = [];
    const ask = (region: Rect) => {
      asked.push(region);
      return obstacles.filter((obstacle) => overlapArea(obstacle, region) > 0);
    };
    return { asked, ask };
  };

  it('chooses as placeLauncher does, on the same boxes', () => {
    const cases: Array<[{ width: number; height: number }, boolean, Rect[]]> = [
      [VIEW_1280, false, []],
      [VIEW_1280, false, [box(900, 700, 370, 90)]],
      [VIEW_1280, false, formRows(VIEW_1280, 28)],
      [VIEW_1024, true, formRows(VIEW_1024, 0)],
      [VIEW_1024, true, formRows(VIEW_1024, 0, 40, 120)],
      [VIEW_1024, true, [box(200, 200, 200, 40)]],
    ];
    for (const [view, sidePanel, obstacles] of cases)
      expect(placeLauncherLazily(view, sidePanel, page(obstacles).ask)).toEqual(
        placeLauncher(view, sidePanel, obstacles),
      );
  });

  it('asks only the first slot when it is free', () => {
    const { asked, ask } = page([box(0, 0, 100, 100)]);
    expect(placeLauncherLazily(VIEW_1280, false, ask).id).toBe('button:bottom-right');
    expect(asked).toHaveLength(1);
  });
});
