import { useId, useState } from 'react';
import { matchesQuery, pageOf } from '@/lib/drafts/search';
import { type DraftSummary, draftTitle } from '@/lib/drafts/summary';
import { checklistProgress, deadlineText } from '@/lib/editions/checklist';

/** Rows on one page: a list of 100,000 drafts renders as fast as one of 50. */
export const DRAFTS_PER_PAGE = 50;

interface DraftListProps {
  drafts: readonly DraftSummary[];
  onOpen?: (draftId: string) => void;
  /** 归档 (or 取消归档 in the archived list). */
  onArchive?: (draftId: string) => void;
  archiveLabel?: string;
  onDelete?: (draftId: string) => void;
  /** Offer the search box (the main list); a short list does without. */
  searchable?: boolean;
  testId?: string;
}

/** Each draft with its company, edition, completeness and what the 申报书's rules still find. */
export function DraftList({
  drafts,
  onOpen,
  onArchive,
  archiveLabel = '归档',
  onDelete,
  searchable = false,
  testId = 'draft-list',
}: DraftListProps) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  if (drafts.length === 0) return <p>还没有项目草稿。可以先载入示例。</p>;
  const found = query.trim() === '' ? drafts : drafts.filter((summary) => matchesQuery(summary, query));
  const shown = pageOf(found, page, DRAFTS_PER_PAGE);
  return (
    <>
      {searchable && (
        <div className="draft-search">
          <label htmlFor={searchId}>搜索草稿</label>
          <input
            id={searchId}
            type="search"
            data-testid="draft-search"
            value={query}
            placeholder="项目名称、单位或年份"
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(0);
            }}
          />
          {query.trim() !== '' && <span role="status">找到 {found.length} 份</span>}
        </div>
      )}
      <ul className="draft-list" data-testid={testId}>
        {shown.items.map((summary) => (
          <DraftRow
            key={summary.draft.id}
            summary={summary}
            onOpen={onOpen}
            onArchive={onArchive}
            archiveLabel={archiveLabel}
            onDelete={onDelete}
          />
        ))}
      </ul>
      {shown.pages > 1 && (
        <nav className="draft-pager" aria-label="草稿分页" data-testid="draft-pager">
          <button type="button" disabled={shown.page === 0} onClick={() => setPage(shown.page - 1)}>
            上一页
          </button>
          <span>
            第 {shown.page + 1} / {shown.pages} 页，共 {found.length} 份
          </span>
          <button
            type="button"
            disabled={shown.page === shown.pages - 1}
            onClick={() => setPage(shown.page + 1)}
          >
            下一页
          </button>
        </nav>
      )}
    </>
  );
}

interface DraftRowProps {
  summary: DraftSummary;
  onOpen?: (draftId: string) => void;
  onArchive?: (draftId: string) => void;
  archiveLabel: string;
  onDelete?: (draftId: string) => void;
}

function DraftRow({ summary, onOpen, onArchive, archiveLabel, onDelete }: DraftRowProps) {
  const { draft, company, edition } = summary;
  const { errors, warnings, filled, required } = draft;
  const name = draftTitle(draft);
  const checklist = checklistProgress(edition, draft.checklist);
  return (
    <li className="draft-list__item" data-testid="draft-item">
      <strong>{name}</strong>
      <span>{String(company?.profile['company.name'] ?? '（单位已删除）')}</span>
      <span>
        {edition.year}年{edition.programme}
      </span>
      <span className="draft-list__progress">
        已填 {filled} / {required}
      </span>
      <span data-testid="draft-deadline">
        {deadlineText(edition.submission.deadline, new Date())} · 递交清单 {checklist.done}/{checklist.total}
      </span>
      <span data-testid="draft-status" className={errors > 0 ? 'status status--error' : 'status status--ok'}>
        {errors > 0 ? `${errors} 个错误` : '可以提交'}
        {warnings > 0 ? `，${warnings} 个提醒` : ''}
      </span>
      <span className="draft-list__actions">
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
        {onArchive && (
          <button
            type="button"
            className="button--secondary"
            data-testid="draft-archive"
            aria-label={`${archiveLabel}「${name}」`}
            onClick={() => onArchive(draft.id)}
          >
            {archiveLabel}
          </button>
        )}
        {onDelete && (
          <button
            type="button"
            className="button--secondary"
            data-testid="draft-delete"
            aria-label={`删除「${name}」`}
            onClick={() => onDelete(draft.id)}
          >
            删除
          </button>
        )}
      </span>
    </li>
  );
}
