import browser from 'webextension-polyfill';

const WELCOMED_KEY = 'welcomed';

/**
 * Opens the dashboard once, on first install, so the applicant lands where the company
 * profile is entered. Remembered in storage, so a reload of the extension (or a browser
 * that re-registers an unpacked one) does not greet them again.
 */
export function onExtensionInstalled(): void {
  browser.runtime.onInstalled.addListener(async (details) => {
    if (details.reason !== 'install') return;
    const stored = await browser.storage.local.get(WELCOMED_KEY);
    if (stored[WELCOMED_KEY] === true) return;
    await browser.storage.local.set({ [WELCOMED_KEY]: true });
    await browser.runtime.openOptionsPage();
  });
}
