import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { sidePanelOpener } from './side-panel';

const sidebar = (browser as unknown as { sidebarAction: { open?: () => Promise<void> } }).sidebarAction;
/** The fake browser's own (it throws "not implemented"); put back after each test. */
const fakeOpen = sidebar.open;
afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
  sidebar.open = fakeOpen;
});

describe('sidePanelOpener', () => {
  it('Chrome and Edge: opens the side panel of the window it was given', async () => {
    sidebar.open = undefined;
    const open = vi.fn(async () => undefined);
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: { open } };
    await sidePanelOpener(7)?.();
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    // Without a window there is nothing to open it in.
    expect(sidePanelOpener(undefined)).toBeUndefined();
  });

  it('Firefox: opens the sidebar', async () => {
    sidebar.open = vi.fn(async () => undefined);
    await sidePanelOpener(undefined)?.();
    expect(sidebar.open).toHaveBeenCalled();
  });

  it('a browser with neither offers nothing (the in-page panel stays the way)', () => {
    sidebar.open = undefined;
    expect(sidePanelOpener(7)).toBeUndefined();
  });
});
