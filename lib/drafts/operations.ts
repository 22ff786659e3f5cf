import { findEdition } from '@/lib/catalog';
import type { Database } from '@/lib/store/db';
import {
  type CompanyRecord,
  companyRecordSchema,
  type DraftRecord,
  draftRecordSchema,
} from '@/lib/store/records';
import { draftTarget } from '@/lib/store/revisions';
import { type AttentionItem, carryDraftOver } from './carry-over';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** A new, empty company profile named as the user typed it. */
export async function createCompany(db: Database, name: string, now = Date.now()): Promise<CompanyRecord> {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('请填写单位名称。');
  const company = companyRecordSchema.parse({
    id: newId('company'),
    profile: { 'company.name': trimmed },
    createdAt: now,
    updatedAt: now,
  });
  await db.add('companies', company);
  return company;
}

/** A new, empty draft of one company for one edition. */
export async function createDraft(
  db: Database,
  companyId: string,
  editionId: string,
  now = Date.now(),
): Promise<DraftRecord> {
  if (!findEdition(editionId)) throw new Error(`没有 ${editionId} 年的申报批次。`);
  if (!(await db.get('companies', companyId))) throw new Error('找不到这家单位，可能已被删除。');
  const draft = draftRecordSchema.parse({
    id: newId('draft'),
    companyId,
    editionId,
    status: 'editing',
    values: {},
    createdAt: now,
    updatedAt: now,
  });
  await db.add('drafts', draft);
  return draft;
}

/** 从往年申报复制: a new draft for `editionId` built from an earlier one; the old draft is untouched. */
export async function copyDraftToEdition(
  db: Database,
  draftId: string,
  editionId: string,
  now = Date.now(),
): Promise<{ draft: DraftRecord; attention: AttentionItem[] }> {
  const source = draftRecordSchema.parse(await db.get('drafts', draftId));
  const from = findEdition(source.editionId);
  const to = findEdition(editionId);
  if (!from || !to) throw new Error(`没有 ${from ? editionId : source.editionId} 年的申报批次。`);
  const { values, attention } = carryDraftOver(source.values, from, to);
  const draft = draftRecordSchema.parse({
    id: newId('draft'),
    companyId: source.companyId,
    editionId,
    status: 'editing',
    values,
    copiedFrom: source.id,
    createdAt: now,
    updatedAt: now,
  });
  await db.add('drafts', draft);
  return { draft, attention };
}

/**
 * Deletes a draft with its revisions, in one transaction: a revision of a draft that is gone
 * would be a broken reference, which a backup import refuses (docs/backup-format.md).
 */
export async function deleteDraft(db: Database, draftId: string): Promise<void> {
  const tx = db.transaction(['drafts', 'revisions'], 'readwrite');
  const target = draftTarget(draftId);
  const revisionKeys = await tx
    .objectStore('revisions')
    .index('byTarget')
    .getAllKeys(IDBKeyRange.bound([target, -Infinity], [target, Infinity]));
  await Promise.all([
    tx.objectStore('drafts').delete(draftId),
    ...revisionKeys.map((key) => tx.objectStore('revisions').delete(key)),
    tx.done,
  ]);
}
