import browser from 'webextension-polyfill';

/**
 * Opens the dashboard on first install so the applicant lands where the
 * company profile is entered, instead of wondering where the extension went.
 */
export function onExtensionInstalled(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') {
      void browser.runtime.openOptionsPage();
    }
  });
}
