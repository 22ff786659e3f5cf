import type { Database } from '@/lib/store/db';
import { deleteCompany } from '@/lib/store/delete-company';
import { readSetting, type TrashEntry, writeSetting } from '@/lib/store/settings';
import { deleteDraft } from './operations';

/** How long a deleted draft or company stays restorable in the 回收站. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days until the entry is purged (0 on its last day or after). */
export function daysLeft(entry: TrashEntry, now: number): number {
  return Math.max(0, Math.ceil((entry.deletedAt + TRASH_DAYS * DAY_MS - now) / DAY_MS));
}

export function isExpired(entry: TrashEntry, now: number): boolean {
  return now - entry.deletedAt >= TRASH_DAYS * DAY_MS;
}

/** The trash with one more entry; deleting again what is already there keeps the first date. */
export function withEntry(trash: readonly TrashEntry[], entry: TrashEntry): TrashEntry[] {
  return trash.some((item) => item.id === entry.id) ? [...trash] : [...trash, entry];
}

/**
 * 删除: moves a draft or company into the 回收站. Nothing is removed from its store yet, so
 * the one settings write is the whole change (it lands or it does not).
 */
export async function moveToTrash(
  db: Database,
  kind: TrashEntry['kind'],
  id: string,
  now = Date.now(),
): Promise<void> {
  const store = kind === 'draft' ? 'drafts' : 'companies';
  if (!(await db.get(store, id))) throw new Error(kind === 'draft' ? '找不到这份草稿。' : '找不到这家单位。');
  await writeSetting(db, 'trash', withEntry(await readSetting(db, 'trash'), { kind, id, deletedAt: now }));
}

/** 恢复: takes an entry out of the 回收站; the record shows in the lists again. */
export async function restoreFromTrash(db: Database, id: string): Promise<void> {
  const trash = await readSetting(db, 'trash');
  if (!trash.some((entry) => entry.id === id)) throw new Error('回收站里没有这一项，可能已被清除。');
  await writeSetting(
    db,
    'trash',
    trash.filter((entry) => entry.id !== id),
  );
}

/**
 * Deletes for good what has been in the 回收站 for 30 days (a company with its figures,
 * drafts, proofs and revisions; a draft with its revisions), then forgets the entries.
 * Each record is deleted in its own transaction: an interruption leaves the rest for the
 * next run, and an entry whose record is already gone is simply dropped.
 */
export async function purgeTrash(db: Database, now = Date.now()): Promise<number> {
  const trash = await readSetting(db, 'trash');
  const expired = trash.filter((entry) => isExpired(entry, now));
  if (expired.length === 0) return 0;
  for (const entry of expired) {
    if (entry.kind === 'draft') await deleteDraft(db, entry.id);
    else await deleteCompany(db, entry.id);
  }
  const purged = new Set(expired.map((entry) => entry.id));
  await writeSetting(
    db,
    'trash',
    trash.filter((entry) => !purged.has(entry.id)),
  );
  return expired.length;
}

/** 归档 / 取消归档 a draft. */
export async function setArchived(db: Database, draftId: string, archived: boolean): Promise<void> {
  const ids = (await readSetting(db, 'archivedDraftIds')).filter((id) => id !== draftId);
  await writeSetting(db, 'archivedDraftIds', archived ? [...ids, draftId] : ids);
}
