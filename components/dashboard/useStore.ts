import { useCallback, useEffect, useState } from 'react';
import { applicationValues, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { type Database, openDatabase } from '@/lib/store/db';
import type { CorruptRecord } from '@/lib/store/read';
import type { CompanyRecord, DraftRecord } from '@/lib/store/records';
import { listCompanies, listDrafts, listFigures } from '@/lib/store/repository';
import { type Issue, validateValues } from '@/lib/validate';

export interface DraftSummary {
  draft: DraftRecord;
  company: CompanyRecord | undefined;
  issues: Issue[];
}

export interface DashboardData {
  companies: CompanyRecord[];
  drafts: DraftSummary[];
  corrupt: CorruptRecord[];
}

async function loadDashboard(db: Database): Promise<DashboardData> {
  const companies = await listCompanies(db);
  const drafts = await listDrafts(db);
  const corrupt = [...companies.corrupt, ...drafts.corrupt];
  const summaries: DraftSummary[] = [];
  for (const draft of drafts.records) {
    const company = companies.records.find((record) => record.id === draft.companyId);
    const figures = await listFigures(db, draft.companyId);
    corrupt.push(...figures.corrupt);
    const edition = findEdition(draft.editionId) ?? LATEST_EDITION;
    const byYear = Object.fromEntries(figures.records.map((record) => [record.year, record.values]));
    const values = applicationValues(company?.profile ?? {}, byYear, draft.values, edition);
    summaries.push({ draft, company, issues: validateValues(values, { edition }) });
  }
  return { companies: companies.records, drafts: summaries, corrupt };
}

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
      setData(await loadDashboard(db));
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

  return { data, error, run };
}
