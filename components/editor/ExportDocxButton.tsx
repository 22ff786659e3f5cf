import { useState } from 'react';
import { SubmissionChecklist } from '@/components/checklist/SubmissionChecklist';
import type { Edition, FieldValues } from '@/lib/catalog';
import { type CustomView, exportFileName, preflight } from '@/lib/docx/preflight';
import type { ProofContent } from '@/lib/docx/proofs';
import type { Issue } from '@/lib/validate';
import { issuesBySection } from '@/lib/validate/by-section';
import { jumpToField } from './jump';
import { PrintPreview } from './PrintPreview';
import './export-docx.css';
import { describeFailure } from '@/lib/text/failure';

interface ExportDocxButtonProps {
  edition: Edition;
  /** The whole application as the editor holds it (profile + figures + draft). */
  values: FieldValues;
  /** Ticked submission checklist items, shown again before printing. */
  checklist: readonly string[];
  /** The user's own fields the draft sees: never printed, but their errors are listed (自定义栏目). */
  custom?: CustomView;
  /** Stores the 申报日期 chosen in the dialog with the draft (its 申报日期 cell). */
  onDateChange?: (isoDate: string) => void;
  /** Reads the stored proofs for an export that embeds them; absent: the option is not offered. */
  loadProofs?: (values: FieldValues) => Promise<ReadonlyMap<string, ProofContent>>;
  /**
   * Opens the whole application as one printable page (申报书 then 附1–附n with the proofs, in
   * the order the notice binds them) for the chosen 申报日期; absent: not offered.
   */
  onPrintAll?: (isoDate: string) => void;
}

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; name: string; unrendered: readonly { name: string; note: string }[] }
  | { kind: 'failed'; message: string };

