import { useCallback, useEffect, useState } from 'react';
import { loadOverview, type Overview } from '@/lib/drafts/summary';
import { type Database, openDatabase } from '@/lib/store/db';

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
      .catch((reason: unknown) => setError(`无法打开本地数据库：${String(reason)}`));
    return () => opened?.close();
  }, []);

  const reload = useCallback(async () => {
    if (!db) return;
    try {
      setData(await loadOverview(db));
    } catch (reason) {
      setError(`读取本地数据失败：${String(reason)}`);
    }
  }, [db]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = useCallback(
    async (change: (database: Database) => Promise<void>, failure: string) => {
      if (!db) return;
      try {
        await change(db);
        setError(undefined);
      } catch (reason) {
        setError(`${failure}：${String(reason)}`);
      }
      await reload();
    },
    [db, reload],
  );

  return { db, data, error, run };
}
