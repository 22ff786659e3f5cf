import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Database, ShenbaoDB } from './db';
import { keyOfRecord, parseRecords, type ReadResult } from './read';
import {
  type CompanyRecord,
  companyRecordSchema,
  type DraftRecord,
  draftRecordSchema,
  type RevisionRecord,
  revisionRecordSchema,
  type StoredValues,
} from './records';

/** The last 50 saved states of each draft and profile are kept (issue: store). */
export const REVISIONS_KEPT = 50;
/**
 * Saves within one 30-second window update one revision (its time becomes the last save's),
 * so 50 revisions span real work, not keystrokes, and continuous typing still yields a new
 * revision every window.
 */
export const REVISION_COALESCE_MS = 30_000;
const windowOf = (time: number) => Math.floor(time / REVISION_COALESCE_MS);

export const draftTarget = (id: string) => `draft:${id}`;
export const companyTarget = (id: string) => `company:${id}`;

type RevisionStore = IDBPObjectStore<ShenbaoDB, ArrayLike<StoreNames<ShenbaoDB>>, 'revisions', 'readwrite'>;

function targetRange(target: string): IDBKeyRange {
  return IDBKeyRange.bound([target, 0], [target, Number.MAX_SAFE_INTEGER]);
}

/** Adds a revision (or refreshes the newest one when it is recent) and prunes beyond 50. */
async function addRevision(
  store: RevisionStore,
  target: string,
  values: StoredValues,
  now: number,
  separate = false,
): Promise<void> {
  const keys = await store.index('byTarget').getAllKeys(targetRange(target));
  const newestKey = keys.at(-1);
  const newest = newestKey === undefined ? undefined : await store.get(newestKey);
  if (!separate && newest && windowOf(newest.savedAt) === windowOf(now)) {
    await store.put({ ...newest, savedAt: now, values });
  } else {
    await store.add(revisionRecordSchema.parse({ target, savedAt: now, values }));
    keys.push(-1);
  }
  const excess = keys.length - REVISIONS_KEPT;
  for (const key of keys.slice(0, Math.max(0, excess))) await store.delete(key);
}

/**
 * Saves a draft and its revision in one transaction: both land, or neither. A `separate`
 * revision (a restore) is never merged into the newest one, so the state before it stays.
 */
export async function saveDraftWithRevision(
  db: Database,
  draft: DraftRecord,
  now = Date.now(),
  { separate = false }: { separate?: boolean } = {},
): Promise<void> {
  const record = draftRecordSchema.parse(draft);
  const tx = db.transaction(['drafts', 'revisions', 'summaries'], 'readwrite');
  await tx.objectStore('drafts').put(record);
  // Its stored summary no longer says what the draft holds (lib/drafts/summary.ts).
  await tx.objectStore('summaries').delete(record.id);
  await addRevision(tx.objectStore('revisions'), draftTarget(record.id), record.values, now, separate);
  await tx.done;
}

/** Saves a company profile and its revision in one transaction. */
export async function saveCompanyWithRevision(
  db: Database,
  company: CompanyRecord,
  now = Date.now(),
): Promise<void> {
  const record = companyRecordSchema.parse(company);
  const tx = db.transaction(['companies', 'revisions'], 'readwrite');
  await tx.objectStore('companies').put(record);
  await addRevision(tx.objectStore('revisions'), companyTarget(record.id), record.profile, now);
  await tx.done;
}

/** Revisions of one draft or profile, newest first. */
export async function listRevisions(db: Database, target: string): Promise<ReadResult<RevisionRecord>> {
  const raws = await db.getAllFromIndex('revisions', 'byTarget', targetRange(target));
  return parseRecords('revisions', raws.reverse(), revisionRecordSchema, keyOfRecord);
}
