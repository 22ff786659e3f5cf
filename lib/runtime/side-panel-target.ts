import type { SenderSite } from './sender-site';
import { BUILT_IN_HOST } from './sites';

/**
 * Which tab the browser side panel works on, and what it says when that tab is no 申报系统
 * page. Pure: the browser's facts come in as arguments (components/sidepanel wires them).
 *
 * The side panel belongs to a window and follows its active tab. Opened as an ordinary tab
 * (sidepanel.html in a tab of its own, as tests and Firefox's "open in a tab" do), it is itself
 * the active tab; it then keeps the tab it worked on, or takes the one used last.
 */
export interface TabInfo {
  id: number;
  active: boolean;
  /** When the tab was last active (Chrome 121+, Firefox); absent where the browser does not say. */
  lastAccessed?: number;
}

export function chooseTargetTab(
  tabs: readonly TabInfo[],
  where: {
    /** The side panel page's own tab, when it is open as a tab. */
    self?: number;
    /** The tab it worked on until now. */
    previous?: number;
  },
): number | undefined {
  const active = tabs.find((tab) => tab.active);
  if (active && active.id !== where.self) return active.id;
  if (where.previous !== undefined && tabs.some((tab) => tab.id === where.previous)) return where.previous;
  const others = tabs.filter((tab) => tab.id !== where.self);
  return others.reduce<TabInfo | undefined>(
    (latest, tab) => (latest && (latest.lastAccessed ?? 0) >= (tab.lastAccessed ?? 0) ? latest : tab),
    undefined,
  )?.id;
}

/** What the side panel shows for its tab. */
export type SidePanelTarget =
  /** A tab of the built-in or a granted host: the assistant works there. */
  | { kind: 'site'; tabId: number; host: string }
  /** Any other tab (or none): a zh-CN sentence that says where to go instead. */
  | { kind: 'elsewhere'; message: string };

export const NO_TAB_MESSAGE = '这个窗口里没有可以填写的标签页。请打开申报系统的页面。';

export const EXTENSION_TAB_MESSAGE =
  '当前标签页是申报助手自己的页面（工作台等）。请切换到申报系统的标签页，助手会随之切换。';

export const OTHER_SITE_MESSAGE = `当前标签页不是申报系统的页面。请切换到申报系统（www.${BUILT_IN_HOST}）的标签页；其他省市的申报网站，请先在工作台的「设置」中添加并授权。`;

/** The side panel's view of a tab, from what the browser says about it (`senderSite`). */
export function describeTarget(tabId: number | undefined, site: SenderSite | undefined): SidePanelTarget {
  if (tabId === undefined || !site) return { kind: 'elsewhere', message: NO_TAB_MESSAGE };
  if (site.kind === 'site') return { kind: 'site', tabId, host: site.host };
  if (site.kind === 'extension') return { kind: 'elsewhere', message: EXTENSION_TAB_MESSAGE };
  return { kind: 'elsewhere', message: OTHER_SITE_MESSAGE };
}

/** Said when the tab is a 申报系统 page but no content script answers the side panel there. */
export const NOT_RUNNING_MESSAGE =
  '申报助手还没有在这个标签页上运行：页面可能是在安装或更新申报助手之前打开的。请刷新该页面，助手会自动连上。';
