import { type ChangeEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import browser from 'webextension-polyfill';
import {
  backupFileName,
  collectBackup,
  describeBackupCounts,
  describeSkipped,
  serializeBackup,
} from '@/lib/backup/export';
import { BACKUP_KINDS, type BackupFile, KIND_LABEL, MAX_BACKUP_BYTES } from '@/lib/backup/format';
import {
  applyImport,
  checkBackupSize,
  describePlan,
  type ImportPlan,
  parseBackup,
  previewImport,
} from '@/lib/backup/import';
import { type Database, openDatabase } from '@/lib/store/db';
import './backup.css';
import { describeFailure } from '@/lib/text/failure';

interface BackupPanelProps {
  /** Called after an import wrote to the store, so the dashboard reloads. */
  onChanged: () => void;
}

interface Message {
  kind: 'error' | 'success';
  text: string;
  details?: string[];
}

interface PendingImport {
  fileName: string;
  backup: BackupFile;
  plan: ImportPlan;
}

/** Names shown per kind in the preview; the rest is counted. */
const NAMES_SHOWN = 12;

function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    // Outside the extension (the dashboard opened as a plain page in development) there is no manifest.
    return 'unknown';
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Hands a text to the browser as a download through an <a download> (Playwright sees it as
 * one); returns the file's size in bytes.
 */
function download(text: string, fileName: string): number {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Chromium; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob.size;
}

/**
 * 备份与恢复 (docs/architecture.md, contract 4): export everything, attachments included, to
 * one JSON file; import one with a preview of what will be added or replaced. Format:
 * docs/backup-format.md.
 */
export function BackupPanel({ onChanged }: BackupPanelProps) {
  const [db, setDb] = useState<Database>();
  const [busy, setBusy] = useState<'export' | 'read' | 'import'>();
  const [pending, setPending] = useState<PendingImport>();
  const [message, setMessage] = useState<Message>();
  const inputId = useId();
  const headingId = useId();
  const previewHeading = useRef<HTMLLegendElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let opened: Database | undefined;
    let cancelled = false;
    openDatabase()
      .then((database) => {
        if (cancelled) database.close();
        else {
          opened = database;
          setDb(database);
        }
      })
      .catch((reason: unknown) =>
        setMessage({ kind: 'error', text: describeFailure('无法打开本地数据库', reason) }),
      );
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, []);

  useEffect(() => {
    if (pending) previewHeading.current?.focus();
  }, [pending]);

  async function exportAll() {
    if (!db) return;
    setBusy('export');
    setMessage(undefined);
    try {
      const now = new Date();
      const { backup, skipped } = await collectBackup(db, now, { appVersion: appVersion() });
      const fileName = backupFileName(now);
      const bytes = download(serializeBackup(backup), fileName);
      // docs/backup-format.md, Limits: an import reads at most MAX_BACKUP_BYTES.
      const tooLarge =
        bytes > MAX_BACKUP_BYTES
          ? `注意：这个文件有 ${megabytes(bytes)}，超过了导入的上限 ${MAX_BACKUP_BYTES / 1024 / 1024} MB，以后无法导入。请删除不再需要的证明材料后重新导出。`
          : '';
      setMessage({
        kind: skipped.length > 0 || tooLarge ? 'error' : 'success',
        text:
          `已导出 ${fileName}：${describeBackupCounts(backup)}。${tooLarge}` +
          (skipped.length > 0 ? `另有 ${skipped.length} 条本地记录无法放进备份，未导出：` : ''),
        details: describeSkipped(skipped),
      });
    } catch (reason) {
      setMessage({ kind: 'error', text: describeFailure('导出失败', reason) });
    } finally {
      setBusy(undefined);
    }
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file || !db) return;
    setBusy('read');
    setPending(undefined);
    setMessage(undefined);
    const refuse = (text: string, problems: readonly string[] = []) =>
      setMessage({
        kind: 'error',
        text: `未导入「${file.name}」，本地数据没有改动。${text}`,
        details: problems.length > 1 ? [...problems] : undefined,
      });
    try {
      // Checked before reading: a file too large for the import is never loaded into memory.
      const tooLarge = checkBackupSize(file.size);
      if (tooLarge) {
        refuse(tooLarge);
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (reason) {
        console.error('[shenbao] reading a backup file failed', reason);
        refuse('无法读取这个文件：它可能已被移动、删除或正被其他程序占用。请重新选择文件。');
        return;
      }
      const parsed = parseBackup(text);
      if (!parsed.ok) {
        refuse(parsed.message, parsed.problems);
        return;
      }
      const preview = await previewImport(db, parsed.backup);
      if (!preview.ok) {
        refuse(preview.message, preview.problems);
        return;
      }
      setPending({ fileName: file.name, backup: parsed.backup, plan: preview.plan });
    } catch (reason) {
      console.error('[shenbao] backup preview failed', reason);
      refuse('读取本机数据时出错。请刷新页面后重试；如果仍然失败，请把备份文件和操作步骤告诉开发者。');
    } finally {
      input.value = ''; // choosing the same file again is a new import
      setBusy(undefined);
    }
  }

  async function confirmImport() {
    if (!db || !pending) return;
    setBusy('import');
    try {
      const result = await applyImport(db, pending.backup);
      if (result.ok) {
        const pruned =
          result.prunedRevisions > 0
            ? `为保持每份草稿最多 50 个历史版本，删除了 ${result.prunedRevisions} 个最早的版本。`
            : '';
        setMessage({
          kind: 'success',
          text: `已导入「${pending.fileName}」：${describePlan(result.plan, 'past')}${pruned}`,
        });
        onChanged();
      } else {
        setMessage({
          kind: 'error',
          text: result.message,
          details: result.problems.length > 1 ? result.problems : undefined,
        });
      }
    } catch (reason) {
      console.error('[shenbao] backup import failed', reason);
      setMessage({
        kind: 'error',
        text: '导入失败，本地数据没有任何改动：浏览器的本地数据库没有接受这次写入。请刷新页面后重试；如果仍然失败，请把备份文件和操作步骤告诉开发者。',
      });
    } finally {
      setPending(undefined);
      setBusy(undefined);
      // After the re-render that enables the input again.
      setTimeout(() => fileInput.current?.focus(), 0);
    }
  }

  function cancelImport() {
    setPending(undefined);
    setMessage({ kind: 'success', text: '已取消导入，本地数据没有改动。' });
    fileInput.current?.focus();
  }

  function onPreviewKey(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key === 'Escape') cancelImport();
  }

  return (
    <section
      aria-labelledby={headingId}
      className="dashboard__card backup-panel"
      aria-busy={busy !== undefined}
    >
      <h2 id={headingId}>备份与恢复</h2>
      <p>
        {'把单位资料、年度数据、项目草稿、证明材料文件、历史版本和设置导出为一个文件，换电脑或重装浏览器后再导入。' +
          '导入前会先列出将新增和将覆盖的内容；文件有任何问题都不会改动本地数据。'}
      </p>
      <div className="backup-panel__actions">
        <button
          type="button"
          data-testid="backup-export"
          disabled={!db || busy !== undefined}
          onClick={() => void exportAll()}
        >
          {busy === 'export' ? '正在导出…' : '导出备份'}
        </button>
        {/* The native chooser would say "Choose File" in the browser's language: a labelled
            button in Chinese sits on top, with the real input transparent over it. */}
        <label className="file-button">
          导入备份
          <input
            ref={fileInput}
            id={inputId}
            type="file"
            accept="application/json,.json"
            data-testid="backup-import"
            aria-describedby={`${inputId}-hint`}
            disabled={!db || busy !== undefined}
            onChange={(event) => void chooseFile(event)}
          />
        </label>
        <span id={`${inputId}-hint`} className="backup-panel__hint">
          选择 shenbao-backup-….json 文件
        </span>
      </div>

      {pending && (
        <fieldset className="backup-preview" data-testid="backup-preview" onKeyDown={onPreviewKey}>
          <legend ref={previewHeading} tabIndex={-1}>
            导入「{pending.fileName}」前请确认
          </legend>
          <p data-testid="backup-preview-summary">{describePlan(pending.plan)}</p>
          <p className="backup-panel__hint">
            {`备份导出于 ${new Date(pending.backup.exportedAt).toLocaleString('zh-CN')}（申报助手 ${pending.backup.app.version}）。` +
              '导入只新增或覆盖记录，不会删除本机上的其他记录。'}
          </p>
          <ul className="backup-preview__kinds">
            {BACKUP_KINDS.filter(
              (kind) => pending.plan[kind].added.length + pending.plan[kind].replaced.length > 0,
            ).map((kind) => (
              <li key={kind}>
                <strong>{KIND_LABEL[kind].noun}</strong>
                {(['added', 'replaced'] as const).map((side) =>
                  pending.plan[kind][side].length > 0 ? (
                    <span key={side}>
                      {side === 'added' ? ' 新增：' : ' 覆盖：'}
                      {pending.plan[kind][side].slice(0, NAMES_SHOWN).join('、')}
                      {pending.plan[kind][side].length > NAMES_SHOWN
                        ? ` 等 ${pending.plan[kind][side].length} ${KIND_LABEL[kind].measure}`
                        : ''}
                    </span>
                  ) : null,
                )}
              </li>
            ))}
          </ul>
          <div className="backup-panel__actions">
            <button
              type="button"
              data-testid="backup-import-confirm"
              disabled={busy !== undefined}
              onClick={() => void confirmImport()}
            >
              {busy === 'import' ? '正在导入…' : '确认导入'}
            </button>
            <button
              type="button"
              className="backup-panel__secondary"
              data-testid="backup-import-cancel"
              disabled={busy !== undefined}
              onClick={cancelImport}
            >
              取消
            </button>
          </div>
        </fieldset>
      )}

      {message && (
        <div
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="backup-message"
          className={
            message.kind === 'error' ? 'dashboard__error backup-message' : 'backup-message backup-message--ok'
          }
        >
          <p>{message.text}</p>
          {message.details && message.details.length > 0 && (
            <ul>
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
