import { useState } from 'react';
import { SubmissionChecklist } from '@/components/checklist/SubmissionChecklist';
import { CustomFieldsEditor } from '@/components/company/CustomFieldsEditor';
import { fieldsFor, SECTIONS } from '@/lib/catalog';
import { printViewPath } from '@/lib/docx/print-view';
import type { Database } from '@/lib/store/db';
import { AttachmentChecklist } from './AttachmentChecklist';
import { ExportDocxButton } from './ExportDocxButton';
import { RevisionsPanel } from './RevisionsPanel';
import { SectionEditor } from './SectionEditor';
import { SectionNav } from './SectionNav';
import { useApplication } from './useApplication';
import './editor.css';

interface ApplicationEditorProps {
  db: Database;
  draftId: string;
  onClose: () => void;
}

/** 「打印全部」: the print view of the draft in a tab of its own (an extension page). */
function openPrintView(draftId: string, isoDate: string): void {
  window.open(new URL(printViewPath(draftId, isoDate), location.href).href, '_blank');
}

/** The whole 申报书 of one draft, section by section, checked as the user types. */
export function ApplicationEditor({ db, draftId, onClose }: ApplicationEditorProps) {
  const {
    records,
    loadError,
    values,
    custom,
    issues,
    change,
    setChecklist,
    setCustom,
    saveState,
    restoreDraft,
    flushAll,
  } = useApplication(db, draftId);
  const [showRevisions, setShowRevisions] = useState(false);
  // An empty cell the user has not reached yet is not an error to shout about while typing;
  // 「显示全部问题」 lists them all (format errors always show).
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  if (loadError) return <p role="alert">{loadError}</p>;
  if (!records) return <p>正在打开草稿…</p>;
  const fields = fieldsFor(records.edition).filter((field) => field.kind !== 'attachment');
  const shownIssues = issues.filter(
    (issue) => showAll || issue.code !== 'required' || touched.has(issue.key),
  );
  const onChange = (key: string, value: Parameters<typeof change>[1]) => {
    if (!touched.has(key)) setTouched(new Set([...touched, key]));
    change(key, value);
  };
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <div className="application-editor" data-testid="application-editor">
      <div className="application-editor__bar">
        <button type="button" onClick={onClose}>
          返回列表
        </button>
        <span>
          {records.edition.year}年{records.edition.programme} · 经营数据取 {records.edition.fiscalYear} 年
        </span>
        <span data-testid="save-state" role={saveState.kind === 'failed' ? 'alert' : 'status'}>
          {saveState.kind === 'saved'
            ? '已自动保存'
            : saveState.kind === 'saving'
              ? '正在保存…'
              : saveState.message}
        </span>
        <span
          data-testid="submit-readiness"
          className={errors > 0 ? 'status status--error' : 'status status--ok'}
        >
          {errors > 0 ? `还有 ${errors} 个错误` : '可以提交'}
          {warnings > 0 ? `，${warnings} 个提醒` : ''}
        </span>
        <label className="application-editor__toggle">
          <input
            type="checkbox"
            data-testid="show-all-issues"
            checked={showAll}
            onChange={(event) => setShowAll(event.target.checked)}
          />
          显示全部问题
        </label>
        <button
          type="button"
          className="button--secondary"
          data-testid="revisions-open"
          aria-expanded={showRevisions}
          onClick={() => setShowRevisions(!showRevisions)}
        >
          历史版本
        </button>
        <ExportDocxButton
          edition={records.edition}
          values={values}
          checklist={records.draft.checklist ?? []}
          custom={custom}
          onDateChange={(date) => change('project.applicationDate', date)}
          loadProofs={(values) =>
            Promise.all([import('@/lib/docx/proofs'), import('@/lib/runtime/pdf-render')]).then(
              ([{ loadProofContents }, { renderPdfPages }]) =>
                loadProofContents(db, records.edition, values, { renderPdf: renderPdfPages }),
            )
          }
          // The print view reads the draft from the store: write pending edits first (a flush
          // takes milliseconds, well within the click's activation for opening a tab).
          onPrintAll={(date) =>
            void flushAll()
              // A failed save is shown in the bar; the view then prints what is stored.
              .catch(() => undefined)
              .then(() => openPrintView(draftId, date))
          }
        />
        <SectionNav edition={records.edition} issues={issues} />
      </div>
      {showRevisions && (
        <RevisionsPanel
          db={db}
          draftId={draftId}
          edition={records.edition}
          current={records.draft.values}
          onRestore={restoreDraft}
          onClose={() => setShowRevisions(false)}
        />
      )}
      <SubmissionChecklist
        edition={records.edition}
        ticked={records.draft.checklist ?? []}
        onChange={setChecklist}
      />
      {SECTIONS.filter((section) => section.id !== 'attachments').map((section) => (
        <SectionEditor
          key={section.id}
          id={section.id}
          title={section.title}
          fields={fields.filter((field) => field.section === section.id)}
          values={values}
          issues={shownIssues}
          onChange={onChange}
        />
      ))}
      <CustomFieldsEditor
        db={db}
        companyId={records.company.id}
        draftId={draftId}
        onRecordsChange={setCustom}
      />
      <AttachmentChecklist
        db={db}
        companyId={records.company.id}
        edition={records.edition}
        values={values}
        issues={shownIssues}
        onChange={onChange}
      />
    </div>
  );
}
