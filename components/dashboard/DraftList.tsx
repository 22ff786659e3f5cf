import type { Edition } from '@/lib/catalog';
import type { DraftSummary } from './useStore';

interface DraftListProps {
  drafts: readonly DraftSummary[];
  editionOf: (id: string) => Edition | undefined;
}

/** Each draft with its company, edition and what the 申报书's rules still find. */
export function DraftList({ drafts, editionOf }: DraftListProps) {
  if (drafts.length === 0) return <p>还没有项目草稿。可以先载入示例。</p>;
  return (
    <ul className="draft-list" data-testid="draft-list">
      {drafts.map(({ draft, company, issues }) => {
        const edition = editionOf(draft.editionId);
        const errors = issues.filter((issue) => issue.severity === 'error').length;
        const warnings = issues.length - errors;
        return (
          <li key={draft.id} className="draft-list__item" data-testid="draft-item">
            <strong>{String(draft.values['project.name'] ?? '（未命名项目）')}</strong>
            <span>{String(company?.profile['company.name'] ?? '（单位已删除）')}</span>
            <span>{edition ? `${edition.year}年${edition.programme}` : `未知批次 ${draft.editionId}`}</span>
            <span
              data-testid="draft-status"
              className={errors > 0 ? 'status status--error' : 'status status--ok'}
            >
              {errors > 0 ? `${errors} 个错误` : '可以提交'}
              {warnings > 0 ? `，${warnings} 个提醒` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
