import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, serializeBackup } from '@/lib/backup/export';
import { applyImport, parseBackup } from '@/lib/backup/import';
import { findEdition, setLocalEditions } from '@/lib/catalog';
import { saveLocalEdition } from '@/lib/editions/local';
import { type Database, DB_VERSION, openDatabase } from '@/lib/store/db';
import { draftRecordSchema } from '@/lib/store/records';
import { saveCompanyWithRevision, saveDraftWithRevision } from '@/lib/store/revisions';
import { SAMPLE_COMPANY_ID, SAMPLE_DRAFT_ID } from '@/lib/store/sample';
import { EDITION_2022 } from '@/test/fixtures/editions/edition-2022';
import { type DatabaseDump, dumpDatabase, restoreDatabase } from '@/test/fixtures/store-v1/dump';
import { loadOverview, readCompanyInputs, summarizeDraft } from './summary';

/** A v3 database written by the v3 code (test/fixtures/store-v3/generate.ts says how). */
const v3: DatabaseDump = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../test/fixtures/store-v3/database.json'), 'utf8'),
);
const TODAY = new Date('2020-05-08T10:00:00+08:00');
const DRAFT_IDS = ['draft-archived', 'draft-errors', 'draft-local', 'draft-trashed', SAMPLE_DRAFT_ID];

afterEach(() => setLocalEditions([]));

let opened = 0;
async function upgradedV3(): Promise<Database> {
  const name = `summaries-v3-${++opened}`;
  await restoreDatabase(v3, name);
  return openDatabase(name);
}

/** Each draft's summary computed from scratch, as the stored one must read. */
async function expectedSummary(db: Database, draftId: string, today = TODAY) {
  const draft = draftRecordSchema.parse(await db.get('drafts', draftId));
  const company = await db.get('companies', draft.companyId);
  const { inputs } = company
    ? await readCompanyInputs(db, company)
    : { inputs: { company: undefined, figures: [], custom: [] } };
  return summarizeDraft(draft, inputs, findEdition(draft.editionId) ?? EDITION_2022, today);
}

