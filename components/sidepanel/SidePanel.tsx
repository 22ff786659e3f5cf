import { useState } from 'react';
import browser from 'webextension-polyfill';
import { Panel } from '@/components/panel/Panel';
import { browserSidePanel, type SidePanelBrowser } from '@/lib/runtime/side-panel';
import { NOT_RUNNING_MESSAGE } from '@/lib/runtime/side-panel-target';
import { useSidePanelTarget } from './useSidePanelTarget';
import './sidepanel.css';

/**
 * The assistant in the browser's side panel (Chrome/Edge `sidePanel`, Firefox
 * `sidebar_action`): the same panel as on the page, for the active tab of this window, beside
 * the form instead of over it and out of the page's reach.
 */
export function SidePanel({ api }: { api?: SidePanelBrowser }) {
  const [tabs] = useState(() => api ?? browserSidePanel());
  const view = useSidePanelTarget(tabs);
  return (
    <div className="side-panel" data-testid="shenbao-side-panel">
      {view.kind === 'site' && view.link === 'attached' ? (
        // One panel per tab: a tab switch starts from that tab's page, not the last one's report.
        <Panel key={view.tabId} tabId={view.tabId} />
      ) : (
        <main className="panel">
          <h1>申报助手</h1>
          <p
            className="side-panel__status"
            data-testid="shenbao-side-status"
            role={view.kind === 'site' && view.link === 'missing' ? 'alert' : 'status'}
          >
            {view.kind === 'looking'
              ? '正在查找当前标签页…'
              : view.kind === 'elsewhere'
                ? view.message
                : view.link === 'missing'
                  ? NOT_RUNNING_MESSAGE
                  : `正在连接 ${view.host} 页面上的申报助手…`}
          </p>
        </main>
      )}
      <p className="side-panel__foot">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          打开工作台
        </button>
      </p>
    </div>
  );
}
