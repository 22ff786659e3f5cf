/**
 * Work cut into slices, so a fill or a check on a page with thousands of controls never holds
 * the page's main thread for long (issue #16: 0.9 s in one piece on 5,000 controls; goal: no
 * task over 100 ms).
 *
 * The pure steps (collect, match) stay pure: they are generators that `yield` between units of
 * work and `return` their result, and know nothing of time. A runner drives them: `runAll`
 * at once (tests, the document import, anything off the page), a `Slicer` in slices of a few
 * tens of milliseconds with a yield to the page between them.
 */

/** Work that can be cut between its units: yields between them, returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Whether a value is steps to run (a generator) rather than a result. */
export function isSteps<T>(work: T | Steps<T>): work is Steps<T> {
  const candidate = work as { next?: unknown; [Symbol.iterator]?: unknown } | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.next === 'function' &&
    typeof candidate[Symbol.iterator] === 'function'
  );
}

/** Runs steps to the end in one go (a plain value is returned as it is). */
export function runAll<T>(work: T | Steps<T>): T {
  if (!isSteps(work)) return work;
  const steps = work;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/**
 * Lets the page run (input, rendering, its own scripts) and resumes soon after:
 * `scheduler.yield()` where the browser has it (the continuation keeps its priority), else a
 * MessageChannel message (no 4 ms timer clamping), else a 0 ms timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The longest a slice runs before it lets the page have the thread (well under 100 ms). */
export const SLICE_MS = 30;

export interface SlicerOptions {
  /** Milliseconds of work per slice. */
  budgetMs?: number;
  now?: () => number;
  /** How a slice gives the thread back (tests count the calls). */
  yieldTo?: () => Promise<void>;
}

/**
 * Runs sliced work for one fill or check. The clock of the current slice is shared across
 * everything it runs (collect, then match, then the checkpoints between writes), so work done
 * outside `run` counts too: `checkpoint()` between larger units ends the slice when its time
 * is up.
 */
export class Slicer {
  private readonly budgetMs: number;
  private readonly now: () => number;
  private readonly yieldTo: () => Promise<void>;
  private sliceStart: number;
  /** How many times it gave the thread back (figures for the benchmark, counts for tests). */
  yields = 0;

  constructor(options: SlicerOptions = {}) {
    this.budgetMs = options.budgetMs ?? SLICE_MS;
    this.now = options.now ?? (() => performance.now());
    this.yieldTo = options.yieldTo ?? yieldToPage;
    this.sliceStart = this.now();
  }

  /** Gives the thread back when the current slice has used its time. */
  async checkpoint(): Promise<void> {
    if (this.now() - this.sliceStart < this.budgetMs) return;
    await this.pause();
  }

  /** Gives the thread back now and starts a new slice (after the fill's own waits, too). */
  async pause(): Promise<void> {
    this.yields += 1;
    await this.yieldTo();
    this.sliceStart = this.now();
  }

  /** A wait that gave the page the thread (a frame, a timer) has ended: a new slice starts. */
  restart(): void {
    this.sliceStart = this.now();
  }

  /**
   * Runs steps to the end, giving the thread back whenever a slice has used its time. A plain
   * value (an engine that does its work in one piece) is returned as it is.
   */
  async run<T>(work: T | Steps<T>): Promise<T> {
    if (!isSteps(work)) return work;
    const steps = work;
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (this.now() - this.sliceStart >= this.budgetMs) await this.pause();
    }
  }
}
