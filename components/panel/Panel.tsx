import { useCallback, useRef, useState } from 'react';
import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { describeFillFailure, type FillReport } from '@/lib/fill/report';
import { sendRequest } from '@/lib/messaging/client';
import type { ResultOf } from '@/lib/messaging/protocol';
import { displayLabel } from '@/lib/validate/labels';
import { type CaptureOfferResult, type CaptureScope, CaptureView } from './CaptureView';
import { CheckView } from './CheckView';
import { ReportView } from './ReportView';
import { useFillProgress, usePanelData } from './usePanelData';
import { useSidePanelOpener } from './useSidePanelOpener';
import { HIDDEN_PANEL_MESSAGE, useVisibilityGuard } from './useVisibilityGuard';
import './panel.css';
import { failureText } from '@/lib/text/failure';

/** What the panel tells the user: an error (role=alert) or a plain status. */
interface Message {
  text: string;
  tone: 'error' | 'info';
}

const errorMessage = (reason: unknown): Message => ({
  text: failureText(reason),
  tone: 'error',
});

/** Every field a page field can be taught to mean, labelled as the user knows it. */
const TEACHABLE_KEYS = fieldsFor(LATEST_EDITION).map((field) => ({
  key: field.key,
  label: displayLabel(field),
}));

interface PanelProps {
  /**
   * The tab the browser side panel works on. Absent in the in-page panel, which works on the
   * tab it is framed into (the background takes that from the sender).
   */
  tabId?: number;
}

/**
 * The assistant: choose a draft, 一键填充, 检查, 撤销, and the report. The same UI in the
 * in-page panel (an iframe on the site) and in the browser's side panel.
 */
