import { describe, expect, it } from 'vitest';
import { colorAlpha, judgeReach, type ReachFacts, visiblePart } from './reachability';

const viewport = { left: 0, top: 0, width: 1280, height: 900 };
/** A plain text box in the middle of the screen, nothing odd about it. */
const visible = (overrides: Partial<ReachFacts> = {}): ReachFacts => ({
  box: { left: 100, top: 200, width: 240, height: 32 },
  viewport,
  clips: [],
  opacity: 1,
  text: { alpha: 1, hasBox: true },
  clipPath: false,
  hit: 'self',
  ...overrides,
});

describe('judgeReach: only what a person can see and reach', () => {
  it('a plain field on screen is reachable', () => {
    expect(judgeReach(visible())).toEqual({ reachable: true });
  });

  it.each([
    ['opacity 0', { opacity: 0 }, 'transparent'],
    ['a faded ancestor (0.0001)', { opacity: 0.0001 }, 'transparent'],
    ['moved off-screen', { box: { left: -10000, top: 200, width: 240, height: 32 } }, 'offscreen'],
    ['a 1 px box', { box: { left: 100, top: 200, width: 1, height: 1 } }, 'tiny'],
    [
      'inside a 1 px overflow:hidden wrapper',
      { clips: [{ left: 100, top: 200, width: 1, height: 1 }] },
      'clipped',
    ],
    ['clip-path: inset(50%) (the hit test misses it)', { clipPath: true, hit: 'other' }, 'clipped'],
    ['under an opaque cover', { hit: 'other' }, 'covered'],
    ['transparent text with no box of its own', { text: { alpha: 0, hasBox: false } }, 'transparent'],
  ] as const)('%s is hidden (%s)', (_, overrides, reason) => {
    expect(judgeReach(visible(overrides as Partial<ReachFacts>))).toEqual({ reachable: false, reason });
  });

  it('keeps what libraries and sites do on purpose', () => {
    // Transparent text in a box the user sees (a styled widget draws its own text).
    expect(judgeReach(visible({ text: { alpha: 0, hasBox: true } })).reachable).toBe(true);
    // Half below the fold: enough of it is on screen to see and click.
    expect(judgeReach(visible({ box: { left: 100, top: 880, width: 240, height: 32 } })).reachable).toBe(
      true,
    );
    // Inside a scrolled panel that shows it; and a widget that is not a text box.
    expect(
      judgeReach(visible({ clips: [{ left: 0, top: 150, width: 800, height: 300 }], text: undefined }))
        .reachable,
    ).toBe(true);
    // No hit test possible (below the fold, the check does not scroll): not held against it.
    expect(judgeReach(visible({ hit: 'unknown' })).reachable).toBe(true);
    // A page that fades in stays visible from 10% opacity.
    expect(judgeReach(visible({ opacity: 0.5 })).reachable).toBe(true);
  });

  it('the visible part is the box within the viewport and every clip', () => {
    expect(
      visiblePart({
        box: { left: -50, top: 10, width: 100, height: 100 },
        viewport,
        clips: [{ left: 0, top: 0, width: 30, height: 60 }],
      }),
    ).toEqual({ left: 0, top: 10, width: 30, height: 50 });
  });
});

describe('colorAlpha', () => {
  it.each([
    ['transparent', 0],
    ['rgba(0, 0, 0, 0)', 0],
    ['rgba(10, 20, 30, 0.5)', 0.5],
    ['rgb(0 0 0 / 0)', 0],
    ['rgb(0 0 0 / 25%)', 0.25],
    ['rgb(51, 51, 51)', 1],
    ['currentcolor', 1],
  ])('%s → %s', (color, alpha) => {
    expect(colorAlpha(color)).toBe(alpha);
  });
});
