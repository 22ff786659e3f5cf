import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { useSidePanelOpener } from '@/components/panel/useSidePanelOpener';
import { choiceList } from '@/lib/drafts/search';
import { type DraftSummary, draftTitle, loadOverview } from '@/lib/drafts/summary';
import { checklistProgress, deadlineText } from '@/lib/editions/checklist';
import { describeFillFailure, summarizeReport } from '@/lib/fill/report';
import { sendRequest } from '@/lib/messaging/client';
import { browserSiteApi } from '@/lib/runtime/browser-sites';
import { BUILT_IN_HOST, listSites } from '@/lib/runtime/sites';
import { type Database, openDatabase } from '@/lib/store/db';
import { readSetting, writeSetting } from '@/lib/store/settings';
import './popup.css';
import { describeFailure, failureText } from '@/lib/text/failure';

interface PopupState {
  drafts: DraftSummary[];
  current: DraftSummary | undefined;
}

/** The current company and draft with their completeness, and the way to the dashboard. */
export function Popup() {
  const [db, setDb] = useState<Database>();
  const [state, setState] = useState<PopupState>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let opened: Database | undefined;
    (async () => {
      opened = await openDatabase();
      setDb(opened);
      const overview = await loadOverview(opened);
      const currentId = await readSetting(opened, 'currentDraftId');
      const current = overview.drafts.find((summary) => summary.draft.id === currentId) ?? overview.drafts[0];
      setState({ drafts: overview.drafts, current });
    })().catch((reason: unknown) => setError(describeFailure('无法读取本地数据', reason)));
    return () => opened?.close();
  }, []);

  const choose = async (draftId: string) => {
    if (!db || !state) return;
    await writeSetting(db, 'currentDraftId', draftId);
    setState({ ...state, current: state.drafts.find((summary) => summary.draft.id === draftId) });
  };

  const openSidePanel = useSidePanelOpener(true);
  const [tab, setTab] = useState<{ id: number; onSite: boolean }>();
  const [fillMessage, setFillMessage] = useState<string>();
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([active]) => {
      if (active?.id === undefined || !active.url) return;
      setTab({ id: active.id, onSite: await assistantRunsOn(active.url) });
    });
  }, []);

  /** Starts the fill on the current tab: the same request the in-page panel sends. */
  const fillHere = async () => {
    if (!tab || !state?.current) return;
    setFillMessage('正在填充…');
    try {
      const report = await sendRequest(
        { type: 'content/fill', draftId: state.current.draft.id, overwrite: [] },
        (message) => browser.tabs.sendMessage(tab.id, message, { frameId: 0 }),
      );
      setFillMessage(describeFillFailure(report) ?? summarizeReport(report));
    } catch (reason) {
      setFillMessage(failureText(reason));
    }
  };

  const current = state?.current;
  const errors = current?.draft.errors ?? 0;
  return (
    <main className="popup">
      <h1>申报助手</h1>
      {error && <p role="alert">{error}</p>}
      {state && state.drafts.length === 0 && <p>还没有项目草稿，请先在工作台录入或载入示例。</p>}
      {state && current && (
        <section aria-label="当前草稿">
          <label htmlFor="popup-draft">当前草稿</label>
          <select
            id="popup-draft"
            data-testid="popup-draft-select"
            value={current.draft.id}
            onChange={(event) => void choose(event.target.value)}
          >
            {choiceList(state.drafts, current.draft.id).map((summary) => (
              <option key={summary.draft.id} value={summary.draft.id}>
                {draftTitle(summary.draft)}（{summary.edition.year}年）
              </option>
            ))}
          </select>
          <p className="popup__company">
            {String(current.company?.profile['company.name'] ?? '（单位已删除）')}
          </p>
          <p>
            已填 {current.draft.filled} / {current.draft.required} 栏
            <progress
              value={current.draft.filled}
              max={Math.max(current.draft.required, 1)}
              aria-label="完成度"
            />
          </p>
          <p data-testid="popup-status" className={errors > 0 ? 'status status--error' : 'status status--ok'}>
            {errors > 0 ? `还有 ${errors} 个错误` : '可以提交'}
          </p>
          <p data-testid="popup-deadline">
            {deadlineText(current.edition.submission.deadline, new Date())} · 递交清单{' '}
            {checklistProgress(current.edition, current.draft.checklist).done}/
            {checklistProgress(current.edition, current.draft.checklist).total}
          </p>
        </section>
      )}
      {tab?.onSite && current && (
        <button type="button" data-testid="popup-fill" onClick={() => void fillHere()}>
          在本页一键填充
        </button>
      )}
      {openSidePanel && (
        <button
          type="button"
          data-testid="popup-open-side-panel"
          title="助手显示在页面旁边，不遮挡申报表"
          onClick={() =>
            void openSidePanel()
              .then(() => window.close())
              .catch(() => setFillMessage('无法打开侧边栏，请在页面右下角点「申报助手」使用页面上的面板。'))
          }
        >
          在侧边栏打开助手
        </button>
      )}
      {fillMessage && (
        <p role="status" data-testid="popup-fill-report">
          {fillMessage}
        </p>
      )}
      <button
        type="button"
        data-testid="popup-open-dashboard"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        打开工作台
      </button>
    </main>
  );
}

/** Whether the assistant runs on this address: the built-in 申报系统 host or a host the user added. */
async function assistantRunsOn(url: string): Promise<boolean> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    // A tab without a parseable address (a blank new tab reports ''): nothing runs there.
    return false;
  }
  if (host === BUILT_IN_HOST || host.endsWith(`.${BUILT_IN_HOST}`)) return true;
  const api = browserSiteApi();
  return api ? (await listSites(api)).includes(host) : false;
}
