import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/lib/store/db';
import { listCompanies, listDrafts, saveDraft } from '@/lib/store/repository';
import { saveCompanyWithRevision, saveDraftWithRevision } from '@/lib/store/revisions';
import { copyDraftToEdition, createCompany, createDraft, deleteDraft } from './operations';

let db: Database;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = await openDatabase(`drafts-${name}`);
});
afterEach(() => db.close());

describe('draft operations', () => {
  it('creates a company and an empty draft for an edition', async () => {
    const company = await createCompany(db, '  某某科技有限公司 ');
    const draft = await createDraft(db, company.id, '2020');
    expect((await listCompanies(db)).records[0]?.profile['company.name']).toBe('某某科技有限公司');
    expect((await listDrafts(db, company.id)).records).toEqual([draft]);
  });

  it('refuses an empty name, an unknown edition or company, with a zh-CN message, storing nothing', async () => {
    await expect(createCompany(db, '  ')).rejects.toThrow('请填写单位名称');
    await expect(createDraft(db, 'nobody', '2020')).rejects.toThrow('找不到这家单位');
    const company = await createCompany(db, '某公司');
    await expect(createDraft(db, company.id, '1999')).rejects.toThrow('没有 1999 年');
    expect((await listDrafts(db)).records).toEqual([]);
  });

  it('deletes a draft with its revisions, leaving other drafts and the profile’s revisions', async () => {
    const company = await createCompany(db, '某公司');
    const gone = await createDraft(db, company.id, '2020', 1);
    const kept = await createDraft(db, company.id, '2020', 1);
    await saveDraftWithRevision(db, { ...gone, values: { 'project.name': '甲' } }, 10);
    await saveDraftWithRevision(db, { ...gone, values: { 'project.name': '乙' } }, 100_000);
    await saveDraftWithRevision(db, { ...kept, values: { 'project.name': '丙' } }, 10);
    await saveCompanyWithRevision(db, company, 10);
    await deleteDraft(db, gone.id);
    expect((await listDrafts(db)).records.map((draft) => draft.id)).toEqual([kept.id]);
    expect((await db.getAll('revisions')).map((revision) => revision.target).toSorted()).toEqual(
      [`company:${company.id}`, `draft:${kept.id}`].toSorted(),
    );
  });

  it('copies a 2018 draft into 2020, leaving the original as it was', async () => {
    const company = await createCompany(db, '某公司');
    const old = await createDraft(db, company.id, '2018', 1);
    await saveDraft(db, { ...old, values: { 'project.name': '旧项目', 'project.direction': '2018-04' } });
    const { draft, attention } = await copyDraftToEdition(db, old.id, '2020');
    expect(draft).toMatchObject({
      editionId: '2020',
      copiedFrom: old.id,
      values: { 'project.name': '旧项目' },
    });
    expect(draft.values['project.direction']).toBe('2020-04');
    // 在线教育服务 became 网络教育服务: carried, and listed for review because the name changed.
    expect(attention).toEqual([
      { key: 'project.direction', reason: expect.stringContaining('网络教育服务') },
    ]);
    const stored = (await listDrafts(db)).records.find((record) => record.id === old.id);
    expect(stored?.values['project.direction']).toBe('2018-04');
  });
});
