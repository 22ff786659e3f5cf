import browser from 'webextension-polyfill';
import type { SiteApi } from './sites';

/** The real browser behind SiteApi; undefined where dynamic content scripts are not available (Firefox MV2). */
export function browserSiteApi(): SiteApi | undefined {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return undefined;
  return {
    request: (origins) => browser.permissions.request({ origins }),
    remove: (origins) => browser.permissions.remove({ origins }),
    granted: async () => (await browser.permissions.getAll()).origins ?? [],
    register: (script) => scripting.registerContentScripts([{ ...script, runAt: 'document_idle' }]),
    unregister: (id) => scripting.unregisterContentScripts({ ids: [id] }),
  };
}
