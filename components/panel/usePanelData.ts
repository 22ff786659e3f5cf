import { useEffect, useState } from 'react';
import { type DraftSummary, loadOverview } from '@/lib/drafts/summary';
import { type Database, openDatabase } from '@/lib/store/db';
import { readSetting, writeSetting } from '@/lib/store/settings';

/** The drafts to choose from and the current one; the panel is an extension page, so it reads IndexedDB itself. */
export function usePanelData() {
  const [db, setDb] = useState<Database>();
  const [drafts, setDrafts] = useState<DraftSummary[]>();
  const [draftId, setDraftId] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let opened: Database | undefined;
    (async () => {
      opened = await openDatabase();
      setDb(opened);
      const overview = await loadOverview(opened);
      const current = await readSetting(opened, 'currentDraftId');
      setDrafts(overview.drafts);
      setDraftId(
        overview.drafts.find((summary) => summary.draft.id === current)?.draft.id ??
          overview.drafts[0]?.draft.id,
      );
    })().catch((reason: unknown) => setError(`无法读取本地草稿：${String(reason)}`));
    return () => opened?.close();
  }, []);

  const choose = (id: string) => {
    setDraftId(id);
    if (db) void writeSetting(db, 'currentDraftId', id);
  };

  return { drafts, draftId, choose, error };
}