export function Panel({ tabId }: PanelProps) {
  const inSidePanel = tabId !== undefined;
  /** Which tab a request is about: the side panel names it, the in-page panel's is its own. */
  const forTab = inSidePanel ? { tabId } : {};
  const { drafts, draftId, choose, error, host } = usePanelData(tabId);
  const [busy, setBusy] = useState<'fill' | 'undo' | 'check' | 'capture'>();
  /** 从页面采集: what the page holds beyond Shenbao's data, offered after a fill. */
  const [capture, setCapture] = useState<{ offer: CaptureOfferResult; round: number }>();
  const [checked, setChecked] = useState<ResultOf<'tab/check'>>();
  const [report, setReport] = useState<FillReport>();
  const [message, setMessage] = useState<Message>();
  const [overwrite, setOverwrite] = useState<ReadonlySet<string>>(new Set());
  const panelRef = useRef<HTMLElement>(null);
  const guard = useVisibilityGuard(panelRef, !inSidePanel);
  // The side panel is the browser's own UI: no page can cover it or make it transparent.
  const reallyVisible = inSidePanel ? async () => true : guard;
  const openSidePanel = useSidePanelOpener(!inSidePanel);
  /** A report, from the fill or from fields filled later; a failed fill says so in the message. */
  const showReport = useCallback((next: FillReport) => {
    setReport(next);
    const failure = describeFillFailure(next);
    if (failure) setMessage({ text: failure, tone: 'error' });
  }, []);
  useFillProgress(showReport, tabId);
  const showError = (reason: unknown) => setMessage(errorMessage(reason));
  const reveal = (fieldId: string) =>
    void sendRequest({ type: 'tab/reveal', fieldId, ...forTab })
      .then((found) => {
        if (!found)
          setMessage({ text: '页面上找不到这一栏了，页面可能已经变化，请重新检查或填充。', tone: 'info' });
      })
      .catch(showError);

  /** Reads the page's fields beyond the data; a failure is said without hiding the fill's report. */
  const lookForCapture = async (id: string) => {
    try {
      const offer = await sendRequest({ type: 'tab/capture', draftId: id, ...forTab });
      setCapture((previous) => ({ offer, round: (previous?.round ?? 0) + 1 }));
    } catch (reason) {
      setCapture(undefined);
      setMessage({ text: `无法读取页面上的其他栏目：${failureText(reason)}`, tone: 'error' });
    }
  };

  const keep = async (fields: CaptureOfferResult['candidates'], scope: CaptureScope) => {
    if (!draftId) return;
    setBusy('capture');
    try {
      const kept = await sendRequest({
        type: 'capture/save',
        draftId,
        scope,
        fields: fields.map(({ label, kind, value, options, signature, file }) => ({
          label,
          kind,
          value,
          signature,
          ...(options ? { options } : {}),
          ...(file ? { file } : {}),
        })),
        ...forTab,
      });
      setMessage({
        text: `已保存 ${kept} 个栏目到${scope === 'company' ? '单位资料' : '本草稿'}，下次在本网站填充时会自动填写。`,
        tone: 'info',
      });
      await lookForCapture(draftId);
    } catch (reason) {
      showError(reason);
    } finally {
      setBusy(undefined);
    }
  };

  const fill = async () => {
    if (!draftId) return;
    setBusy('fill');
    setMessage(undefined);
    try {
      if (!(await reallyVisible())) {
        setMessage({ text: HIDDEN_PANEL_MESSAGE, tone: 'error' });
        return;
      }
      const filled = await sendRequest({ type: 'tab/fill', draftId, overwrite: [...overwrite], ...forTab });
      showReport(filled);
      setOverwrite(new Set());
      // Not awaited: the report and the buttons are the user's at once; the list follows.
      if (!filled.failure) void lookForCapture(draftId);
    } catch (reason) {
      showError(reason);
    } finally {
      setBusy(undefined);
    }
  };

  const check = async () => {
    if (!draftId) return;
    setBusy('check');
    setMessage(undefined);
    try {
      if (!(await reallyVisible())) {
        setMessage({ text: HIDDEN_PANEL_MESSAGE, tone: 'error' });
        return;
      }
      setChecked(await sendRequest({ type: 'tab/check', draftId, ...forTab }));
    } catch (reason) {
      showError(reason);
    } finally {
      setBusy(undefined);
    }
  };

  const undo = async () => {
    setBusy('undo');
    try {
      const problems = await sendRequest({ type: 'tab/undo', ...forTab });
      setReport(undefined);
      setCapture(undefined);
      setMessage({
        text: problems.length === 0 ? '已撤销，页面恢复为填充前的内容。' : `已撤销。${problems.join('；')}`,
        tone: 'info',
      });
    } catch (reason) {
      showError(reason);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <main className="panel" data-testid="shenbao-panel" aria-label="申报助手" ref={panelRef}>
      <div className="panel__head">
        <h1>申报助手</h1>
        {openSidePanel && (
          <button
            type="button"
            className="panel__side"
            data-testid="shenbao-open-side-panel"
            title="在浏览器侧边栏中打开助手，不再遮挡页面"
            onClick={() =>
              void openSidePanel().catch(() =>
                setMessage({
                  text: '无法打开侧边栏，请点击浏览器工具栏上的「申报助手」图标打开它。',
                  tone: 'error',
                }),
              )
            }
          >
            在侧边栏打开
          </button>
        )}
      </div>
      {host && (
        <p className="panel__host" data-testid="shenbao-target-host">
          将填写到：<strong>{host}</strong>
        </p>
      )}
      {(error || message) && (
        <p
          role={error || message?.tone === 'error' ? 'alert' : 'status'}
          className="panel__message"
          data-testid="shenbao-message"
          data-tone={error ? 'error' : message?.tone}
        >
          {error ?? message?.text}
        </p>
      )}
      {drafts && drafts.length === 0 && <p>还没有项目草稿，请先在工作台录入或载入示例。</p>}
      {drafts && drafts.length > 0 && (
        <>
          <label htmlFor="shenbao-draft">用哪份草稿填写</label>
          <select
            id="shenbao-draft"
            data-testid="shenbao-draft-select"
            value={draftId}
            onChange={(event) => choose(event.target.value)}
          >
            {drafts.map((draft) => (
              <option key={draft.id} value={draft.id}>
                {draft.label}
              </option>
            ))}
          </select>
          <div className="panel__actions">
            <button
              type="button"
              data-testid="shenbao-fill"
              disabled={busy !== undefined}
              onClick={() => void fill()}
            >
              {busy === 'fill'
                ? '正在填充…'
                : overwrite.size > 0
                  ? `覆盖所选并填充（${overwrite.size}）`
                  : '一键填充'}
            </button>
            <button
              type="button"
              data-testid="shenbao-check"
              disabled={busy !== undefined}
              onClick={() => void check()}
            >
              {busy === 'check' ? '正在检查…' : '检查'}
            </button>
            <button
              type="button"
              data-testid="shenbao-undo"
              disabled={busy !== undefined}
              onClick={() => void undo()}
            >
              撤销
            </button>
          </div>
          <p className="panel__hint">快捷键 Alt+Shift+F。页面上已填写的内容不会被覆盖。</p>
        </>
      )}
      {checked && draftId && (
        <CheckView
          result={checked}
          onReveal={reveal}
          onWriteBack={(difference) =>
            void sendRequest({
              type: 'draft/update',
              draftId,
              key: difference.key,
              value: difference.value as never,
            })
              .then(() => check())
              .catch(showError)
          }
          onAttach={(key) =>
            void sendRequest({ type: 'tab/attach', draftId, key, ...forTab })
              .then(() => check())
              .catch(showError)
          }
        />
      )}
      {report && (
        <ReportView
          report={report}
          overwrite={overwrite}
          onToggleOverwrite={(signature) => {
            const next = new Set(overwrite);
            if (next.has(signature)) next.delete(signature);
            else next.add(signature);
            setOverwrite(next);
          }}
          onReveal={reveal}
          keys={TEACHABLE_KEYS}
          onTeach={(signature, key) =>
            void sendRequest({ type: 'mappings/save', signature, key, ...forTab })
              .then(() => fill())
              .catch(showError)
          }
        />
      )}
      {report && capture && (
        <CaptureView
          key={capture.round}
          offer={capture.offer}
          busy={busy !== undefined}
          onSave={(fields, scope) => void keep(fields, scope)}
          onRefresh={() => draftId && void lookForCapture(draftId)}
        />
      )}
    </main>
  );
}
