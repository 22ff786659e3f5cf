import { useCallback, useEffect, useMemo, useState } from 'react';
import { FieldRow } from '@/components/editor/FieldRow';
import {
  type AttachmentRef,
  CUSTOM_FIELD_KINDS,
  CUSTOM_KIND_LABEL,
  type CustomFieldKind,
  customFieldDef,
  type FieldDef,
  type FieldValue,
  fieldsFor,
  LATEST_EDITION,
} from '@/lib/catalog';
import { type CustomFieldForm, parseCustomFieldForm } from '@/lib/drafts/custom-field-form';
import { judgeProofFile } from '@/lib/proofs';
import { addAttachment, attachmentRef } from '@/lib/store/attachments';
import {
  addCustomField,
  listCustomFields,
  removeCustomField,
  saveCustomField,
} from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import type { CustomFieldRecord } from '@/lib/store/records';
import { failureText } from '@/lib/text/failure';
import { isRequired, validateValues } from '@/lib/validate';

interface CustomFieldsEditorProps {
  db: Database;
  companyId: string;
  /** Given: the fields of this one draft (the draft editor); else the company's. */
  draftId?: string;
  /** Every field the draft (or company) sees, as last read: the draft editor counts their problems. */
  onRecordsChange?: (records: CustomFieldRecord[]) => void;
}

const EMPTY_FORM: CustomFieldForm = {
  label: '',
  aliases: '',
  kind: 'text',
  options: '',
  maxWords: '',
  required: false,
};

/**
 * 自定义栏目: the user's own fields and proofs (lib/catalog/custom.ts), add / edit / remove, on
 * the company (every draft sees them) or, with `draftId`, on one draft only.
 */
export function CustomFieldsEditor({ db, companyId, draftId, onRecordsChange }: CustomFieldsEditorProps) {
  const [records, setRecords] = useState<CustomFieldRecord[]>([]);
  /**
   * In the draft editor, the company's fields: their values are edited here too (as the
   * company's profile is in the draft editor), so a problem in the preflight can jump to them.
   */
  const [companyRecords, setCompanyRecords] = useState<CustomFieldRecord[]>([]);
  const [form, setForm] = useState<CustomFieldForm>(EMPTY_FORM);
  const [message, setMessage] = useState<string>();
  const reload = useCallback(async () => {
    const result = await listCustomFields(db, companyId, draftId);
    const own = (record: CustomFieldRecord) => record.draftId === draftId;
    setRecords(result.records.filter(own));
    setCompanyRecords(result.records.filter((record) => !own(record)));
    onRecordsChange?.(result.records);
    if (result.corrupt.length > 0) setMessage(`有 ${result.corrupt.length} 个自定义栏目已损坏，未能显示。`);
  }, [db, companyId, draftId, onRecordsChange]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const taken = useMemo(
    () =>
      new Set([
        ...fieldsFor(LATEST_EDITION).map((field) => field.label),
        ...records.map((record) => record.label),
        ...companyRecords.map((record) => record.label),
      ]),
    [records, companyRecords],
  );
  const titleId = draftId ? 'draft-custom-fields-title' : 'custom-fields-title';
  const seen = [...companyRecords, ...records];
  const fields = seen.map(customFieldDef);
  const values = Object.fromEntries(seen.map((record) => [`custom.${record.id}`, record.value]));
  const issues = validateValues(values, { edition: LATEST_EDITION, extraFields: fields }).filter((issue) =>
    issue.key.startsWith('custom.'),
  );
  const fieldOf = (record: CustomFieldRecord) => fields[seen.indexOf(record)];

  /** The value of one field: its files, or the editor row of its kind. */
  const valueRow = (record: CustomFieldRecord, field: FieldDef) =>
    record.kind === 'file' ? (
      <CustomFileRow db={db} companyId={companyId} record={record} onChange={(refs) => save(record, refs)} />
    ) : (
      <FieldRow
        field={field}
        value={record.value}
        issues={issues.filter((issue) => issue.key === field.key)}
        required={isRequired(field, values)}
        onChange={(_key, value) => save(record, value)}
      />
    );

  const save = async (record: CustomFieldRecord, value: FieldValue | undefined) => {
    const next = { ...record, value: value as CustomFieldRecord['value'] };
    if (value === undefined) delete next.value;
    try {
      await saveCustomField(db, next);
      setMessage(undefined);
    } catch (error) {
      console.error('[shenbao] saving a custom field failed', error);
      setMessage(`「${record.label}」未能保存，请检查填写内容后重试。`);
    }
    await reload();
  };

  return (
    <section
      className="section-editor"
      aria-labelledby={titleId}
      data-testid={draftId ? 'section:draft-custom-fields' : 'section:custom-fields'}
    >
      <header className="section-editor__header">
        <h3 id={titleId}>{draftId ? '本草稿的自定义栏目' : '自定义栏目'}</h3>
        <span>
          {draftId
            ? '只属于这份申报的栏目（如某个省级系统的专门问题）；所有草稿通用的栏目请在单位资料中添加。'
            : '申报网站问到、资料库里又没有的栏目，在这里添加一次，以后填充时按名称自动填入。'}
        </span>
      </header>
      {message && (
        <p role="alert" className="issue issue--error">
          {message}
        </p>
      )}
      {companyRecords.length > 0 && (
        <div className="custom-field__company" data-testid="company-custom-fields">
          <h4>单位资料中的自定义栏目（所有草稿通用，栏目定义请在单位资料中修改）</h4>
          {companyRecords.map((record) => {
            const field = fieldOf(record);
            if (!field) return null;
            return (
              <div
                key={record.id}
                className="custom-field"
                data-testid={`company-custom-field:${record.label}`}
              >
                {valueRow(record, field)}
                <span className="custom-field__meta">{CUSTOM_KIND_LABEL[record.kind]}</span>
              </div>
            );
          })}
        </div>
      )}
      {records.map((record) => {
        const field = fieldOf(record);
        if (!field) return null;
        return (
          <div key={record.id} className="custom-field" data-testid={`custom-field:${record.label}`}>
            {valueRow(record, field)}
            <span className="custom-field__meta">
              {CUSTOM_KIND_LABEL[record.kind]}
              {record.aliases.length > 0 ? ` · 别名：${record.aliases.join('、')}` : ''}
              {record.capturedFrom ? ` · 取自 ${record.capturedFrom}` : ''}
            </span>
            <label>
              <input
                type="checkbox"
                checked={record.required}
                onChange={(event) =>
                  saveCustomField(db, { ...record, required: event.target.checked }).then(reload)
                }
              />
              必填
            </label>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(`删除栏目「${record.label}」及其填写内容？`))
                  void removeCustomField(db, record.id).then(reload);
              }}
            >
              删除
            </button>
          </div>
        );
      })}
      <form
        className="custom-field-form"
        data-testid="custom-field-add"
        onSubmit={async (event) => {
          event.preventDefault();
          const parsed = parseCustomFieldForm(form, taken);
          if (!parsed.ok) {
            setMessage(parsed.message);
            return;
          }
          await addCustomField(db, { companyId, ...(draftId ? { draftId } : {}), ...parsed.field });
          setForm(EMPTY_FORM);
          setMessage(undefined);
          await reload();
        }}
      >
        <label>
          栏目名称
          <input value={form.label} onChange={(event) => setForm({ ...form, label: event.target.value })} />
        </label>
        <label>
          别名（可选，用顿号隔开）
          <input
            value={form.aliases}
            onChange={(event) => setForm({ ...form, aliases: event.target.value })}
          />
        </label>
        <label>
          类型
          <select
            value={form.kind}
            onChange={(event) => setForm({ ...form, kind: event.target.value as CustomFieldKind })}
          >
            {CUSTOM_FIELD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CUSTOM_KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </label>
        {form.kind === 'choice' && (
          <label>
            选项（用顿号隔开）
            <input
              value={form.options}
              onChange={(event) => setForm({ ...form, options: event.target.value })}
            />
          </label>
        )}
        {form.kind === 'longText' && (
          <label>
            字数上限（可选）
            <input
              inputMode="numeric"
              value={form.maxWords}
              onChange={(event) => setForm({ ...form, maxWords: event.target.value })}
            />
          </label>
        )}
        <label>
          <input
            type="checkbox"
            checked={form.required}
            onChange={(event) => setForm({ ...form, required: event.target.checked })}
          />
          必填（计入完成度）
        </label>
        <button type="submit">添加栏目</button>
      </form>
    </section>
  );
}

