import { allEditions, EDITIONS, type Edition, setLocalEditions } from '@/lib/catalog';
import type { Database } from '@/lib/store/db';
import { keyOfRecord, parseRecords, type ReadResult } from '@/lib/store/read';
import { type LocalEditionRecord, localEditionRecordSchema } from '@/lib/store/records';
import { asEdition, editionPackageSchema } from './schema';

/** Editions saved in this browser; corrupt records are reported, not thrown. */
export async function listLocalEditions(db: Database): Promise<ReadResult<LocalEditionRecord>> {
  return parseRecords('editions', await db.getAll('editions'), localEditionRecordSchema, keyOfRecord);
}

/** Reads the local editions and makes them known to the catalog (findEdition, allEditions). */
export async function loadLocalEditions(db: Database): Promise<readonly Edition[]> {
  const { records } = await listLocalEditions(db);
  const editions = records.map((record) => asEdition(record.edition));
  setLocalEditions(editions);
  return editions;
}

/** Why an edition cannot be saved, in zh-CN; undefined when it can. */
export function whyNotSavable(edition: Edition): string | undefined {
  if (EDITIONS.some((builtIn) => builtIn.id === edition.id))
    return `「${edition.id}」是内置的申报批次，不能覆盖。请改用其他批次编号（例如 ${edition.id}-重庆）。`;
  const taken = new Set(
    allEditions()
      .filter((other) => other.id !== edition.id)
      .flatMap((other) => other.directions.map((direction) => direction.id)),
  );
  const clash = edition.directions.find((direction) => taken.has(direction.id));
  if (clash) return `方向编号「${clash.id}」已被其他申报批次使用，请更改批次编号。`;
  const parsed = editionPackageSchema.safeParse(edition);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return `批次资料不完整：${first ? `${first.path.join('.') || '（整体）'}——${first.message}` : '格式不正确'}。请在表单中补全后再保存。`;
  }
  return undefined;
}

/** Saves (or replaces) a local edition; throws an Error with a zh-CN message when it cannot. */
export async function saveLocalEdition(db: Database, edition: Edition, now = Date.now()): Promise<void> {
  const problem = whyNotSavable(edition);
  if (problem) throw new Error(problem);
  const record = localEditionRecordSchema.parse({ id: edition.id, edition, savedAt: now });
  await db.put('editions', record);
  await loadLocalEditions(db);
}
