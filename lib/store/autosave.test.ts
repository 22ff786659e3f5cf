import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, createAutosaver, flushWhenPageHides } from './autosave';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

/** A saver whose writes are recorded with the (fake) time they ran. */
function recorded(options: { delayMs?: number; maxWaitMs?: number } = {}) {
  const saves: [time: number, value: string][] = [];
  const autosaver = createAutosaver<string>({
    save: async (value) => void saves.push([Date.now(), value]),
    ...options,
  });
  return { saves, autosaver };
}

describe('createAutosaver', () => {
  it('defaults: 300 ms after the last edit, at most 400 ms after the first unsaved one', () => {
    expect(AUTOSAVE_DELAY_MS).toBe(300);
    expect(AUTOSAVE_MAX_WAIT_MS).toBe(400);
  });

  it('a pause writes only the latest value, delayMs after the last edit', async () => {
    const { saves, autosaver } = recorded();
    autosaver.schedule('申');
    await vi.advanceTimersByTimeAsync(50);
    autosaver.schedule('申报');
    await vi.advanceTimersByTimeAsync(299);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([[350, '申报']]);
    expect(autosaver.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toEqual([[350, '申报']]);
  });

  it('continuous typing (a key every 150 ms for 4 s) is written every 450 ms, the last key at the end', async () => {
    const { saves, autosaver } = recorded();
    const typed: [time: number, value: string][] = [];
    for (let key = 0; key * 150 < 4_000; key += 1) {
      typed.push([Date.now(), `v${key}`]);
      autosaver.schedule(`v${key}`);
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(typed.at(-1)).toEqual([3_900, 'v26']);
    await vi.advanceTimersByTimeAsync(2_000);
    // The first key of each run starts the 400 ms deadline; the key typed last before it is written.
    expect(saves).toEqual([
      [400, 'v2'],
      [850, 'v5'],
      [1_300, 'v8'],
      [1_750, 'v11'],
      [2_200, 'v14'],
      [2_650, 'v17'],
      [3_100, 'v20'],
      [3_550, 'v23'],
      [4_000, 'v26'],
    ]);
    expect(autosaver.pending).toBe(false);
    // No key waited longer than 500 ms for the write that holds it.
    for (const [time, value] of typed) {
      const index = Number(value.slice(1));
      const holding = saves.find(([, saved]) => Number(saved.slice(1)) >= index);
      expect(holding?.[0]).toBeDefined();
      expect((holding?.[0] ?? Infinity) - time, `${value} typed at ${time} ms`).toBeLessThanOrEqual(500);
    }
  });

  it('maxWaitMs is an option: 500 ms writes every 600 ms at a key every 150 ms', async () => {
    const { saves, autosaver } = recorded({ maxWaitMs: 500 });
    for (let key = 0; key < 8; key += 1) {
      autosaver.schedule(`v${key}`);
      await vi.advanceTimersByTimeAsync(150);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual([
      [500, 'v3'],
      [1_100, 'v7'],
    ]);
  });

  it('a burst followed by flush (pagehide) is written at once, and not again by the timers', async () => {
    const { saves, autosaver } = recorded();
    autosaver.schedule('草');
    await vi.advanceTimersByTimeAsync(100);
    autosaver.schedule('草稿');
    await vi.advanceTimersByTimeAsync(100);
    autosaver.schedule('草稿一');
    await vi.advanceTimersByTimeAsync(50);
    expect(autosaver.pending).toBe(true);
    await autosaver.flush();
    expect(saves).toEqual([[250, '草稿一']]);
    expect(autosaver.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual([[250, '草稿一']]);
  });

  it('a failed write keeps the unsaved value, is not retried by a timer, and is retried by the next flush', async () => {
    let fail = true;
    const saves: string[] = [];
    const attempts: string[] = [];
    const errors: string[] = [];
    const autosaver = createAutosaver<string>({
      save: async (value) => {
        attempts.push(value);
        if (fail) throw new Error('QuotaExceededError');
        saves.push(value);
      },
      onError: (_error, unsaved) => errors.push(unsaved),
    });
    autosaver.schedule('项目概述');
    await vi.advanceTimersByTimeAsync(300);
    expect(attempts).toEqual(['项目概述']);
    expect(errors).toEqual(['项目概述']);
    expect(autosaver.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(attempts).toEqual(['项目概述']);
    fail = false;
    await autosaver.flush();
    expect(attempts).toEqual(['项目概述', '项目概述']);
    expect(saves).toEqual(['项目概述']);
    expect(autosaver.pending).toBe(false);
  });

  it('a failed write does not bring back an older value over a newer edit', async () => {
    const attempts: string[] = [];
    let reject: ((error: Error) => void) | undefined;
    const autosaver = createAutosaver<string>({
      save: (value) => {
        attempts.push(value);
        if (value === 'old') {
          return new Promise<void>((_done, fail) => {
            reject = fail;
          });
        }
        return Promise.resolve();
      },
    });
    autosaver.schedule('old');
    const first = autosaver.flush();
    await vi.waitUntil(() => reject !== undefined);
    autosaver.schedule('new');
    reject?.(new Error('写入失败'));
    await first;
    await autosaver.flush();
    expect(attempts).toEqual(['old', 'new']);
    expect(autosaver.pending).toBe(false);
  });

  it('never starts a write before the one in flight has ended, and a newer value is written after it', async () => {
    const events: string[] = [];
    let release: (() => void) | undefined;
    const autosaver = createAutosaver<string>({
      save: (value) => {
        events.push(`start ${value}`);
        if (value !== 'old') {
          events.push(`end ${value}`);
          return Promise.resolve();
        }
        return new Promise<void>((done) => {
          release = () => {
            events.push(`end ${value}`);
            done();
          };
        });
      },
    });
    autosaver.schedule('old');
    const first = autosaver.flush();
    await vi.waitUntil(() => release !== undefined);
    autosaver.schedule('newer');
    autosaver.schedule('newest');
    const second = autosaver.flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(events).toEqual(['start old']);
    release?.();
    await Promise.all([first, second]);
    // Edits made while a write runs coalesce into one write of the latest value.
    expect(events).toEqual(['start old', 'end old', 'start newest', 'end newest']);
  });

  it('a flush while a write is queued but not started resolves once the latest value is stored', async () => {
    const { saves, autosaver } = recorded();
    autosaver.schedule('a');
    const first = autosaver.flush();
    autosaver.schedule('ab');
    const second = autosaver.flush();
    await second;
    expect(saves).toEqual([[0, 'ab']]);
    await first;
    expect(saves).toEqual([[0, 'ab']]);
  });

  it('reports saved with nothing pending, so the page can say 已自动保存', async () => {
    const seen: boolean[] = [];
    const autosaver: ReturnType<typeof createAutosaver<string>> = createAutosaver<string>({
      save: async () => undefined,
      onSaved: () => seen.push(autosaver.pending),
    });
    autosaver.schedule('a');
    await autosaver.flush();
    expect(seen).toEqual([false]);
  });

  it('dispose stops the timers', async () => {
    const { saves, autosaver } = recorded();
    autosaver.schedule('a');
    autosaver.dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves).toEqual([]);
    await autosaver.flush();
    expect(saves).toEqual([[1_000, 'a']]);
  });
});

describe('flushWhenPageHides', () => {
  function fakeWindow() {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    return Object.assign(new EventTarget(), { document });
  }

  it('flushes on visibilitychange to hidden and on pagehide, not when the page becomes visible', () => {
    const target = fakeWindow();
    const flush = vi.fn(async () => undefined);
    const stop = flushWhenPageHides(target as unknown as Window, flush);
    target.document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(0);
    target.document.visibilityState = 'hidden';
    target.document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
    stop();
    target.document.dispatchEvent(new Event('visibilitychange'));
    target.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('with an autosaver, hiding the page writes the edit typed a moment before', async () => {
    const target = fakeWindow();
    const { saves, autosaver } = recorded();
    flushWhenPageHides(target as unknown as Window, autosaver.flush);
    autosaver.schedule('最后一个字');
    await vi.advanceTimersByTimeAsync(20);
    target.document.visibilityState = 'hidden';
    target.document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saves).toEqual([[20, '最后一个字']]);
  });
});
