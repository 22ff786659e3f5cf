import { BUILT_IN_HOST, originPattern } from './sites';

/**
 * Who sent a message to the background, as far as the background may trust it. The host is
 * never taken from a message body: it comes from the tab the sender sits in (the content
 * script, or the in-page panel framed into the site), so a page cannot make Shenbao save a
 * mapping for, or relay a fill to, a site it is not on.
 */
export type SenderSite =
  /** The extension's own pages without a tab of a site (popup, side panel, dashboard). */
  | { kind: 'extension' }
  /** A content script or the framed panel in a tab of a built-in or user-granted host. */
  | { kind: 'site'; tabId: number; host: string }
  /** A tab of a site Shenbao is not allowed on (a page that framed panel.html by itself). */
  | { kind: 'refused' };

export interface RawSender {
  /** The tab the sender sits in; undefined for the popup, the side panel and the worker. */
  tab?: { id?: number; url?: string };
  /** The sending frame's URL. */
  url?: string;
}

/** Whether Shenbao runs on a host: the built-in 申报系统 or a host the user granted. */
export type HostGranted = (origin: string) => Promise<boolean>;

export function isBuiltInHost(host: string): boolean {
  return host === BUILT_IN_HOST || host.endsWith(`.${BUILT_IN_HOST}`);
}

/** Classifies a sender; `extensionBase` is this extension's own root URL (chrome-extension://id/). */
export async function senderSite(
  sender: RawSender,
  extensionBase: string,
  granted: HostGranted,
): Promise<SenderSite> {
  const tab = sender.tab;
  if (!tab) return { kind: 'extension' };
  // The browser gives the tab's URL only where the extension has host access, so a tab
  // without one is a site Shenbao was never granted.
  const url = parseUrl(tab.url);
  if (!url || tab.id === undefined) return { kind: 'refused' };
  if (url.href.startsWith(extensionBase)) return { kind: 'extension' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'refused' };
  // Permissions are per host name; mappings stay keyed by `host` (with a port, if any) as the
  // content script always stored them.
  const name = url.hostname;
  if (isBuiltInHost(name) || (await granted(originPattern(name))))
    return { kind: 'site', tabId: tab.id, host: url.host };
  return { kind: 'refused' };
}

function parseUrl(text: string | undefined): URL | undefined {
  if (!text) return undefined;
  try {
    return new URL(text);
  } catch {
    // Not a URL the browser would give for a tab of a site: treated as no site at all.
    return undefined;
  }
}

export const REFUSED_SITE_MESSAGE =
  '申报助手没有获准在这个网站上运行。请在工作台的「设置」中添加并授权该网站。';
