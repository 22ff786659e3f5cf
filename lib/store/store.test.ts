import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { addAttachment, listAttachments, readAttachmentBlob } from './attachments';
import { type Database, openDatabase } from './db';
import { listCompanies, listDrafts, listFigures, saveCompany, saveDraft } from './repository';
import { saveDraftWithRevision } from './revisions';
import { loadSample, removeSample, SAMPLE_COMPANY_ID } from './sample';

let db: Database;
let name = 0;

beforeEach(async () => {
  name += 1;
  db = await openDatabase(`test-${name}`);
});

afterEach(() => db.close());

describe('sample applicant', () => {
  it('loads the company, its three fiscal years and the 2020 draft', async () => {
    await loadSample(db, 1000);
    const companies = await listCompanies(db);
    expect(companies.records.map((record) => record.profile['company.name'])).toEqual([
      SAMPLE_APPLICANT.company['company.name'],
    ]);
    const figures = await listFigures(db, SAMPLE_COMPANY_ID);
    expect(figures.records.map((record) => record.year)).toEqual([2017, 2018, 2019]);
    const drafts = await listDrafts(db, SAMPLE_COMPANY_ID);
    expect(drafts.records).toEqual([expect.objectContaining({ editionId: '2020', status: 'editing' })]);
    expect(drafts.records[0]?.values['project.summary']).toBe(
      SAMPLE_APPLICANT.draft.values['project.summary'],
    );
  });

  it('stores the sample’s proof files as real PDFs the draft points at', async () => {
    await loadSample(db, 1000);
    const [draft] = (await listDrafts(db, SAMPLE_COMPANY_ID)).records;
    const refs = draft?.values['attachment.revenueProof'] as { id: string; name: string; year: number }[];
    const shipped = SAMPLE_APPLICANT.draft.values['attachment.revenueProof'] as {
      name: string;
      year: number;
    }[];
    expect(refs.map((ref) => [ref.name, ref.year])).toEqual(shipped.map((ref) => [ref.name, ref.year]));
    const files = (await listAttachments(db, SAMPLE_COMPANY_ID)).records;
    expect(files.map((file) => file.id)).toContain(refs[0]?.id);
    const text = await (await readAttachmentBlob(db, refs[0]?.id ?? ''))?.text();
    expect(text?.startsWith('%PDF-1.4')).toBe(true);
    expect(text?.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('loading twice keeps one copy; removing leaves the user’s own records alone', async () => {
    await saveCompany(db, {
      id: 'mine',
      profile: { 'company.name': '我的公司' },
      createdAt: 1,
      updatedAt: 1,
    });
    await loadSample(db);
    await loadSample(db);
    expect((await listCompanies(db)).records).toHaveLength(2);
    await addAttachment(db, {
      companyId: SAMPLE_COMPANY_ID,
      requirementKey: 'attachment.rdProof',
      name: '专利证书.pdf',
      type: 'application/pdf',
      blob: new Blob(['%PDF-1.4']),
    });
    const [sampleDraft] = (await listDrafts(db, SAMPLE_COMPANY_ID)).records;
    if (sampleDraft) await saveDraftWithRevision(db, sampleDraft, 5);
    await removeSample(db);
    expect((await listCompanies(db)).records.map((record) => record.id)).toEqual(['mine']);
    expect((await listAttachments(db, SAMPLE_COMPANY_ID)).records).toEqual([]);
    expect(await db.count('attachmentBlobs')).toBe(0);
    expect(await db.count('revisions')).toBe(0);
    expect((await listDrafts(db)).records).toEqual([]);
    expect((await listFigures(db, SAMPLE_COMPANY_ID)).records).toEqual([]);
  });
});

describe('records are parsed on read and on write', () => {
  it('a corrupt record is reported with its path and skipped', async () => {
    await loadSample(db);
    await db.put('drafts', { id: 'broken', companyId: SAMPLE_COMPANY_ID, editionId: '2020' } as never);
    const drafts = await listDrafts(db);
    expect(drafts.records).toHaveLength(1);
    expect(drafts.corrupt).toEqual([
      { store: 'drafts', key: 'broken', problem: expect.stringContaining('status') },
    ]);
  });

  it('a malformed write throws before anything is stored', async () => {
    const bad = {
      id: 'x',
      companyId: 'c',
      editionId: '2020',
      status: 'lost',
      values: {},
      createdAt: 1,
      updatedAt: 1,
    };
    await expect(saveDraft(db, bad as never)).rejects.toThrow();
    expect((await listDrafts(db)).records).toEqual([]);
  });
});
