import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applicationValues, type FieldValue, fieldIndex } from '@/lib/catalog';
import { type ApplicationRecords, loadRecords } from '@/lib/drafts/application';
import { type Autosaver, createAutosaver, flushWhenPageHides } from '@/lib/store/autosave';
import { customFieldsView } from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import {
  type CompanyRecord,
  type CustomFieldRecord,
  type DraftRecord,
  type FiguresRecord,
  withValue,
} from '@/lib/store/records';
import { saveFigures } from '@/lib/store/repository';
import { saveCompanyWithRevision, saveDraftWithRevision } from '@/lib/store/revisions';
import { describeFailure, failureText } from '@/lib/text/failure';
import { validateValues } from '@/lib/validate';

export type { ApplicationRecords };

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

/**
 * One application open in the editor: the company profile, the figures of the edition's
 * fiscal year and the draft, each autosaved on its own as the user types.
 */
export function useApplication(db: Database, draftId: string) {
  const [records, setRecords] = useState<ApplicationRecords>();
  const [loadError, setLoadError] = useState<string>();
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const saversRef = useRef<Autosaver<unknown>[]>([]);
  const recordsRef = useRef<ApplicationRecords>(undefined);

  const savers = useMemo(() => {
    const onError = (what: string) => (error: unknown) =>
      setSaveState({
        kind: 'failed',
        message: `${what}未能保存（${failureText(error)}）请勿关闭页面，稍后会自动重试。`,
      });
    const onSaved = () =>
      setSaveState(saversRef.current.some((saver) => saver.pending) ? { kind: 'saving' } : { kind: 'saved' });
    const company = createAutosaver<CompanyRecord>({
      save: (record) => saveCompanyWithRevision(db, record),
      onSaved,
      onError: onError('单位资料'),
    });
    const figures = createAutosaver<FiguresRecord>({
      save: (record) => saveFigures(db, record),
      onSaved,
      onError: onError('年度经营数据'),
    });
    const draft = createAutosaver<DraftRecord>({
      save: (record) => saveDraftWithRevision(db, record),
      onSaved,
      onError: onError('项目草稿'),
    });
    saversRef.current = [company, figures, draft] as Autosaver<unknown>[];
    return { company, figures, draft };
  }, [db]);

  const flushAll = useCallback(async () => {
    await Promise.all(saversRef.current.map((saver) => saver.flush()));
  }, []);

  useEffect(() => {
    loadRecords(db, draftId)
      .then((loaded) => {
        recordsRef.current = loaded;
        setRecords(loaded);
      })
      .catch((error: unknown) => setLoadError(describeFailure('无法打开这份草稿', error)));
  }, [db, draftId]);

  useEffect(() => {
    const stop = flushWhenPageHides(window, flushAll);
    return () => {
      stop();
      void flushAll();
    };
  }, [flushAll]);

  const values = useMemo(
    () =>
      records
        ? applicationValues(
            records.company.profile,
            { [records.edition.fiscalYear]: records.figures.values },
            records.draft.values,
            records.edition,
          )
        : {},
    [records],
  );
  const custom = useMemo(() => customFieldsView(records?.custom ?? []), [records?.custom]);
  // The user's own fields count as the overview counts them (lib/drafts/summary.ts): the top
  // bar, the section navigation and the export preflight list their problems too.
  const issues = useMemo(
    () =>
      records
        ? validateValues(
            { ...values, ...custom.values },
            { edition: records.edition, extraFields: custom.fields },
          )
        : [],
    [records, values, custom],
  );

  /** The custom fields as CustomFieldsEditor last read them (it writes them itself). */
  const setCustom = useCallback((next: CustomFieldRecord[]) => {
    const current = recordsRef.current;
    if (!current) return;
    recordsRef.current = { ...current, custom: next };
    setRecords(recordsRef.current);
  }, []);

  const change = useCallback(
    (key: string, value: FieldValue | undefined) => {
      const current = recordsRef.current;
      const field = current && fieldIndex(current.edition).get(key);
      if (!current || !field) return;
      const now = Date.now();
      let next: ApplicationRecords;
      if (field.scope === 'company') {
        const company = {
          ...current.company,
          profile: withValue(current.company.profile, key, value),
          updatedAt: now,
        };
        savers.company.schedule(company);
        next = { ...current, company };
      } else if (field.scope === 'figures') {
        const figures = {
          ...current.figures,
          values: withValue(current.figures.values, key, value),
          updatedAt: now,
        };
        savers.figures.schedule(figures);
        next = { ...current, figures };
      } else {
        const draft = {
          ...current.draft,
          values: withValue(current.draft.values, key, value),
          updatedAt: now,
        };
        savers.draft.schedule(draft);
        next = { ...current, draft };
      }
      // The ref moves at once, so two edits before the next render both build on the latest state.
      recordsRef.current = next;
      setRecords(next);
      setSaveState({ kind: 'saving' });
    },
    [savers],
  );

  /** 恢复 a revision: pending edits are written first, then the chosen values as a new revision. */
  const restoreDraft = useCallback(
    async (draftValues: DraftRecord['values']) => {
      await flushAll();
      const current = recordsRef.current;
      if (!current) return;
      const now = Date.now();
      const draft = { ...current.draft, values: draftValues, updatedAt: now };
      await saveDraftWithRevision(db, draft, now, { separate: true });
      const next = { ...current, draft };
      recordsRef.current = next;
      setRecords(next);
    },
    [db, flushAll],
  );

  /** Ticks of the submission checklist, saved with the draft like its values. */
  const setChecklist = useCallback(
    (ticked: readonly string[]) => {
      const current = recordsRef.current;
      if (!current) return;
      const draft = { ...current.draft, checklist: [...ticked], updatedAt: Date.now() };
      savers.draft.schedule(draft);
      recordsRef.current = { ...current, draft };
      setRecords(recordsRef.current);
      setSaveState({ kind: 'saving' });
    },
    [savers],
  );

  return {
    records,
    loadError,
    values,
    custom,
    issues,
    change,
    setChecklist,
    setCustom,
    saveState,
    flushAll,
    restoreDraft,
  };
}
