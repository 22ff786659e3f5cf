import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldValue, findEdition } from '@/lib/catalog';
import { neededFiscalYears } from '@/lib/drafts/first-run';
import { type Autosaver, createAutosaver, flushWhenPageHides } from '@/lib/store/autosave';
import type { Database } from '@/lib/store/db';
import { type CompanyRecord, companyRecordSchema, type FiguresRecord, withValue } from '@/lib/store/records';
import { listDrafts, listFigures, saveFigures } from '@/lib/store/repository';
import { saveCompanyWithRevision } from '@/lib/store/revisions';
import { describeFailure, failureText } from '@/lib/text/failure';

export interface CompanyState {
  company: CompanyRecord;
  figures: FiguresRecord[];
  /** Fiscal years the company's drafts need (2019 for a 2020 draft): shown even when empty. */
  neededYears: number[];
}

/** A company profile and its figures by year, each autosaved as the user types. */
export function useCompany(db: Database, companyId: string) {
  const [state, setState] = useState<CompanyState>();
  const [message, setMessage] = useState<string>();
  /** True while an edit is waiting or being written (the bar shows 正在保存… / 已自动保存). */
  const [saving, setSaving] = useState(false);
  const stateRef = useRef<CompanyState>(undefined);
  const figureSavers = useRef(new Map<number, Autosaver<FiguresRecord>>());
  const companySaverRef = useRef<Autosaver<CompanyRecord>>(undefined);
  const onSaved = useCallback(() => {
    setMessage(undefined);
    const savers = [companySaverRef.current, ...figureSavers.current.values()];
    setSaving(savers.some((saver) => saver?.pending));
  }, []);

  const companySaver = useMemo(() => {
    const saver = createAutosaver<CompanyRecord>({
      save: (record) => saveCompanyWithRevision(db, record),
      onError: (error) => setMessage(`单位资料未能保存（${failureText(error)}）稍后会自动重试。`),
      onSaved,
    });
    companySaverRef.current = saver;
    return saver;
  }, [db, onSaved]);
  const figureSaver = useCallback(
    (year: number) => {
      let saver = figureSavers.current.get(year);
      if (!saver) {
        saver = createAutosaver<FiguresRecord>({
          save: (record) => saveFigures(db, record),
          onError: (error) =>
            setMessage(`${year} 年经营数据未能保存（${failureText(error)}）稍后会自动重试。`),
          onSaved,
        });
        figureSavers.current.set(year, saver);
      }
      return saver;
    },
    [db, onSaved],
  );

  const flushAll = useCallback(async () => {
    await Promise.all([
      companySaver.flush(),
      ...[...figureSavers.current.values()].map((saver) => saver.flush()),
    ]);
  }, [companySaver]);

  useEffect(() => {
    (async () => {
      const company = companyRecordSchema.parse(await db.get('companies', companyId));
      const figures = (await listFigures(db, companyId)).records.toSorted((a, b) => a.year - b.year);
      const editions = (await listDrafts(db, companyId)).records.flatMap(
        (draft) => findEdition(draft.editionId) ?? [],
      );
      stateRef.current = { company, figures, neededYears: neededFiscalYears(editions) };
      setState(stateRef.current);
    })().catch((error: unknown) => setMessage(describeFailure('无法打开单位资料', error)));
  }, [db, companyId]);

  useEffect(() => {
    const stop = flushWhenPageHides(window, flushAll);
    return () => {
      stop();
      void flushAll();
    };
  }, [flushAll]);

  const commit = (next: CompanyState) => {
    stateRef.current = next;
    setState(next);
    setSaving(true);
  };

  const changeProfile = (key: string, value: FieldValue | undefined) => {
    const current = stateRef.current;
    if (!current) return;
    const company = {
      ...current.company,
      profile: withValue(current.company.profile, key, value),
      updatedAt: Date.now(),
    };
    companySaver.schedule(company);
    commit({ ...current, company });
  };

  const changeFigure = (year: number, key: string, value: FieldValue | undefined) => {
    const current = stateRef.current;
    if (!current) return;
    const existing = current.figures.find((record) => record.year === year);
    const base = existing ?? { companyId, year, values: {}, updatedAt: 0 };
    const record = { ...base, values: withValue(base.values, key, value), updatedAt: Date.now() };
    figureSaver(year).schedule(record);
    const figures = [...current.figures.filter((item) => item.year !== year), record].toSorted(
      (a, b) => a.year - b.year,
    );
    commit({ ...current, figures });
  };

  const addYear = (year: number) => {
    const current = stateRef.current;
    if (!current || current.figures.some((record) => record.year === year)) return;
    const record = { companyId, year, values: {}, updatedAt: Date.now() };
    figureSaver(year).schedule(record);
    commit({ ...current, figures: [...current.figures, record].toSorted((a, b) => a.year - b.year) });
  };

  return { state, message, saving, changeProfile, changeFigure, addYear, flushAll };
}
