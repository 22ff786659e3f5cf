import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onExtensionInstalled } from './lifecycle';

describe('first-install welcome', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the dashboard once, and not again when the extension is re-registered', async () => {
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    onExtensionInstalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.1',
      temporary: false,
    });
    expect(open).toHaveBeenCalledTimes(1);
  });
});
