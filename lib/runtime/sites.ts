/**
 * Other 申报系统 hosts (a provincial system, next year's new address): granted one by one as
 * optional host permissions, with the content script registered for them
 * (docs/architecture.md, contract 1: no permanent <all_urls>).
 */
export const BUILT_IN_HOST = 'xinxixiaofei.com';
/** Where WXT writes the content script in the built extension. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export type HostResult = { ok: true; host: string } | { ok: false; message: string };

/** Accepts 「www.example.gov.cn」 or a pasted address; says in zh-CN what to fix otherwise. */
export function normalizeHost(input: string): HostResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: '请填写申报系统的网址或域名，例如 sbxt.example.gov.cn。' };
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`).hostname.toLowerCase();
  } catch {
    return { ok: false, message: `「${text}」不是有效的网址，请检查后重试。` };
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    return { ok: false, message: `「${text}」不是有效的域名，请只填写网址中的域名部分。` };
  }
  if (host === BUILT_IN_HOST || host.endsWith(`.${BUILT_IN_HOST}`)) {
    return { ok: false, message: '这个网站已内置支持，无需添加。' };
  }
  return { ok: true, host };
}

export const originPattern = (host: string) => `*://${host}/*`;
const scriptId = (host: string) => `site:${host}`;

/** The browser APIs involved, passed in so the logic is tested without a browser. */
export interface SiteApi {
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
  granted(): Promise<string[]>;
  register(script: { id: string; matches: string[]; js: string[] }): Promise<void>;
  unregister(id: string): Promise<void>;
}

/** Asks for the host (must run in a click handler) and runs Shenbao there from now on. */
export async function addSite(api: SiteApi, input: string): Promise<HostResult> {
  const result = normalizeHost(input);
  if (!result.ok) return result;
  const origin = originPattern(result.host);
  if (!(await api.request([origin])))
    return { ok: false, message: '没有获得该网站的访问授权，申报助手不会在那里运行。' };
  // Re-adding a host replaces its script; unregistering one that is not there rejects, and
  // that is fine (register below fails loudly if something is really wrong).
  await api.unregister(scriptId(result.host)).catch(() => undefined);
  await api.register({ id: scriptId(result.host), matches: [origin], js: [CONTENT_SCRIPT_FILE] });
  return result;
}

export async function removeSite(api: SiteApi, host: string): Promise<void> {
  // The script may already be gone (unregistered by hand, or never registered): rejects, fine.
  await api.unregister(scriptId(host)).catch(() => undefined);
  await api.remove([originPattern(host)]);
}

/** Hosts the user added (granted origins other than the built-in one). */
export async function listSites(api: SiteApi): Promise<string[]> {
  return (await api.granted())
    .map((origin) => /^\*:\/\/([^/]+)\/\*$/.exec(origin)?.[1])
    .filter((host): host is string => host !== undefined && !host.endsWith(BUILT_IN_HOST) && host !== '*')
    .sort();
}
