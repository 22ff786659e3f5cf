import browser from 'webextension-polyfill';
import { handleMessage } from '@/lib/runtime/background-handlers';
import { onExtensionInstalled } from '@/lib/runtime/lifecycle';
import { senderSite } from '@/lib/runtime/sender-site';
import { installToolbarAction, POPUP_PAGE, type ToolbarApis } from '@/lib/runtime/toolbar-action';
import { type Database, openDatabase } from '@/lib/store/db';
import { readSetting } from '@/lib/store/settings';

export default defineBackground(() => {
  onExtensionInstalled();
  // The toolbar button opens the side panel (Chrome/Edge) or the sidebar (Firefox); the popup
  // where the browser has neither. Decided at every start: the manifest names no popup.
  const chromeApi = (globalThis as { chrome?: Pick<ToolbarApis, 'sidePanel'> }).chrome;
  const firefox = browser as Pick<ToolbarApis, 'sidebarAction'>;
  installToolbarAction({
    sidePanel: chromeApi?.sidePanel,
    sidebarAction: firefox.sidebarAction,
    action: browser.action ?? browser.browserAction,
    openPopupPage: () => void browser.tabs.create({ url: browser.runtime.getURL(`/${POPUP_PAGE}`) }),
  });
  // Woken at browser start, so the popup is set again before a click where it is the way.
  browser.runtime.onStartup.addListener(() => undefined);
  let opened: Promise<Database> | undefined;
  const db = () => {
    opened ??= openDatabase();
    return opened;
  };
  const sendToTab = (tabId: number, message: unknown) =>
    browser.tabs.sendMessage(tabId, message, { frameId: 0 });

  const extensionBase = browser.runtime.getURL('/');
  const granted = (origin: string) => browser.permissions.contains({ origins: [origin] });
  // The side panel names the tab it works on; that tab is judged as if it had sent the message.
  const siteOfTab = async (tabId: number) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return tab ? senderSite({ tab }, extensionBase, granted) : ({ kind: 'refused' } as const);
  };
  browser.runtime.onMessage.addListener(async (message: unknown, sender: browser.Runtime.MessageSender) =>
    handleMessage(message, await senderSite(sender, extensionBase, granted), { db, sendToTab, siteOfTab }),
  );

  // The keyboard shortcut fills the current page with the current draft.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'fill-current-page') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const draftId = await readSetting(await db(), 'currentDraftId');
    if (tab?.id !== undefined && draftId)
      await sendToTab(tab.id, { type: 'content/fill', draftId, overwrite: [] });
  });
});
