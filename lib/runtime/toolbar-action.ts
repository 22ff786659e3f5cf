/**
 * What the toolbar button does (issue #15: the assistant must not hide the form). The manifest
 * names no popup (wxt.config.ts), so the button opens the assistant beside the page where the
 * browser can: Chrome/Edge open their side panel by themselves once told to
 * (`sidePanel.setPanelBehavior`), Firefox toggles its sidebar from the click. A browser that
 * takes Chrome extensions but has no side panel (older 360 / QQ builds of Chromium) or Firefox
 * without a sidebar (Android) gets the popup back at run time, since the manifest cannot say
 * "popup only where there is no side panel".
 */

/** The popup page, relative to the extension's root (entrypoints/popup). */
export const POPUP_PAGE = 'popup.html';

/** What this browser offers, found by feature detection in the background. */
export interface ToolbarFeatures {
  /** `chrome.sidePanel.setPanelBehavior` (Chrome and Edge 114 and later). */
  sidePanelBehavior: boolean;
  /** `sidebarAction.toggle` (Firefox for desktop; Firefox for Android has no sidebar). */
  sidebarToggle: boolean;
}

export type ToolbarMode =
  /** The browser opens the side panel on a click; no popup. */
  | { kind: 'side-panel' }
  /** A click toggles the sidebar (`action.onClicked`, which carries the user's gesture); no popup. */
  | { kind: 'sidebar' }
  /** The popup, as before side panels. */
  | { kind: 'popup'; popup: typeof POPUP_PAGE };

/** Pure: the toolbar button's behaviour for what the browser offers. */
export function toolbarMode(features: ToolbarFeatures): ToolbarMode {
  if (features.sidePanelBehavior) return { kind: 'side-panel' };
  if (features.sidebarToggle) return { kind: 'sidebar' };
  return { kind: 'popup', popup: POPUP_PAGE };
}

interface ActionApi {
  setPopup(details: { popup: string }): Promise<void> | void;
  onClicked: { addListener(listener: () => void): void };
}

/** The parts of the browser the toolbar needs; each may be missing (that is what is detected). */
export interface ToolbarApis {
  /** `chrome.sidePanel` (Chrome's own object: the polyfill does not wrap it). */
  sidePanel?: { setPanelBehavior?: (behavior: { openPanelOnActionClick: boolean }) => Promise<void> };
  /** `browser.sidebarAction` (Firefox). */
  sidebarAction?: { toggle?: () => Promise<void> };
  /** `action` (MV3) or `browserAction` (Firefox's MV2 build). */
  action?: ActionApi;
  /** Shows the popup page when the button was pressed before the popup could be set. */
  openPopupPage(): void;
}

/**
 * Sets the toolbar button up; run at every start of the background (a service worker starts
 * many times, and what `setPopup` set is not kept everywhere across browser restarts).
 * Returns the mode chosen.
 */
export function installToolbarAction(apis: ToolbarApis): ToolbarMode {
  const { sidePanel, sidebarAction, action } = apis;
  const mode = toolbarMode({
    sidePanelBehavior: typeof sidePanel?.setPanelBehavior === 'function',
    sidebarToggle: typeof sidebarAction?.toggle === 'function',
  });
  const warn = (what: string) => (error: unknown) => console.warn(`[shenbao] ${what}`, error);
  if (mode.kind === 'side-panel') {
    // A popup, if one was ever set, would win over the side panel: cleared.
    void Promise.resolve(action?.setPopup({ popup: '' })).catch(warn('could not clear the popup'));
    void sidePanel
      ?.setPanelBehavior?.({ openPanelOnActionClick: true })
      .catch(warn('no side panel on click'));
  } else if (mode.kind === 'sidebar') {
    void Promise.resolve(action?.setPopup({ popup: '' })).catch(warn('could not clear the popup'));
    // Called straight from the click's handler, nothing awaited first: Firefox opens its
    // sidebar only while it handles the user's action.
    action?.onClicked.addListener(() => {
      void sidebarAction?.toggle?.().catch(warn('could not toggle the sidebar'));
    });
  } else {
    void Promise.resolve(action?.setPopup({ popup: mode.popup })).catch(warn('could not set the popup'));
    // Only heard when the popup was not set yet as the button was pressed: show it anyway.
    action?.onClicked.addListener(() => apis.openPopupPage());
  }
  return mode;
}
