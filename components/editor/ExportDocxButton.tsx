import { useState } from 'react';
import { SubmissionChecklist } from '@/components/checklist/SubmissionChecklist';
import type { Edition, FieldValues } from '@/lib/catalog';
import { exportFileName, preflight } from '@/lib/docx/preflight';
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
}

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; name: string }
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

/**
 * 「导出申报书 (.docx)」 and 「打印预览」 in the editor's top bar. The same rules as the
 * dashboard run first: errors are listed, and the user may still export a copy marked 草稿.
 */
export function ExportDocxButton({ edition, values, checklist }: ExportDocxButtonProps) {
  const [blocking, setBlocking] = useState<readonly Issue[]>();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [previewDraft, setPreviewDraft] = useState<boolean>();

  const download = async (draftMarked: boolean) => {
    setState({ kind: 'busy' });
    try {
      const today = new Date();
      // The docx library is large: load it only when someone exports.
      const { buildApplicationDocx, DOCX_MIME } = await import('@/lib/docx/build');
      const bytes = await buildApplicationDocx({ edition, values, draftMarked, today });
      const name = exportFileName(values, today, draftMarked);
      saveFile(bytes, name, DOCX_MIME);
      setBlocking(undefined);
      setState({ kind: 'done', name });
    } catch (error) {
      setState({ kind: 'failed', message: describeFailure('申报书未能生成', error) });
    }
  };

  const onExport = () => {
    const issues = preflight(values, edition, new Date());
    if (issues.length === 0) void download(false);
    else {
      setBlocking(issues);
      setState({ kind: 'idle' });
    }
  };

  return (
    <div className="export-docx">
      <button type="button" data-testid="export-docx" disabled={state.kind === 'busy'} onClick={onExport}>
        导出申报书 (.docx)
      </button>
      <button
        type="button"
        data-testid="print-preview"
        onClick={() => setPreviewDraft(preflight(values, edition, new Date()).length > 0)}
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
      {blocking && (
        <section
          className="export-docx__preflight"
          aria-labelledby="export-docx-title"
          data-testid="export-docx-issues"
        >
          <h3 id="export-docx-title">导出前检查：还有 {blocking.length} 个问题</h3>
          <p>申报书要求栏目不得空缺。以下栏目在导出的文件中会标为【待填写】或内容有误：</p>
          <p>点栏目名称可跳到该栏修改。</p>
          {issuesBySection(blocking, edition).map((section) => (
            <section
              key={section.id}
              aria-label={section.title}
              data-testid={`preflight-section:${section.id}`}
            >
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
            <button type="button" onClick={() => setBlocking(undefined)}>
              返回修改
            </button>
            <button
              type="button"
              data-testid="export-docx-draft"
              disabled={state.kind === 'busy'}
              onClick={() => void download(true)}
            >
              仍以草稿导出
            </button>
          </div>
          <p className="export-docx__note">草稿的每页页眉标有「草稿」，不能作为正式申报材料提交。</p>
          <SubmissionChecklist edition={edition} ticked={checklist} />
        </section>
      )}
      {state.kind === 'done' && (
        <details className="export-docx__checklist" open>
          <summary>打印前请对照递交清单</summary>
          <SubmissionChecklist edition={edition} ticked={checklist} />
        </details>
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
