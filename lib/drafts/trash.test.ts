import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { LATEST_EDITION } from '@/lib/catalog';
import { type Database, openDatabase } from '@/lib/store/db';
import { readSetting } from '@/lib/store/settings';
import { createCompany, createDraft } from './operations';
import { loadOverview } from './summary';
import { daysLeft, moveToTrash, purgeTrash, restoreFromTrash, setArchived, TRASH_DAYS } from './trash';

const DAY = 24 * 60 * 60 * 1000;
let db: Database;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase();
});

async function companyWithDraft() {
  const company = await createCompany(db, '天津某某科技有限公司');
  const draft = await createDraft(db, company.id, LATEST_EDITION.id);
  return { company, draft };
}

describe('回收站', () => {
  it('a deleted draft leaves the list, shows in the trash and comes back on restore', async () => {
    const { draft } = await companyWithDraft();
    await moveToTrash(db, 'draft', draft.id, 1000);
    let overview = await loadOverview(db);
    expect(overview.drafts).toHaveLength(0);
    expect(overview.trash).toEqual([
      { kind: 'draft', id: draft.id, label: '（未命名项目）', deletedAt: 1000 },
    ]);
    await restoreFromTrash(db, draft.id);
    overview = await loadOverview(db);
    expect(overview.drafts.map((summary) => summary.draft.id)).toEqual([draft.id]);
    expect(overview.trash).toEqual([]);
  });

  it('a deleted company takes its drafts out of the lists with it', async () => {
    const { company } = await companyWithDraft();
    await moveToTrash(db, 'company', company.id);
    const overview = await loadOverview(db);
    expect(overview.companies).toEqual([]);
    expect(overview.drafts).toEqual([]);
    expect(overview.trash.map((item) => item.label)).toEqual(['天津某某科技有限公司']);
  });

  it('is purged after 30 days, with everything that belongs to the record', async () => {
    const { company, draft } = await companyWithDraft();
    const deletedAt = 1_000_000;
    await moveToTrash(db, 'company', company.id, deletedAt);
    expect(await purgeTrash(db, deletedAt + (TRASH_DAYS - 1) * DAY)).toBe(0);
    expect(daysLeft({ kind: 'company', id: company.id, deletedAt }, deletedAt + (TRASH_DAYS - 1) * DAY)).toBe(
      1,
    );
    expect(await purgeTrash(db, deletedAt + TRASH_DAYS * DAY)).toBe(1);
    expect(await db.get('companies', company.id)).toBeUndefined();
    expect(await db.get('drafts', draft.id)).toBeUndefined();
    expect(await readSetting(db, 'trash')).toEqual([]);
  });

  it('refuses what is not there, in zh-CN', async () => {
    await expect(moveToTrash(db, 'draft', 'missing')).rejects.toThrow('找不到这份草稿。');
    await expect(restoreFromTrash(db, 'missing')).rejects.toThrow('回收站里没有这一项');
  });
});

describe('已归档', () => {
  it('moves a draft from the list to 已归档 and back', async () => {
    const { draft } = await companyWithDraft();
    await setArchived(db, draft.id, true);
    let overview = await loadOverview(db);
    expect(overview.drafts).toEqual([]);
    expect(overview.archived.map((summary) => summary.draft.id)).toEqual([draft.id]);
    await setArchived(db, draft.id, false);
    overview = await loadOverview(db);
    expect(overview.drafts.map((summary) => summary.draft.id)).toEqual([draft.id]);
  });
});