function saveFile(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; keep it a while for slow disks, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A day as an `<input type=date>` value, in local time. */
export function isoDay(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/**
 * 「导出申报书 (.docx)」 and 「打印预览」 in the editor's top bar. The export opens a dialog: the
 * 申报日期 the cover and the 责任声明 print (the draft's, else today; kept with the draft), whether
 * 附1/附2 embed the stored proofs (PDF pages rendered; a PDF that cannot be is named after the
 * export with its reason), 「打印全部」 (the whole application in a print view of its own), and
 * the same rules as the dashboard: errors are listed, and the user may still export a copy
 * marked 草稿, where each failing value is printed marked.
 */
export function ExportDocxButton({
  edition,
  values,
  checklist,
  custom,
  onDateChange,
  loadProofs,
  onPrintAll,
}: ExportDocxButtonProps) {
  const [dialog, setDialog] = useState(false);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [previewDraft, setPreviewDraft] = useState<boolean>();
  const stored = values['project.applicationDate'];
  const [date, setDate] = useState<string>();
  const [embed, setEmbed] = useState(false);
  const chosenDate = date ?? (typeof stored === 'string' && DATE.test(stored) ? stored : isoDay(new Date()));
  const withDate: FieldValues = { ...values, 'project.applicationDate': chosenDate };
  const blocking = dialog ? preflight(withDate, edition, new Date(), custom) : [];

  const download = async (draftMarked: boolean) => {
    setState({ kind: 'busy' });
    try {
      const today = new Date();
      if (DATE.test(chosenDate) && chosenDate !== stored) onDateChange?.(chosenDate);
      const proofs = embed && loadProofs ? await loadProofs(withDate) : undefined;
      // The docx library is large: load it only when someone exports.
      const { buildApplicationDocx, DOCX_MIME } = await import('@/lib/docx/build');
      const bytes = await buildApplicationDocx({ edition, values: withDate, draftMarked, today, proofs });
      const name = exportFileName(values, today, draftMarked);
      saveFile(bytes, name, DOCX_MIME);
      const unrendered = proofs
        ? (await import('@/lib/docx/proofs')).unrenderedPdfs(edition, withDate, proofs)
        : [];
      setDialog(false);
      setState({ kind: 'done', name, unrendered });
    } catch (error) {
      setState({ kind: 'failed', message: describeFailure('申报书未能生成', error) });
    }
  };

  return (
    <div className="export-docx">
      <button
        type="button"
        data-testid="export-docx"
        aria-expanded={dialog}
        disabled={state.kind === 'busy'}
        onClick={() => {
          setDialog(!dialog);
          setState({ kind: 'idle' });
        }}
      >
        导出申报书 (.docx)
      </button>
      <button
        type="button"
        data-testid="print-preview"
        onClick={() => setPreviewDraft(preflight(values, edition, new Date(), custom).length > 0)}
      >
        打印预览
      </button>
      <span
        data-testid="export-docx-state"
        role={state.kind === 'failed' ? 'alert' : 'status'}
        title={state.kind === 'done' ? state.name : undefined}
      >
        {state.kind === 'busy' ? '正在生成…' : ''}
        {state.kind === 'done' ? '已导出' : ''}
        {state.kind === 'failed' ? state.message : ''}
      </span>
      {dialog && (
        <section className="export-docx__preflight" aria-label="导出申报书" data-testid="export-docx-dialog">
          <div className="export-docx__options">
            <label>
              申报日期{' '}
              <input
                type="date"
                data-testid="export-date"
                value={chosenDate}
                required
                onChange={(event) => setDate(event.target.value)}
              />
            </label>
            <span className="export-docx__note">封面的申报日期与责任声明的落款日期相同，随草稿保存。</span>
            {loadProofs && (
              <label>
                <input
                  type="checkbox"
                  data-testid="export-embed-proofs"
                  checked={embed}
                  onChange={(event) => setEmbed(event.target.checked)}
                />
                在附1、附2中附上证明材料（图片直接嵌入；PDF 逐页转成图片嵌入，每页一页）
              </label>
            )}
            {onPrintAll && (
              <button
                type="button"
                className="button--secondary"
                data-testid="export-print-all"
                disabled={!DATE.test(chosenDate)}
                onClick={() => {
                  if (chosenDate !== stored) onDateChange?.(chosenDate);
                  onPrintAll(chosenDate);
                }}
              >
                打印全部（申报书与证明材料）
              </button>
            )}
          </div>
          {blocking.length === 0 ? (
            <div className="export-docx__actions">
              <button type="button" onClick={() => setDialog(false)}>
                取消
              </button>
              <button
                type="button"
                data-testid="export-docx-confirm"
                disabled={state.kind === 'busy' || !DATE.test(chosenDate)}
                onClick={() => void download(false)}
              >
                导出
              </button>
            </div>
          ) : (
            <PreflightList
              issues={blocking}
              edition={edition}
              checklist={checklist}
              busy={state.kind === 'busy' || !DATE.test(chosenDate)}
              onBack={() => setDialog(false)}
              onDraft={() => void download(true)}
            />
          )}
        </section>
      )}
      {state.kind === 'done' && (
        // After an export: the PDFs that could not be rendered, and the checklist to print by.
        <div className="export-docx__after">
          {state.unrendered.length > 0 && (
            <div className="export-docx__unrendered" role="status" data-testid="export-docx-unrendered">
              <p>以下 PDF 未能转成图片，申报书中已改为列出文件名，请另附打印件：</p>
              <ul>
                {state.unrendered.map((item) => (
                  <li key={item.name}>
                    {item.name}：{item.note}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <details className="export-docx__checklist" open>
            <summary>打印前请对照递交清单</summary>
            <SubmissionChecklist edition={edition} ticked={checklist} />
          </details>
          <div className="export-docx__actions">
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              知道了
            </button>
          </div>
        </div>
      )}
      {previewDraft !== undefined && (
        <PrintPreview
          edition={edition}
          values={values}
          checklist={checklist}
          draftMarked={previewDraft}
          onClose={() => setPreviewDraft(undefined)}
        />
      )}
    </div>
  );
}

interface PreflightListProps {
  issues: readonly Issue[];
  edition: Edition;
  checklist: readonly string[];
  busy: boolean;
  onBack: () => void;
  onDraft: () => void;
}

/** The errors that block a final export, by section, each a jump to its field. */
function PreflightList({ issues, edition, checklist, busy, onBack, onDraft }: PreflightListProps) {
  return (
    <section aria-labelledby="export-docx-title" data-testid="export-docx-issues">
      <h3 id="export-docx-title">导出前检查：还有 {issues.length} 个问题</h3>
      <p>申报书要求栏目不得空缺。以下栏目在导出的文件中会标为【待填写】，内容有误的会标为【有误】：</p>
      <p>点栏目名称可跳到该栏修改。</p>
      {issuesBySection(issues, edition).map((section) => (
        <section key={section.id} aria-label={section.title} data-testid={`preflight-section:${section.id}`}>
          <h4>
            {section.title}（{section.issues.length}）
          </h4>
          <ul>
            {section.issues.map((issue) => (
              <li key={`${issue.key}:${issue.code}`}>
                <button
                  type="button"
                  className="export-docx__jump"
                  data-testid={`preflight-jump:${issue.key}`}
                  onClick={() => jumpToField(issue.key)}
                >
                  {issue.label}
                </button>
                ：{issue.message}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="export-docx__actions">
        <button type="button" onClick={onBack}>
          返回修改
        </button>
        <button type="button" data-testid="export-docx-draft" disabled={busy} onClick={onDraft}>
          仍以草稿导出
        </button>
      </div>
      <p className="export-docx__note">草稿的每页页眉标有「草稿」，不能作为正式申报材料提交。</p>
      <SubmissionChecklist edition={edition} ticked={checklist} />
    </section>
  );
}