describe('DB step 4: stored draft summaries, proven on a v3 profile', () => {
  it('the fixture is a v3 database; the upgrade keeps every v3 record and adds an empty summaries store', async () => {
    expect(v3.version).toBe(3);
    const db = await upgradedV3();
    expect(db.version).toBe(DB_VERSION);
    const after = await dumpDatabase(unwrap(db));
    for (const store of v3.stores)
      expect(
        after.stores.find((candidate) => candidate.name === store.name),
        store.name,
      ).toEqual(store);
    const added = after.stores.find((store) => store.name === 'summaries');
    expect(added).toMatchObject({ keyPath: 'id', records: [] });
    expect(added?.indexes.map((index) => index.name)).toEqual(['byCompany']);
    db.close();
  });

  it('the first overview computes and stores every summary; the next one reads them and validates nothing', async () => {
    const db = await upgradedV3();
    const first = await loadOverview(db, TODAY);
    expect(first.recomputed).toBe(DRAFT_IDS.length);
    expect(first.corrupt).toEqual([]);
    const stored = await db.getAll('summaries');
    expect(stored.map((summary) => summary.id).toSorted()).toEqual(DRAFT_IDS);
    for (const summary of stored) expect(summary, summary.id).toEqual(await expectedSummary(db, summary.id));

    // In work: newest first; archived and trashed apart, as before the step.
    expect(first.drafts.map(({ draft }) => draft.id)).toEqual([
      'draft-local',
      'draft-errors',
      SAMPLE_DRAFT_ID,
    ]);
    expect(first.archived.map(({ draft }) => draft.id)).toEqual(['draft-archived']);
    expect(first.trash).toEqual([expect.objectContaining({ id: 'draft-trashed', label: '已删除的项目' })]);
    const [local, errors, sample] = first.drafts;
    expect(local?.edition.id).toBe('test-2022');
    expect(sample?.draft).toMatchObject({
      errors: 0,
      title: '基于5G和人工智能的“云栈医联”互联网医疗服务平台',
    });
    expect(sample?.draft.filled).toBe(sample?.draft.required);
    // The second company's required user-defined field counts, and its wrong 信用代码 is an error.
    expect(errors?.draft.errors).toBeGreaterThan(1);
    expect(errors?.draft.required).toBeGreaterThan(errors?.draft.filled ?? 0);

    const again = await loadOverview(db, TODAY);
    expect(again.recomputed).toBe(0);
    expect(again.drafts).toEqual(first.drafts);
    db.close();
  });

  it('recomputes only what changed: the draft, its company, the company’s figures, the edition, the year', async () => {
    const db = await upgradedV3();
    await loadOverview(db, TODAY);
    const draft = draftRecordSchema.parse(await db.get('drafts', 'draft-errors'));
    await saveDraftWithRevision(
      db,
      { ...draft, values: { ...draft.values, 'project.name': '智慧社区服务平台（修订）' }, updatedAt: 9e12 },
      9e12,
    );
    let overview = await loadOverview(db, TODAY);
    expect(overview.recomputed).toBe(1);
    expect(overview.drafts[0]?.draft.title).toBe('智慧社区服务平台（修订）');

    // The company (and so each of its four drafts), not the sample's.
    const company = await db.get('companies', 'company-second');
    if (!company) throw new Error('fixture company missing');
    await saveCompanyWithRevision(db, { ...company, updatedAt: company.updatedAt + 1 }, 9e12);
    expect((await loadOverview(db, TODAY)).recomputed).toBe(4);

    const figures = await db.getAllFromIndex('figures', 'byCompany', SAMPLE_COMPANY_ID);
    await db.put('figures', { ...(figures[0] as (typeof figures)[number]), updatedAt: 9e12 });
    expect((await loadOverview(db, TODAY)).recomputed).toBe(1);

    // A local edition saved again with other rules: its one draft.
    await saveLocalEdition(
      db,
      { ...EDITION_2022, wordLimits: { ...EDITION_2022.wordLimits, 'project.summary': 250 } },
      9e12,
    );
    expect((await loadOverview(db, TODAY)).recomputed).toBe(1);

    // A year cell is checked against this year: a new year recomputes everything.
    overview = await loadOverview(db, new Date('2021-01-02T10:00:00+08:00'));
    expect(overview.recomputed).toBe(DRAFT_IDS.length);
    db.close();
  });

  it('zod on read: an unreadable stored summary is recomputed, one of a deleted draft is dropped', async () => {
    const db = await upgradedV3();
    await loadOverview(db, TODAY);
    await db.put('summaries', { id: SAMPLE_DRAFT_ID, errors: 'many' } as never);
    await db.put('summaries', { ...(await expectedSummary(db, 'draft-local')), id: 'draft-gone' });
    const overview = await loadOverview(db, TODAY);
    expect(overview.recomputed).toBe(1);
    expect(overview.corrupt).toEqual([]);
    expect(await db.get('summaries', SAMPLE_DRAFT_ID)).toEqual(await expectedSummary(db, SAMPLE_DRAFT_ID));
    expect(await db.get('summaries', 'draft-gone')).toBeUndefined();
    // A draft that no longer parses is reported as before, and has no summary.
    await db.put('drafts', { id: 'draft-broken', values: 3 } as never);
    const broken = await loadOverview(db, TODAY);
    expect(broken.corrupt).toEqual([expect.objectContaining({ store: 'drafts', key: 'draft-broken' })]);
    expect(await db.get('summaries', 'draft-broken')).toBeUndefined();
    db.close();
  });

  it('a backup import stores the summaries of what it brings in, so the next open validates nothing', async () => {
    const source = await upgradedV3();
    await loadOverview(source, TODAY);
    const text = serializeBackup(await exportBackup(source, TODAY.getTime(), { appVersion: '0.1.0' }));
    source.close();
    setLocalEditions([]);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const target = await openDatabase(`summaries-import-${++opened}`);
    const result = await applyImport(target, parsed.backup);
    expect(result.ok).toBe(true);
    const stored = await target.getAll('summaries');
    expect(stored.length).toBe(await target.count('drafts'));
    expect(stored.length).toBeGreaterThan(0);
    expect((await loadOverview(target)).recomputed).toBe(0);
    target.close();
  });
});
