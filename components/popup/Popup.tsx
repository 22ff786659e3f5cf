import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import { type DraftSummary, loadOverview } from '@/lib/drafts/summary';
import { type Database, openDatabase } from '@/lib/store/db';
import { readSetting, writeSetting } from '@/lib/store/settings';
import './popup.css';

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
    })().catch((reason: unknown) => setError(`无法读取本地数据：${String(reason)}`));
    return () => opened?.close();
  }, []);

  const choose = async (draftId: string) => {
    if (!db || !state) return;
    await writeSetting(db, 'currentDraftId', draftId);
    setState({ ...state, current: state.drafts.find((summary) => summary.draft.id === draftId) });
  };

  const current = state?.current;
  const errors = current?.issues.filter((issue) => issue.severity === 'error').length ?? 0;
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
            {state.drafts.map((summary) => (
              <option key={summary.draft.id} value={summary.draft.id}>
                {String(summary.draft.values['project.name'] ?? '（未命名项目）')}（{summary.edition.year}年）
              </option>
            ))}
          </select>
          <p className="popup__company">
            {String(current.company?.profile['company.name'] ?? '（单位已删除）')}
          </p>
          <p>
            已填 {current.filled} / {current.required} 栏
            <progress value={current.filled} max={Math.max(current.required, 1)} aria-label="完成度" />
          </p>
          <p data-testid="popup-status" className={errors > 0 ? 'status status--error' : 'status status--ok'}>
            {errors > 0 ? `还有 ${errors} 个错误` : '可以提交'}
          </p>
        </section>
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
