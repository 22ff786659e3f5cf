// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOverlay, type OverlayLayer } from './overlay';
import { installSubmitGuard, submitControlOf } from './submit-guard';

let layer: OverlayLayer;
let submitted: number;
let stop: () => void;

beforeEach(() => {
  document.body.innerHTML =
    '<form><button type="button" id="save">暂存</button><button type="button" id="go"><i></i> 提 交</button></form>';
  submitted = 0;
  document.querySelector('#go')?.addEventListener('click', () => {
    submitted += 1;
  });
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  layer = createOverlay(document);
});

afterEach(() => {
  stop?.();
  layer.destroy();
});

const press = () => (document.querySelector('#go') as HTMLButtonElement).click();
const dialog = () => layer.root.querySelector('[data-testid="shenbao-guard"]');

describe('submit guard', () => {
  it('finds 提交 by its text, however spaced or decorated, and nothing else', () => {
    expect(submitControlOf(document.querySelector('#go i'))?.id).toBe('go');
    expect(submitControlOf(document.querySelector('#save'))).toBeUndefined();
  });

  it('stops a 提交 with errors once, and lets it through after 仍要提交', async () => {
    stop = installSubmitGuard(document, layer, {
      enabled: async () => true,
      isTrusted: () => true,
      errors: async () => [{ label: '项目概述', message: '超过 400 字上限' }],
    });
    press();
    await vi.waitFor(() => expect(dialog()).not.toBeNull());
    expect(submitted).toBe(0);
    expect(dialog()?.textContent).toContain('项目概述：超过 400 字上限');
    (layer.root.querySelector('[data-testid="shenbao-guard-submit"]') as HTMLButtonElement).click();
    expect(submitted).toBe(1);
    expect(dialog()).toBeNull();
  });

  it('返回修改 closes the checklist and submits nothing', async () => {
    stop = installSubmitGuard(document, layer, {
      enabled: async () => true,
      isTrusted: () => true,
      errors: async () => [{ label: '手机', message: '应为11位' }],
    });
    press();
    await vi.waitFor(() => expect(dialog()).not.toBeNull());
    (layer.root.querySelector('[data-testid="shenbao-guard-back"]') as HTMLButtonElement).click();
    expect(dialog()).toBeNull();
    expect(submitted).toBe(0);
  });

  it('does not appear without errors, or when turned off', async () => {
    stop = installSubmitGuard(document, layer, {
      enabled: async () => true,
      isTrusted: () => true,
      errors: async () => [],
    });
    press();
    await vi.waitFor(() => expect(submitted).toBe(1));
    stop();
    stop = installSubmitGuard(document, layer, {
      enabled: async () => false,
      isTrusted: () => true,
      errors: async () => [{ label: 'x', message: 'y' }],
    });
    press();
    await vi.waitFor(() => expect(submitted).toBe(2));
    expect(dialog()).toBeNull();
  });

  it('a check that fails lets the submit through and logs the error (never holds the click)', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = new TypeError('x is undefined');
    stop = installSubmitGuard(document, layer, {
      enabled: async () => true,
      isTrusted: () => true,
      errors: async () => {
        throw bug;
      },
    });
    press();
    await vi.waitFor(() => expect(submitted).toBe(1));
    expect(dialog()).toBeNull();
    expect(logged).toHaveBeenCalledWith('[shenbao] submit check failed; letting the submit through', bug);
    stop();
    // The setting itself unreadable: the same.
    stop = installSubmitGuard(document, layer, {
      enabled: async () => {
        throw new Error('store closed');
      },
      isTrusted: () => true,
      errors: async () => [{ label: 'x', message: 'y' }],
    });
    press();
    await vi.waitFor(() => expect(submitted).toBe(2));
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });

  it("ignores a page script's click() on 提交: no hold, no checklist, the draft stays unread", async () => {
    const errors = vi.fn(async () => [{ label: '上市时间', message: '不能为空' }]);
    // The default trust test: jsdom's click() is untrusted, as a page script's is in a browser.
    stop = installSubmitGuard(document, layer, { enabled: async () => true, errors });
    press();
    expect(submitted).toBe(1);
    expect(dialog()).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });
});
