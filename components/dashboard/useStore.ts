import { useCallback, useEffect, useState } from 'react';
import { loadOverview, type Overview } from '@/lib/drafts/summary';
import { purgeTrash } from '@/lib/drafts/trash';
import { type Database, openDatabase } from '@/lib/store/db';
import { describeFailure } from '@/lib/text/failure';

export type DashboardData = Overview;

/** The dashboard's view of the local store, reloaded after every change it makes. */
export function useDashboardStore() {
  const [db, setDb] = useState<Database>();
  const [data, setData] = useState<DashboardData>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let opened: Database | undefined;
    openDatabase()
      .then((database) => {
        opened = database;
        setDb(database);
      })
      .catch((reason: unknown) => setError(describeFailure('无法打开本地数据库', reason)));
    return () => opened?.close();
  }, []);

  // What has been in the 回收站 for 30 days is deleted for good when the dashboard opens.
  const [purged, setPurged] = useState(false);
  useEffect(() => {
    if (!db) return;
    purgeTrash(db)
      .catch((reason: unknown) => setError(describeFailure('清理回收站失败', reason)))
      .finally(() => setPurged(true));
  }, [db]);

  const reload = useCallback(async () => {
    if (!db || !purged) return;
    try {
      setData(await loadOverview(db));
    } catch (reason) {
      setError(describeFailure('读取本地数据失败', reason));
    }
  }, [db, purged]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /**
   * Runs a change, then reloads the lists; resolves with the change's result only after the
   * lists are current, so whatever the caller shows next (the copy's attention list) never
   * refers to a list that has not caught up yet. Undefined when the change failed.
   */
  const run = useCallback(
    async <T>(change: (database: Database) => Promise<T>, failure: string): Promise<T | undefined> => {
      if (!db) return undefined;
      let result: T | undefined;
      try {
        result = await change(db);
        setError(undefined);
      } catch (reason) {
        setError(describeFailure(failure, reason));
      }
      await reload();
      return result;
    },
    [db, reload],
  );

  return { db, data, error, run };
}
