import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react';
import { describeError, UserError } from '@/lib/errors';
import type { DocumentImport, PreviewRow } from '@/lib/import';
import type { Database } from '@/lib/store/db';
import type { CompanyRecord } from '@/lib/store/records';
import { ImportPreview, type TargetChoice } from './ImportPreview';
import './import.css';

/** The import code (zip, XML, the matcher's tables) loads only when a file is chosen. */
const loadImport = () => import('@/lib/import');

interface DocumentImportPanelProps {
  db: Database;
  companies: readonly CompanyRecord[];
  /** Called after an import wrote to the store, so the dashboard reloads. */
  onChanged: () => void;
}

interface Message {
  kind: 'error' | 'success';
  text: string;
}

const nameOf = (values: DocumentImport['company']) => {
  const name = values['company.name'];
  return typeof name === 'string' ? name.trim() : '';
};

/** The company a file most likely belongs to: the one with its 单位名称, else none (a new one). */
function defaultTarget(result: DocumentImport, companies: readonly CompanyRecord[]): TargetChoice {
  const name = nameOf(result.company);
  const same = companies.find((company) => name && nameOf(company.profile) === name);
  if (same) return same.id;
  return result.kind === 'sheet' ? (companies[0]?.id ?? 'new') : 'new';
}

/**
 * 导入往年申报书或数据表 (contract 5): a filled 申报书 (.docx) or a figures sheet (.xlsx/.csv),
 * from the button or dropped anywhere on the dashboard; a preview; stored on confirm only.
 */
export function DocumentImportPanel({ db, companies, onChanged }: DocumentImportPanelProps) {
  const [busy, setBusy] = useState<'read' | 'import'>();
  const [pending, setPending] = useState<DocumentImport>();
  const [target, setTarget] = useState<TargetChoice>('new');
  const [rows, setRows] = useState<PreviewRow[]>([]);
  const [message, setMessage] = useState<Message>();
  const [dragging, setDragging] = useState(false);
  const headingId = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  async function readFile(file: File) {
    setBusy('read');
    setPending(undefined);
    setMessage(undefined);
    try {
      const { readImportBlob } = await loadImport();
      const result = await readImportBlob(file);
      setTarget(defaultTarget(result, companies));
      setPending(result);
    } catch (error) {
      if (!(error instanceof UserError)) console.error('[shenbao] reading an import file failed', error);
      setMessage({
        kind: 'error',
        text:
          error instanceof UserError
            ? `未导入「${file.name}」，本地数据没有改动。${error.message}`
            : `读取「${file.name}」出错，本地数据没有改动。请把这段说明发给开发者：${describeError(error)}`,
      });
    } finally {
      setBusy(undefined);
    }
  }

  // The preview's rows, against the company the user chose (its current values are replaced).
  useEffect(() => {
    if (!pending) return;
    let current = true;
    loadImport()
      .then(async ({ previewRows, readExisting }) => {
        const existing = target === 'new' ? undefined : await readExisting(db, target);
        if (current) setRows(previewRows(pending, existing));
      })
      .catch((error: unknown) => {
        console.error('[shenbao] import preview failed', error);
        if (current) setMessage({ kind: 'error', text: `读取本地单位资料出错：${describeError(error)}` });
      });
    return () => {
      current = false;
    };
  }, [db, pending, target]);

  // Drag and drop onto the whole dashboard.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void readFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again is a new import
    if (file) void readFile(file);
  }

  async function confirm() {
    if (!pending) return;
    setBusy('import');
    try {
      const { applyDocumentImport } = await loadImport();
      const applied = await applyDocumentImport(
        db,
        pending,
        target === 'new' ? { mode: 'new' } : { mode: 'update', companyId: target },
      );
      const company =
        target === 'new'
          ? `新建了单位「${nameOf(pending.company)}」`
          : `更新了单位「${nameOf(companies.find((item) => item.id === target)?.profile ?? {})}」`;
      const draft = applied.draftId ? `，新建了 ${pending.editionId} 年的项目草稿` : '';
      setMessage({
        kind: 'success',
        text: `已导入「${pending.fileName}」：${company}${draft}，共 ${rows.length} 项。`,
      });
      setPending(undefined);
      onChanged();
    } catch (error) {
      if (!(error instanceof UserError)) console.error('[shenbao] storing an import failed', error);
      setMessage({
        kind: 'error',
        text:
          error instanceof UserError
            ? error.message
            : `导入失败，本地数据没有任何改动。请把这段说明发给开发者：${describeError(error)}`,
      });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section
      aria-labelledby={headingId}
      className={`dashboard__card document-import${dragging ? ' document-import--dragging' : ''}`}
      aria-busy={busy !== undefined}
    >
      <h2 id={headingId}>导入往年申报书或数据表</h2>
      <p>
        选择去年填好的申报书（.docx）或年度经营数据表（.xlsx、.csv），也可以直接把文件拖到工作台上。
        导入前会列出读到的每一项和它在文件中的位置，确认后才保存。
      </p>
      <div className="backup-panel__actions">
        <label className="file-button">
          {busy === 'read' ? '正在读取…' : '选择文件导入'}
          <input
            ref={fileInput}
            type="file"
            accept=".docx,.xlsx,.csv,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            data-testid="document-import"
            disabled={busy !== undefined}
            onChange={chooseFile}
          />
        </label>
      </div>
      {pending && (
        <ImportPreview
          result={pending}
          rows={rows}
          companies={companies}
          target={target}
          onTarget={setTarget}
          busy={busy !== undefined}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setPending(undefined);
            setMessage({ kind: 'success', text: '已取消导入，本地数据没有改动。' });
          }}
        />
      )}
      {message && (
        <div
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="document-import-message"
          className={message.kind === 'error' ? 'dashboard__error' : 'backup-message backup-message--ok'}
        >
          {message.text}
        </div>
      )}
    </section>
  );
}
