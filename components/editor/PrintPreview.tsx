import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import { SubmissionChecklist } from '@/components/checklist/SubmissionChecklist';
import type { Edition, FieldValues } from '@/lib/catalog';
import { buildApplicationHtml } from '@/lib/docx/html';

interface PrintPreviewProps {
  edition: Edition;
  values: FieldValues;
  /** Ticked submission checklist items (shown read-only above the document). */
  checklist: readonly string[];
  /** Errors remain: the preview is marked 草稿 like a draft export. */
  draftMarked: boolean;
  onClose: () => void;
}

/**
 * The 申报书 as a print-friendly page: the same document model as the .docx, in an iframe so
 * 「打印」 prints only the document (A4, page numbers, 草稿 on every page of a draft).
 */
export function PrintPreview({ edition, values, checklist, draftMarked, onClose }: PrintPreviewProps) {
  const html = useMemo(
    () => buildApplicationHtml({ edition, values, draftMarked, today: new Date() }),
    [edition, values, draftMarked],
  );
  const frame = useRef<HTMLIFrameElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return createPortal(
    <div
      className="print-preview"
      role="dialog"
      aria-modal="true"
      aria-labelledby="print-preview-title"
      data-testid="print-preview-dialog"
    >
      <div className="print-preview__bar">
        <h2 id="print-preview-title">申报书打印预览</h2>
        {draftMarked && <span className="status status--error">草稿：尚有未通过检查的栏目</span>}
        <button
          type="button"
          data-testid="print-preview-print"
          onClick={() => frame.current?.contentWindow?.print()}
        >
          打印
        </button>
        <button type="button" ref={close} data-testid="print-preview-close" onClick={onClose}>
          关闭
        </button>
      </div>
      <details className="print-preview__checklist">
        <summary>打印前请对照递交清单</summary>
        <SubmissionChecklist edition={edition} ticked={checklist} />
      </details>
      <iframe
        ref={frame}
        className="print-preview__frame"
        title="申报书"
        srcDoc={html}
        data-testid="print-preview-frame"
      />
    </div>,
    document.body,
  );
}
