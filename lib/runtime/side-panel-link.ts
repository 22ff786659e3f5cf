import type browser from 'webextension-polyfill';
import { SIDE_PANEL_PORT, type SidePanelPortMessage } from '@/lib/messaging/protocol';

type Runtime = Pick<typeof browser.runtime, 'id' | 'onConnect'>;

/**
 * The content script's end of the side panel's line (`SIDE_PANEL_PORT`): answers `attached`,
 * and tells `onSidePanel` whether at least one side panel works on this tab, so the in-page
 * panel can step aside. Only this extension's own pages are accepted (a port from elsewhere
 * is closed at once). Returns the teardown.
 */
export function acceptSidePanel(runtime: Runtime, onSidePanel: (open: boolean) => void): () => void {
  const ports = new Set<browser.Runtime.Port>();
  const listener = (port: browser.Runtime.Port) => {
    if (port.name !== SIDE_PANEL_PORT) return;
    if (port.sender?.id !== runtime.id) {
      port.disconnect();
      return;
    }
    ports.add(port);
    if (ports.size === 1) onSidePanel(true);
    port.onDisconnect.addListener(() => {
      if (!ports.delete(port)) return;
      if (ports.size === 0) onSidePanel(false);
    });
    port.postMessage({ type: 'side-panel/attached' } satisfies SidePanelPortMessage);
  };
  runtime.onConnect.addListener(listener);
  return () => {
    runtime.onConnect.removeListener(listener);
    for (const port of ports) port.disconnect();
    ports.clear();
  };
}
