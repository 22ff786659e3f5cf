import { describe, expect, it, vi } from 'vitest';
import { installToolbarAction, POPUP_PAGE, type ToolbarApis, toolbarMode } from './toolbar-action';

describe('toolbarMode', () => {
  it('Chrome and Edge with a side panel: the button opens it', () => {
    expect(toolbarMode({ sidePanelBehavior: true, sidebarToggle: false })).toEqual({ kind: 'side-panel' });
  });

  it('Firefox for desktop: the button toggles the sidebar', () => {
    expect(toolbarMode({ sidePanelBehavior: false, sidebarToggle: true })).toEqual({ kind: 'sidebar' });
  });

  it('a Chromium without side panel (older 360 / QQ builds), Firefox for Android: the popup', () => {
    expect(toolbarMode({ sidePanelBehavior: false, sidebarToggle: false })).toEqual({
      kind: 'popup',
      popup: POPUP_PAGE,
    });
  });
});

/** A fake toolbar button: records what was set, and its click can be pressed. */
function fakeAction() {
  const listeners: Array<() => void> = [];
  const state = { popup: undefined as string | undefined };
  return {
    state,
    setPopup: vi.fn(async (details: { popup: string }) => {
      state.popup = details.popup;
    }),
    onClicked: { addListener: (listener: () => void) => listeners.push(listener) },
    click: () => {
      for (const listener of listeners) listener();
    },
  };
}

function apis(overrides: Partial<ToolbarApis>) {
  const action = fakeAction();
  const openPopupPage = vi.fn();
  return { action, openPopupPage, all: { action, openPopupPage, ...overrides } satisfies ToolbarApis };
}

describe('installToolbarAction', () => {
  it('with chrome.sidePanel: the browser opens the side panel on a click, no popup', () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    const { action, all } = apis({ sidePanel: { setPanelBehavior } });
    expect(installToolbarAction(all).kind).toBe('side-panel');
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(action.state.popup).toBe('');
  });

  it('with sidebarAction.toggle: a click toggles the sidebar at once, inside the click', () => {
    const toggle = vi.fn(async () => undefined);
    const { action, all } = apis({ sidebarAction: { toggle } });
    expect(installToolbarAction(all).kind).toBe('sidebar');
    expect(action.state.popup).toBe('');
    action.click();
    // Synchronously: nothing was awaited between the click and the toggle.
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('without either: the popup is set; a click heard before it was set shows the popup page', () => {
    const { action, openPopupPage, all } = apis({ sidePanel: {}, sidebarAction: {} });
    expect(installToolbarAction(all).kind).toBe('popup');
    expect(action.state.popup).toBe(POPUP_PAGE);
    action.click();
    expect(openPopupPage).toHaveBeenCalledTimes(1);
  });

  it('a refused call is logged, never thrown (the background goes on starting)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const setPanelBehavior = vi.fn(async () => {
      throw new Error('refused');
    });
    const { all } = apis({ sidePanel: { setPanelBehavior } });
    expect(() => installToolbarAction(all)).not.toThrow();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    warn.mockRestore();
  });
});
