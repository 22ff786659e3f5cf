import { useCallback, useEffect, useId, useState } from 'react';
import type { AttachmentRef, Edition, FieldValue, FieldValues } from '@/lib/catalog';
import { fieldIndex, fieldsFor } from '@/lib/catalog';
import { DEFAULT_PROOF_RULES, judgeProofFile, proofYear } from '@/lib/proofs';
import {
  addAttachment,
  attachmentRef,
  listAttachments,
  previewableBlob,
  readAttachmentBlob,
} from '@/lib/store/attachments';
import type { Database } from '@/lib/store/db';
import type { AttachmentRecord } from '@/lib/store/records';
import { failureText } from '@/lib/text/failure';
import { type Issue, isRequired } from '@/lib/validate';

interface AttachmentChecklistProps {
  db: Database;
  companyId: string;
  edition: Edition;
  values: FieldValues;
  issues: readonly Issue[];
  onChange: (key: string, value: FieldValue | undefined) => void;
}

const refsOf = (value: FieldValue | undefined): AttachmentRef[] =>
  Array.isArray(value)
    ? (value as AttachmentRef[]).filter((ref) => typeof ref === 'object' && ref !== null)
    : [];

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * 附1–附3 as a checklist: what the edition requires, what is attached (name, size, year),
 * what is missing or stale. Files are stored once per company and reused across drafts.
 */
export function AttachmentChecklist({
  db,
  companyId,
  edition,
  values,
  issues,
  onChange,
}: AttachmentChecklistProps) {
  const [files, setFiles] = useState<AttachmentRecord[]>([]);
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    setFiles((await listAttachments(db, companyId)).records);
  }, [db, companyId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const byKey = fieldIndex(edition);
  // 附1–附3 as printed, then the common proofs beyond the 申报书 (营业执照 ...), never required.
  const items = [
    ...edition.attachments.map((requirement) => ({
      key: requirement.key,
      title: `${requirement.appendix}-${requirement.item} ${requirement.label}`,
      proof: requirement.proof,
      yearHint: requirement.fiscalYearBound ? edition.fiscalYear : undefined,
    })),
    ...fieldsFor(edition)
      .filter((field) => field.extra && field.kind === 'attachment')
      .map((field) => ({
        key: field.key,
        title: `其他常用 · ${field.label}`,
        proof: field.hint?.replace(/^（|）$/g, '') ?? field.label,
        yearHint: undefined,
      })),
  ];

  return (
    <section className="section-editor" aria-labelledby="attachments-title" data-testid="section:attachments">
      <header className="section-editor__header">
        <h3 id="attachments-title">附件（证明材料）</h3>
      </header>
      {error && (
        <p role="alert" className="issue issue--error">
          {error}
        </p>
      )}
      <ul className="attachment-list">
        {items.map((requirement) => {
          const field = byKey.get(requirement.key);
          const attached = refsOf(values[requirement.key]);
          const needed = field ? isRequired(field, values) : false;
          return (
            <AttachmentItem
              key={requirement.key}
              title={requirement.title}
              proof={requirement.proof}
              needed={needed}
              yearHint={requirement.yearHint}
              attached={attached}
              stored={files}
              issues={issues.filter((issue) => issue.key === requirement.key)}
              testId={requirement.key}
              onAttach={async (file, typedYear) => {
                const judged = await judgeProofFile(file, edition.proofRules ?? DEFAULT_PROOF_RULES);
                if (!judged.ok) {
                  setError(judged.message);
                  return;
                }
                const suggested = requirement.yearHint;
                const year = proofYear({ typed: typedYear, suggested, fileName: file.name });
                try {
                  const record = await addAttachment(db, {
                    companyId,
                    requirementKey: requirement.key,
                    name: file.name,
                    type: judged.type,
                    blob: file,
                    ...(year ? { year } : {}),
                    ...(judged.pages ? { pages: judged.pages } : {}),
                  });
                  onChange(requirement.key, [...attached, attachmentRef(record)]);
                  setError(undefined);
                  await reload();
                } catch (reason) {
                  console.error('[shenbao] storing a proof failed', reason);
                  setError(`「${file.name}」未能保存：${failureText(reason)}`);
                }
              }}
              onReuse={(record) => onChange(requirement.key, [...attached, attachmentRef(record)])}
              onRemove={(index) => {
                const next = attached.filter((_, position) => position !== index);
                onChange(requirement.key, next.length > 0 ? next : undefined);
              }}
              onPreview={async (ref) => {
                const blob = ref.id ? await readAttachmentBlob(db, ref.id) : undefined;
                if (!blob) {
                  setError(`「${ref.name}」的文件不在本机，请重新上传。`);
                  return;
                }
                const shown = await previewableBlob(blob);
                if (!shown) {
                  setError(`「${ref.name}」不是 PDF 或图片，不能预览。请重新上传扫描件。`);
                  return;
                }
                window.open(URL.createObjectURL(shown), '_blank', 'noopener');
              }}
            />
          );
        })}
      </ul>
    </section>
  );
}

