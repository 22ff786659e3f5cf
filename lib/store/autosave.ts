/**
 * Autosave: there is no save button to forget. Every edit is scheduled, and the latest value
 * is written
 * - `delayMs` after the last edit (a pause in typing), and
 * - at the latest `maxWaitMs` after the first edit not yet written, even while edits go on
 *   (continuous typing never pauses for `delayMs`; issue #16: nothing typed more than 0.5 s
 *   ago may be unsaved), and
 * - at once when the page is hidden or closed (`flush`, see `flushWhenPageHides`).
 *
 * Writes never overlap and run in order, so an older value can never land after a newer one;
 * a write asked for while another is running takes the latest value when it starts (edits
 * coalesce, slow saves do not queue up). A failed write is reported with the value that was
 * not saved, which stays pending and is retried with the next edit or flush.
 */
export interface AutosaveOptions<T> {
  save: (value: T) => Promise<void>;
  /** Quiet time after the last edit before writing. */
  delayMs?: number;
  /**
   * Longest time the first unsaved edit waits while edits continue. Below 500 ms so that the
   * write itself (an IndexedDB transaction) also ends within 0.5 s of the keystroke.
   */
  maxWaitMs?: number;
  onSaved?: (value: T) => void;
  onError?: (error: unknown, unsaved: T) => void;
}

export interface Autosaver<T> {
  schedule(value: T): void;
  /** Writes the pending value now; resolves when it is stored (or failed). */
  flush(): Promise<void>;
  /** True while a value is waiting or being written. */
  readonly pending: boolean;
  dispose(): void;
}

export const AUTOSAVE_DELAY_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 400;

export function createAutosaver<T>({
  save,
  delayMs = AUTOSAVE_DELAY_MS,
  maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
  onSaved,
  onError,
}: AutosaveOptions<T>): Autosaver<T> {
  /** The latest edit not yet handed to a write. */
  let waiting: { value: T } | undefined;
  /** Fires `delayMs` after the last edit. */
  let quiet: ReturnType<typeof setTimeout> | undefined;
  /** Fires `maxWaitMs` after the first edit since the last write took a value. */
  let deadline: ReturnType<typeof setTimeout> | undefined;
  /** The chain of writes; each link starts when the one before it has ended. */
  let writing: Promise<void> = Promise.resolve();
  /** A link is on the chain but has not started: it will take `waiting` when it does. */
  let queued = false;
  let inFlight = false;

  const clearTimers = () => {
    if (quiet !== undefined) clearTimeout(quiet);
    if (deadline !== undefined) clearTimeout(deadline);
    quiet = undefined;
    deadline = undefined;
  };

  const write = async (): Promise<void> => {
    queued = false;
    const next = waiting;
    waiting = undefined;
    if (!next) return;
    inFlight = true;
    try {
      await save(next.value);
    } catch (error) {
      // The flag drops before the callbacks, so they see `pending` as it now is.
      inFlight = false;
      // Keep the unsaved value unless a newer edit has replaced it meanwhile.
      waiting ??= next;
      onError?.(error, next.value);
      return;
    }
    inFlight = false;
    onSaved?.(next.value);
  };

  const writeNow = (): Promise<void> => {
    clearTimers();
    if (waiting && !queued) {
      queued = true;
      writing = writing.then(write);
    }
    return writing;
  };

  return {
    schedule(value) {
      waiting = { value };
      if (quiet !== undefined) clearTimeout(quiet);
      quiet = setTimeout(() => void writeNow(), delayMs);
      deadline ??= setTimeout(() => void writeNow(), maxWaitMs);
    },
    flush: writeNow,
    get pending() {
      return waiting !== undefined || queued || inFlight;
    },
    dispose: clearTimers,
  };
}

/**
 * Flushes when the page goes away: `visibilitychange` to hidden (tab switched or closed,
 * window minimised, browser quitting; the last event a page is sure to get on mobile and on
 * a quit) and `pagehide` (navigation, tab closed, bfcache). Returns the teardown.
 */
export function flushWhenPageHides(target: Window, flush: () => Promise<void>): () => void {
  const onHide = () => void flush();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void flush();
  };
  target.addEventListener('pagehide', onHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
