import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { FillReport } from '@/lib/fill/report';
import { sendRequest } from '@/lib/messaging/client';
import { requestSchema } from '@/lib/messaging/protocol';
import { failureText } from '@/lib/text/failure';

export interface DraftChoice {
  id: string;
  label: string;
}

/**
 * The drafts to choose from and the current one. They come from the background: an extension
 * page framed inside a web page may get partitioned storage, so the panel never reads
 * IndexedDB itself.
 */
export function usePanelData(tabId?: number) {
  const [drafts, setDrafts] = useState<DraftChoice[]>();
  const [draftId, setDraftId] = useState<string>();
  const [error, setError] = useState<string>();
  /** The site the fill writes to, as the background knows it from the tab (never the page's word). */
  const [host, setHost] = useState<string>();

  useEffect(() => {
    sendRequest({ type: 'drafts/list', ...(tabId === undefined ? {} : { tabId }) })
      .then((choices) => {
        setDrafts(choices.drafts);
        setDraftId(choices.currentId);
        setHost(choices.host);
      })
      .catch((reason: unknown) => setError(`无法读取本地草稿：${failureText(reason)}`));
  }, [tabId]);

  const choose = (id: string) => {
    setDraftId(id);
    setError(undefined);
    // The panel fills with the draft it shows either way; the stored choice is what the
    // shortcut and the submit check use, so a failure to store it is said.
    void sendRequest({ type: 'drafts/choose', draftId: id }).catch((reason: unknown) =>
      setError(`无法记住所选草稿（快捷键和提交前检查仍用之前的草稿）：${failureText(reason)}`),
    );
  };

  return { drafts, draftId, choose, error, host };
}

/**
 * Follows a fill that goes on after the first report (a step or tab filled as it appears).
 * The side panel takes only the reports of the tab it works on (`tabId`).
 */
export function useFillProgress(onReport: (report: FillReport) => void, tabId?: number) {
  useEffect(() => {
    const listener = (message: unknown, sender: browser.Runtime.MessageSender) => {
      const parsed = requestSchema.safeParse(message);
      if (!parsed.success || parsed.data.type !== 'fill/progress') return undefined;
      if (tabId === undefined || sender.tab?.id === tabId) onReport(parsed.data.report);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [onReport, tabId]);
}
