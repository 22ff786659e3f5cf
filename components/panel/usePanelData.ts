import { useEffect, useState } from 'react';
import { sendRequest } from '@/lib/messaging/client';

export interface DraftChoice {
  id: string;
  label: string;
}

/**
 * The drafts to choose from and the current one. They come from the background: an extension
 * page framed inside a web page may get partitioned storage, so the panel never reads
 * IndexedDB itself.
 */
export function usePanelData() {
  const [drafts, setDrafts] = useState<DraftChoice[]>();
  const [draftId, setDraftId] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    sendRequest({ type: 'drafts/list' })
      .then((choices) => {
        setDrafts(choices.drafts);
        setDraftId(choices.currentId);
      })
      .catch((reason: unknown) =>
        setError(`无法读取本地草稿：${reason instanceof Error ? reason.message : String(reason)}`),
      );
  }, []);

  const choose = (id: string) => {
    setDraftId(id);
    void sendRequest({ type: 'drafts/choose', draftId: id }).catch(() => undefined);
  };

  return { drafts, draftId, choose, error };
}
