import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAutosaver', () => {
  it('writes only the latest value, within the delay after the last edit', async () => {
    const saved: string[] = [];
    const autosaver = createAutosaver<string>({
      save: async (value) => void saved.push(value),
      delayMs: 300,
    });
    autosaver.schedule('申');
    await vi.advanceTimersByTimeAsync(200);
    autosaver.schedule('申报');
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['申报']);
    expect(autosaver.pending).toBe(false);
  });

  it('flush writes at once (pagehide) and waits for the write', async () => {
    const saved: string[] = [];
    const autosaver = createAutosaver<string>({ save: async (value) => void saved.push(value) });
    autosaver.schedule('草稿');
    expect(autosaver.pending).toBe(true);
    await autosaver.flush();
    expect(saved).toEqual(['草稿']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['草稿']);
  });

  it('reports a failed write with the unsaved value and retries it on the next flush', async () => {
    let fail = true;
    const saved: string[] = [];
    const errors: string[] = [];
    const autosaver = createAutosaver<string>({
      save: async (value) => {
        if (fail) throw new Error('QuotaExceededError');
        saved.push(value);
      },
      onError: (_error, unsaved) => errors.push(unsaved),
    });
    autosaver.schedule('项目概述');
    await autosaver.flush();
    expect(errors).toEqual(['项目概述']);
    expect(autosaver.pending).toBe(true);
    fail = false;
    await autosaver.flush();
    expect(saved).toEqual(['项目概述']);
  });

  it('never lets an older value land after a newer one', async () => {
    const saved: string[] = [];
    let release: (() => void) | undefined;
    const autosaver = createAutosaver<string>({
      save: (value) =>
        value === 'old'
          ? new Promise<void>((done) => {
              release = () => {
                saved.push(value);
                done();
              };
            })
          : Promise.resolve(void saved.push(value)),
    });
    autosaver.schedule('old');
    const first = autosaver.flush();
    autosaver.schedule('new');
    const second = autosaver.flush();
    await vi.waitUntil(() => release !== undefined);
    release?.();
    await Promise.all([first, second]);
    expect(saved).toEqual(['old', 'new']);
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
});
