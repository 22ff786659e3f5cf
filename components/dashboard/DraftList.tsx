import type { DraftSummary } from '@/lib/drafts/summary';
import { checklistProgress, deadlineText } from '@/lib/editions/checklist';

interface DraftListProps {
  drafts: readonly DraftSummary[];
  onOpen?: (draftId: string) => void;
}

/** Each draft with its company, edition, completeness and what the 申报书's rules still find. */
export function DraftList({ drafts, onOpen }: DraftListProps) {
  const today = new Date();
  if (drafts.length === 0) return <p>还没有项目草稿。可以先载入示例。</p>;
  return (
    <ul className="draft-list" data-testid="draft-list">
      {drafts.map(({ draft, company, edition, issues, filled, required }) => {
        const errors = issues.filter((issue) => issue.severity === 'error').length;
        const warnings = issues.length - errors;
        const name = String(draft.values['project.name'] ?? '（未命名项目）');
        return (
          <li key={draft.id} className="draft-list__item" data-testid="draft-item">
            <strong>{name}</strong>
            <span>{String(company?.profile['company.name'] ?? '（单位已删除）')}</span>
            <span>
              {edition.year}年{edition.programme}
            </span>
            <span className="draft-list__progress">
              已填 {filled} / {required}
            </span>
            <span data-testid="draft-deadline">
              {deadlineText(edition.submission.deadline, today)} · 递交清单{' '}
              {checklistProgress(edition, draft.checklist ?? []).done}/
              {checklistProgress(edition, draft.checklist ?? []).total}
            </span>
            <span
              data-testid="draft-status"
              className={errors > 0 ? 'status status--error' : 'status status--ok'}
            >
              {errors > 0 ? `${errors} 个错误` : '可以提交'}
              {warnings > 0 ? `，${warnings} 个提醒` : ''}
            </span>
            {onOpen && (
              <button
                type="button"
                data-testid="draft-open"
                aria-label={`编辑「${name}」`}
                onClick={() => onOpen(draft.id)}
              >
                编辑
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
