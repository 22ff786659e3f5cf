import type { Database } from './db';
import { keyOfRecord, parseRecords, type ReadResult } from './read';
import {
  type CompanyRecord,
  companyRecordSchema,
  type DraftRecord,
  draftRecordSchema,
  type FiguresRecord,
  figuresRecordSchema,
} from './records';

export async function listCompanies(db: Database): Promise<ReadResult<CompanyRecord>> {
  return parseRecords('companies', await db.getAll('companies'), companyRecordSchema, keyOfRecord);
}

export async function listFigures(db: Database, companyId: string): Promise<ReadResult<FiguresRecord>> {
  const raws = await db.getAllFromIndex('figures', 'byCompany', companyId);
  return parseRecords('figures', raws, figuresRecordSchema, keyOfRecord);
}

export async function listDrafts(db: Database, companyId?: string): Promise<ReadResult<DraftRecord>> {
  const raws = companyId
    ? await db.getAllFromIndex('drafts', 'byCompany', companyId)
    : await db.getAll('drafts');
  return parseRecords('drafts', raws, draftRecordSchema, keyOfRecord);
}

/** Writes are parsed first: nothing malformed ever reaches the store. */
export async function saveCompany(db: Database, record: CompanyRecord): Promise<void> {
  await db.put('companies', companyRecordSchema.parse(record));
}

export async function saveFigures(db: Database, record: FiguresRecord): Promise<void> {
  await db.put('figures', figuresRecordSchema.parse(record));
}

/** Saves a draft and drops its stored summary in the same transaction (lib/drafts/summary.ts). */
export async function saveDraft(db: Database, record: DraftRecord): Promise<void> {
  const parsed = draftRecordSchema.parse(record);
  const tx = db.transaction(['drafts', 'summaries'], 'readwrite');
  await Promise.all([
    tx.objectStore('drafts').put(parsed),
    tx.objectStore('summaries').delete(parsed.id),
    tx.done,
  ]);
}
