import { useEffect, useState } from 'react';
import type { Edition } from '@/lib/catalog';
import { docxText, NoticeReadError } from '@/lib/editions/docx-text';
import { editionFileName, editionFileText, parseEditionFile } from '@/lib/editions/file';
import { listLocalEditions, saveLocalEdition, whyNotSavable } from '@/lib/editions/local';
import { proposeEdition } from '@/lib/editions/propose';
import { asEdition } from '@/lib/editions/schema';
import type { Database } from '@/lib/store/db';
import { EditionReviewForm } from './EditionReviewForm';
import './editions.css';

interface NewEditionPanelProps {
  db: Database;
  /** Called after an edition was saved or imported, so lists re-read the editions. */
  onChanged: () => void;
}

const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Chromium; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * 新建申报批次: the year's notice (.docx or pasted text) becomes a proposed edition package,
 * reviewed and corrected in a form, saved in this browser; editions are shared as small JSON
 * files (导出 / 导入).
 */
export function NewEditionPanel({ db, onChanged }: NewEditionPanelProps) {
  const [pasted, setPasted] = useState('');
  const [proposal, setProposal] = useState<{ edition: Edition; missing: string[] }>();
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string }>();
  const [local, setLocal] = useState<readonly Edition[]>([]);

  const reload = async () => {
    const { records } = await listLocalEditions(db);
    setLocal(records.map((record) => asEdition(record.edition)));
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload reads only db
  useEffect(() => {
    void reload();
  }, [db]);

  const propose = (text: string, document: string) => {
    const result = proposeEdition(text, { document });
    setProposal(result);
    setMessage(undefined);
  };

  const onNoticeFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      propose(docxText(new Uint8Array(await file.arrayBuffer()), parseXml), file.name);
    } catch (error) {
      setMessage({
        kind: 'error',
        text:
          error instanceof NoticeReadError
            ? error.message
            : `无法读取「${file.name}」，请确认它是 .docx 文档。`,
      });
    }
  };

  const save = async (edition: Edition) => {
    const problem = whyNotSavable(edition);
    if (problem) {
      setMessage({ kind: 'error', text: problem });
      return;
    }
    try {
      await saveLocalEdition(db, edition);
      setProposal(undefined);
      setMessage({
        kind: 'ok',
        text: `已保存申报批次「${edition.year}年${edition.programme}」，新建草稿时可以选择它。`,
      });
      await reload();
      onChanged();
    } catch (error) {
      setMessage({
        kind: 'error',
        text: `未能保存：${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const result = parseEditionFile(await file.text());
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      return;
    }
    // An imported edition is reviewed like a proposal before it is saved.
    setProposal({ edition: result.edition, missing: [] });
    setMessage(undefined);
  };

  return (
    <div className="new-edition" data-testid="new-edition">
      <p>
        选择当年的通知和申报书（.docx），或粘贴通知全文，申报助手会读出申报方向、表格栏目、字数限制、附件清单、截止日期和份数，供您核对后保存。
      </p>
      <p>
        <label className="file-button">
          选择通知或申报书（.docx）
          <input
            type="file"
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            data-testid="edition-notice-file"
            onChange={(event) => void onNoticeFile(event.target.files?.[0])}
          />
        </label>
      </p>
      <details>
        <summary>或粘贴通知文本</summary>
        <textarea
          aria-label="通知文本"
          data-testid="edition-notice-text"
          rows={6}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <button
          type="button"
          data-testid="edition-propose"
          disabled={pasted.trim() === ''}
          onClick={() => propose(pasted, '粘贴的通知文本')}
        >
          读取通知
        </button>
      </details>
      <p>
        <label className="file-button">
          导入同事分享的批次文件（.json）
          <input
            type="file"
            accept=".json,application/json"
            data-testid="edition-import"
            onChange={(event) => void onImport(event.target.files?.[0])}
          />
        </label>
      </p>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="edition-message">
          {message.text}
        </p>
      )}
      {proposal && (
        <EditionReviewForm
          key={`${proposal.edition.id}-${proposal.edition.citation.document}`}
          proposal={proposal}
          onSave={(edition) => void save(edition)}
          onCancel={() => setProposal(undefined)}
        />
      )}
      {local.length > 0 && (
        <ul className="new-edition__local" data-testid="local-editions">
          {local.map((edition) => (
            <li key={edition.id}>
              {edition.year}年{edition.programme}（{edition.id}，截止 {edition.submission.deadline}）{' '}
              <button
                type="button"
                data-testid="edition-export"
                onClick={() => downloadText(editionFileText(edition), editionFileName(edition))}
              >
                导出批次文件
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
