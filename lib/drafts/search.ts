import type { DraftSummary } from './summary';

/** What a draft is found by: its project name, its company and its edition (「2020年…」). */
export function searchText({ draft, company, edition }: DraftSummary): string {
  return [
    draft.title,
    String(company?.profile['company.name'] ?? ''),
    `${edition.year}年${edition.programme}`,
  ].join('\n');
}

/** Every word of the query (split on spaces) appears somewhere in the draft's search text. */
export function matchesQuery(summary: DraftSummary, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchText(summary).toLowerCase();
  return words.every((word) => text.includes(word));
}

/** One page of a long list (0-based page, clamped into range) and the number of pages. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const clamped = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(clamped * size, (clamped + 1) * size), page: clamped, pages };
}

/** Drafts a choice list (a `<select>`) offers at most: the newest, so 100,000 drafts stay a short list. */
export const CHOICE_LIMIT = 200;

/**
 * The drafts a choice list offers: the newest `limit` (the list is newest first) and the
 * current one wherever it is; the dashboard's paged list with its search reaches the rest.
 */
export function choiceList<T extends { draft: { id: string } }>(
  drafts: readonly T[],
  currentId: string | undefined,
  limit = CHOICE_LIMIT,
): T[] {
  const newest = drafts.slice(0, limit);
  if (currentId === undefined || newest.some(({ draft }) => draft.id === currentId)) return newest;
  const current = drafts.find(({ draft }) => draft.id === currentId);
  return current ? [...newest, current] : newest;
}
