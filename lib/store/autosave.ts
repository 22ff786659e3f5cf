/**
 * Autosave: there is no save button to forget. Every edit is scheduled; the latest value is
 * written at most `delayMs` after the last edit (issue: durable within 500 ms) and at once
 * when the page is hidden or closed (`flush`). A failed write is reported with the value
 * that was not saved, and retried with the next edit or flush.
 */
export interface AutosaveOptions<T> {
  save: (value: T) => Promise<void>;
  delayMs?: number;
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

export function createAutosaver<T>({
  save,
  delayMs = 300,
  onSaved,
  onError,
}: AutosaveOptions<T>): Autosaver<T> {
  let waiting: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let inFlight = 0;

  const writeNow = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = waiting;
    waiting = undefined;
    if (!next) return writing;
    inFlight += 1;
    // Writes are chained so an older value can never land after a newer one. The in-flight
    // count drops before the callbacks, so they see `pending` as it now is.
    writing = writing
      .then(() => save(next.value))
      .then(
        () => {
          inFlight -= 1;
          onSaved?.(next.value);
        },
        (error: unknown) => {
          inFlight -= 1;
          // Keep the unsaved value unless a newer edit has replaced it meanwhile.
          waiting ??= next;
          onError?.(error, next.value);
        },
      );
    return writing;
  };

  return {
    schedule(value) {
      waiting = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void writeNow(), delayMs);
    },
    flush: writeNow,
    get pending() {
      return waiting !== undefined || inFlight > 0;
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Flushes on `pagehide` and when the tab is hidden; returns the teardown. */
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