interface CustomFileRowProps {
  db: Database;
  companyId: string;
  record: CustomFieldRecord;
  onChange: (refs: AttachmentRef[] | undefined) => Promise<void>;
}

/** A file field: the stored files by name, one more from disk, remove one. */
function CustomFileRow({ db, companyId, record, onChange }: CustomFileRowProps) {
  const refs = Array.isArray(record.value) ? record.value : [];
  const [problem, setProblem] = useState<string>();
  return (
    <div className="field-row">
      <span className="field-row__label">{record.label}</span>
      <div className="field-row__control">
        <ul>
          {refs.map((ref, index) => (
            <li key={ref.id ?? ref.name}>
              {ref.name}
              {ref.id ? '' : '（文件不在本机，请重新上传）'}
              <button
                type="button"
                onClick={() => {
                  const next = refs.filter((_, position) => position !== index);
                  void onChange(next.length > 0 ? next : undefined);
                }}
              >
                移除
              </button>
            </li>
          ))}
        </ul>
        <label className="file-button">
          上传文件
          <input
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-label={`上传${record.label}`}
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (!file) return;
              try {
                // The same rule as the 申报书's own proofs: judged by the bytes, not the name.
                const judged = await judgeProofFile(file);
                if (!judged.ok) {
                  setProblem(judged.message);
                  return;
                }
                const stored = await addAttachment(db, {
                  companyId,
                  requirementKey: `custom.${record.id}`,
                  name: file.name,
                  type: judged.type,
                  blob: file,
                  ...(judged.pages ? { pages: judged.pages } : {}),
                });
                await onChange([...refs, attachmentRef(stored)]);
                setProblem(undefined);
              } catch (reason) {
                console.error('[shenbao] storing a custom field file failed', reason);
                setProblem(`「${file.name}」未能保存：${failureText(reason)}`);
              }
            }}
          />
        </label>
        {problem && <p role="alert">{problem}</p>}
      </div>
    </div>
  );
}