interface AttachmentItemProps {
  title: string;
  proof: string;
  needed: boolean;
  yearHint: number | undefined;
  attached: readonly AttachmentRef[];
  stored: readonly AttachmentRecord[];
  issues: readonly Issue[];
  testId: string;
  onAttach: (file: File, typedYear: string) => Promise<void>;
  onReuse: (record: AttachmentRecord) => void;
  onRemove: (index: number) => void;
  onPreview: (ref: AttachmentRef) => Promise<void>;
}

function AttachmentItem(props: AttachmentItemProps) {
  const { title, proof, needed, yearHint, attached, stored, issues, testId } = props;
  const id = useId();
  const [year, setYear] = useState(yearHint ? String(yearHint) : '');
  const attachedIds = new Set(attached.map((ref) => ref.id));
  const reusable = stored.filter((record) => !attachedIds.has(record.id));
  const recordOf = (ref: AttachmentRef) => stored.find((record) => record.id === ref.id);
  const state = attached.length > 0 ? 'attached' : needed ? 'missing' : 'optional';
  return (
    <li className={`attachment-item attachment-item--${state}`} data-testid={`attachment:${testId}`}>
      <div className="attachment-item__head">
        <strong>{title}</strong>
        <span className="attachment-item__state">
          {state === 'attached' ? '已附' : state === 'missing' ? '缺少' : '可不附'}
        </span>
      </div>
      <p className="field-row__hint">（{proof}）</p>
      {attached.length > 0 && (
        <ul className="attachment-item__files">
          {attached.map((ref, index) => {
            const record = recordOf(ref);
            return (
              <li key={ref.id ?? ref.name}>
                {ref.name}
                {record ? ` · ${formatSize(record.size)}` : ''}
                {record?.pages ? ` · ${record.pages} 页` : ''}
                {ref.year ? ` · ${ref.year}年` : ''}{' '}
                <button type="button" className="link-button" onClick={() => void props.onPreview(ref)}>
                  预览
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`移除「${ref.name}」`}
                  onClick={() => props.onRemove(index)}
                >
                  移除
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {issues.length > 0 && (
        <ul className="field-row__issues" data-testid={`issues:${testId}`}>
          {issues.map((issue) => (
            <li key={`${issue.code}:${issue.message}`} className={`issue issue--${issue.severity}`}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <div className="attachment-item__actions">
        <label htmlFor={`${id}-year`}>材料年份</label>
        <input
          id={`${id}-year`}
          className="attachment-item__year"
          inputMode="numeric"
          value={year}
          onChange={(event) => setYear(event.target.value)}
        />
        <label className="file-button">
          上传文件
          <input
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            data-testid={`attach:${testId}`}
            onChange={(event) => {
              const input = event.currentTarget;
              const chosen = [...(input.files ?? [])];
              input.value = '';
              void (async () => {
                for (const file of chosen) await props.onAttach(file, year);
              })();
            }}
          />
        </label>
        {reusable.length > 0 && (
          <>
            <label htmlFor={`${id}-reuse`}>或选用已有文件</label>
            <select
              id={`${id}-reuse`}
              value=""
              onChange={(event) => {
                const record = reusable.find((item) => item.id === event.target.value);
                if (record) props.onReuse(record);
              }}
            >
              <option value="">请选择</option>
              {reusable.map((record) => (
                <option key={record.id} value={record.id}>
                  {record.name}
                  {record.year ? `（${record.year}年）` : ''}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
    </li>
  );
}
