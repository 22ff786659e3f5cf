import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './db';
import type { DraftRecord } from './records';
import { listDrafts } from './repository';
import {
  draftTarget,
  listRevisions,
  REVISION_COALESCE_MS,
  REVISIONS_KEPT,
  saveDraftWithRevision,
} from './revisions';

let db: Database;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = await openDatabase(`revisions-${name}`);
});
afterEach(() => db.close());

function makeDraft(overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    id: 'd1',
    companyId: 'c1',
    editionId: '2020',
    status: 'editing',
    values: { 'project.name': '草稿' },
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

describe('revisions', () => {
  it('saves closer than the coalescing window update one revision', async () => {
    await saveDraftWithRevision(db, makeDraft({ values: { 'project.name': '一' } }), 1000);
    await saveDraftWithRevision(db, makeDraft({ values: { 'project.name': '一二' } }), 2000);
    const revisions = await listRevisions(db, draftTarget('d1'));
    expect(revisions.records.map((revision) => [revision.savedAt, revision.values['project.name']])).toEqual([
      [2000, '一二'],
    ]);
  });

  it('a separate save (a restore) never merges into the newest revision', async () => {
    await saveDraftWithRevision(db, makeDraft({ values: { 'project.name': '一' } }), 1000);
    await saveDraftWithRevision(db, makeDraft({ values: { 'project.name': '旧' } }), 2000, {
      separate: true,
    });
    const revisions = await listRevisions(db, draftTarget('d1'));
    expect(revisions.records.map((revision) => revision.values['project.name'])).toEqual(['旧', '一']);
  });

  it('continuous typing still opens a new revision every window', async () => {
    for (let time = 0; time < 3 * REVISION_COALESCE_MS; time += 300) {
      await saveDraftWithRevision(db, makeDraft({ values: { 'project.name': `t${time}` } }), time);
    }
    expect((await listRevisions(db, draftTarget('d1'))).records).toHaveLength(3);
  });

  it('keeps the last 50 states, newest first', async () => {
    for (let index = 0; index < REVISIONS_KEPT + 5; index += 1) {
      await saveDraftWithRevision(
        db,
        makeDraft({ values: { 'project.name': `第${index}版` } }),
        index * REVISION_COALESCE_MS,
      );
    }
    const revisions = await listRevisions(db, draftTarget('d1'));
    expect(revisions.records).toHaveLength(REVISIONS_KEPT);
    expect(revisions.records[0]?.values['project.name']).toBe(`第${REVISIONS_KEPT + 4}版`);
    expect(revisions.records.at(-1)?.values['project.name']).toBe('第5版');
  });

  it('keeps revisions of different drafts apart', async () => {
    await saveDraftWithRevision(db, makeDraft({ id: 'a' }), 1);
    await saveDraftWithRevision(db, makeDraft({ id: 'b' }), 1);
    expect((await listRevisions(db, draftTarget('a'))).records).toHaveLength(1);
    expect((await listRevisions(db, draftTarget('b'))).records).toHaveLength(1);
  });

  it('a malformed draft stores neither the draft nor a revision', async () => {
    await expect(saveDraftWithRevision(db, makeDraft({ status: 'gone' as never }), 1)).rejects.toThrow();
    expect((await listDrafts(db)).records).toEqual([]);
    expect((await listRevisions(db, draftTarget('d1'))).records).toEqual([]);
  });
});
