import type { IDBPTransaction } from 'idb';
import type { z } from 'zod';
import { type Edition, fieldsFor } from '@/lib/catalog';
import { refreshSummaries } from '@/lib/drafts/summary';
import { loadLocalEditions } from '@/lib/editions/local';
import { asEdition } from '@/lib/editions/schema';
import type { Database, ShenbaoDB } from '@/lib/store/db';
import {
  type AttachmentBlob,
  type AttachmentRecord,
  attachmentRecordSchema,
  type CompanyRecord,
  type CustomFieldRecord,
  companyRecordSchema,
  customFieldRecordSchema,
  type DraftRecord,
  draftRecordSchema,
  type FiguresRecord,
  figuresRecordSchema,
  type LocalEditionRecord,
  localEditionRecordSchema,
  type RevisionRecord,
  revisionRecordSchema,
  type SettingRecord,
  type SiteMappingRecord,
  settingRecordSchema,
  siteMappingRecordSchema,
} from '@/lib/store/records';
import { REVISIONS_KEPT } from '@/lib/store/revisions';
import { valuesSchemaFor } from '@/lib/validate/schema';
import { base64ToBytes } from './base64';
import { findTooDeep, utf8ByteLength } from './bounds';
import {
  BACKUP_FORMAT,
  BACKUP_KINDS,
  BACKUP_VERSION,
  type BackupFile,
  type BackupKind,
  backupFileSchemaForData,
  DRAFT_SCOPES,
  isBuiltInEditionId,
  KIND_LABEL,
  MAX_BACKUP_BYTES,
  MAX_JSON_DEPTH,
  READABLE_VERSIONS,
  upgradeBackup,
} from './format';
import {
  backupErrorMap,
  describeBrokenReferences,
  describeIssues,
  describeJsonError,
  describeTooDeep,
  describeTooLarge,
  MISSING_VERSION_MESSAGE,
  recordLabel,
  shortJson,
  shortText,
  summarizeProblems,
} from './messages';

export type ParseResult =
  | { ok: true; backup: BackupFile }
  | {
      ok: false;
      /** zh-CN, names the path in the file: the first problem and how many more there are. */
      message: string;
      /** Every problem found (capped), one zh-CN sentence each. */
      problems: string[];
    };

const MAX_PROBLEMS = 50;

function failure(message: string, problems: string[] = [message]): ParseResult {
  return { ok: false, message, problems: problems.slice(0, MAX_PROBLEMS) };
}

function describeForeign(data: unknown): string {
  const lead = '这不是申报助手的备份文件';
  if (data === null || typeof data !== 'object') return `${lead}：文件内容不是一个 JSON 对象`;
  if (Array.isArray(data)) return `${lead}：文件内容是一个数组，而不是备份对象`;
  const format = (data as { format?: unknown }).format;
  if (format === undefined) return `${lead}：缺少 "format": "${BACKUP_FORMAT}"`;
  return `${lead}：format 为 ${shortJson(format)}，应为 "${BACKUP_FORMAT}"`;
}

/**
 * A file of `bytes` bytes is too large to import (the dashboard asks before reading it):
 * the zh-CN message, or undefined when the size is fine.
 */
export function checkBackupSize(bytes: number): string | undefined {
  return bytes > MAX_BACKUP_BYTES ? describeTooLarge(bytes) : undefined;
}

/**
 * Reads a backup file's text. Nothing is written: the result is either the validated backup
 * or a zh-CN message naming what is wrong and where (`drafts[2].values["project.period"]`).
 * Size and nesting are bounded on the text before it is parsed (docs/backup-format.md,
 * Limits), so no input makes it throw.
 */
export function parseBackup(text: string): ParseResult {
  // A UTF-8 character is at most 3 bytes per UTF-16 code unit: most files need no count.
  if (text.length * 3 > MAX_BACKUP_BYTES) {
    const bytes = utf8ByteLength(text, MAX_BACKUP_BYTES);
    if (bytes > MAX_BACKUP_BYTES) return failure(describeTooLarge(bytes));
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors may add a BOM
  if (source.trim() === '') return failure('文件不是有效的 JSON：文件是空的');
  const tooDeep = findTooDeep(source, MAX_JSON_DEPTH);
  if (tooDeep !== undefined) return failure(describeTooDeep(source, tooDeep));
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return failure(describeJsonError(source, error));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return failure(describeForeign(data));
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return failure(describeForeign(data));
  if (version === undefined) return failure(MISSING_VERSION_MESSAGE);
  // The version is checked before anything else of the file, so a newer file is refused whole,
  // never half-read (the version 1 reader did the same, which is why it refuses version 2).
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return failure(
      `这个备份文件来自更新版本的申报助手（备份格式版本 ${version}，当前版本只能读取版本 ${READABLE_VERSIONS.join('、')}）。请先更新申报助手，再导入。`,
    );
  }
  const upgraded = upgradeBackup(data as Record<string, unknown>);
  const parsed = backupFileSchemaForData(upgraded).safeParse(upgraded, { error: backupErrorMap });
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues);
    return failure(summarizeProblems(problems), problems);
  }
  return { ok: true, backup: parsed.data };
}

/** What importing one kind of record will do, by display name. */
export interface KindChanges {
  added: string[];
  /** Records with the same identity (id, or companyId + year, ...) already stored: replaced. */
  replaced: string[];
}

export type ImportPlan = { [K in BackupKind]: KindChanges };

const STORES = [
  'companies',
  'figures',
  'editions',
  'drafts',
  'customFields',
  'attachments',
  'attachmentBlobs',
  'revisions',
  'siteMappings',
  'settings',
  'summaries',
] as const;
type StoreName = (typeof STORES)[number];
type AnyTx = IDBPTransaction<ShenbaoDB, StoreName[], IDBTransactionMode>;

function displayNames(backup: BackupFile) {
  const companyNames = new Map(
    backup.companies.map((company) => [company.id, String(company.profile['company.name'] ?? company.id)]),
  );
  const company = (id: string) => companyNames.get(id) ?? id;
  const draftNames = new Map(
    backup.drafts.map((draft) => [draft.id, String(draft.values['project.name'] ?? '（未命名项目）')]),
  );
  const target = (value: string) => {
    const [type, ...rest] = value.split(':');
    const targetId = rest.join(':');
    return type === 'company'
      ? `单位「${company(targetId)}」`
      : `草稿「${draftNames.get(targetId) ?? targetId}」`;
  };
  return { company, draft: (id: string) => draftNames.get(id) ?? id, target };
}

/** Stored keys of the records a backup would write, looked up inside `tx`. */
async function classify(
  tx: AnyTx,
  backup: BackupFile,
): Promise<{ plan: ImportPlan; revisionIds: (number | undefined)[] }> {
  const names = displayNames(backup);
  const plan = Object.fromEntries(
    BACKUP_KINDS.map((kind) => [kind, { added: [], replaced: [] }]),
  ) as unknown as ImportPlan;
  const note = (kind: BackupKind, exists: boolean, name: string) =>
    plan[kind][exists ? 'replaced' : 'added'].push(name);

  for (const company of backup.companies) {
    note(
      'companies',
      (await tx.objectStore('companies').getKey(company.id)) !== undefined,
      names.company(company.id),
    );
  }
  for (const figures of backup.figures) {
    const key = await tx.objectStore('figures').getKey([figures.companyId, figures.year]);
    note('figures', key !== undefined, `${names.company(figures.companyId)} ${figures.year} 年`);
  }
  for (const record of backup.editions ?? []) {
    note(
      'editions',
      (await tx.objectStore('editions').getKey(record.id)) !== undefined,
      `${record.edition.programme}（${record.id}）`,
    );
  }
  for (const draft of backup.drafts) {
    note('drafts', (await tx.objectStore('drafts').getKey(draft.id)) !== undefined, names.draft(draft.id));
  }
  for (const field of backup.customFields) {
    note('customFields', (await tx.objectStore('customFields').getKey(field.id)) !== undefined, field.label);
  }
  for (const attachment of backup.attachments) {
    note(
      'attachments',
      (await tx.objectStore('attachments').getKey(attachment.id)) !== undefined,
      attachment.name,
    );
  }
  // Revisions have no id across machines: the same target and save time is the same revision.
  const revisionIds: (number | undefined)[] = [];
  for (const revision of backup.revisions ?? []) {
    const key = await tx
      .objectStore('revisions')
      .index('byTarget')
      .getKey([revision.target, revision.savedAt]);
    revisionIds.push(key);
    note(
      'revisions',
      key !== undefined,
      `${names.target(revision.target)} ${new Date(revision.savedAt).toLocaleString('zh-CN')}`,
    );
  }
  for (const mapping of backup.siteMappings) {
    const key = await tx.objectStore('siteMappings').getKey([mapping.host, mapping.signature]);
    note('siteMappings', key !== undefined, `${mapping.host} → ${mapping.key}`);
  }
  for (const setting of backup.settings) {
    note('settings', (await tx.objectStore('settings').getKey(setting.key)) !== undefined, setting.key);
  }
  return { plan, revisionIds };
}

/** 「第 2 个项目草稿（drafts[1]，项目名称「…」）」, or its id when it has no name. */
function draftLabel(index: number, draft: BackupFile['drafts'][number]): string {
  const name = draft.values['project.name'];
  return recordLabel(
    'drafts',
    index,
    typeof name === 'string' && name.trim() !== ''
      ? `项目名称「${shortText(name)}」`
      : `id ${shortJson(draft.id)}`,
  );
}

/**
 * Every record of the file that points at a company, draft or edition found neither in the file nor
 * in the store, one zh-CN sentence each (docs/backup-format.md, References). Checked: figures,
 * drafts and attachments → their company; drafts → their edition (built in, in the file or
 * stored; a stored one's form checks the draft's values); revisions → their draft or company. Not checked,
 * because the dashboard already shows them as missing: a draft's attachment references (「文件
 * 不在本机，请重新上传」), `copiedFrom` (history only) and the current-draft setting.
 */
async function brokenReferences(tx: AnyTx, backup: BackupFile): Promise<string[]> {
  const inFile = {
    companies: new Set(backup.companies.map((company) => company.id)),
    drafts: new Set(backup.drafts.map((draft) => draft.id)),
  };
  const stored = { companies: new Map<string, boolean>(), drafts: new Map<string, boolean>() };
  const exists = async (store: 'companies' | 'drafts', id: string): Promise<boolean> => {
    if (inFile[store].has(id)) return true;
    let known = stored[store].get(id);
    if (known === undefined) {
      known = (await tx.objectStore(store).getKey(id)) !== undefined;
      stored[store].set(id, known);
    }
    return known;
  };
  const nowhere = '不在备份文件中，也不在本机';
  const problems: string[] = [];
  // Editions: a draft's editionId is a built-in edition, one of the file's editions, or one
  // this computer holds; a draft of a stored edition is checked against that edition's form.
  const fileEditions = new Set((backup.editions ?? []).map((record) => record.id));
  const storedEditions = new Map<string, Edition | null>();
  const storedEdition = async (editionId: string): Promise<Edition | null> => {
    let edition = storedEditions.get(editionId);
    if (edition === undefined) {
      const parsed = localEditionRecordSchema.safeParse(await tx.objectStore('editions').get(editionId));
      edition = parsed.success ? asEdition(parsed.data.edition) : null;
      storedEditions.set(editionId, edition);
    }
    return edition;
  };
  for (const [index, figures] of backup.figures.entries()) {
    if (!(await exists('companies', figures.companyId))) {
      problems.push(
        `${recordLabel('figures', index, `${figures.year} 年`)}引用的单位（companyId ${shortJson(figures.companyId)}）${nowhere}`,
      );
    }
  }
  for (const [index, draft] of backup.drafts.entries()) {
    if (!(await exists('companies', draft.companyId))) {
      const label = draftLabel(index, draft);
      problems.push(`${label}引用的单位（companyId ${shortJson(draft.companyId)}）${nowhere}`);
    }
    if (isBuiltInEditionId(draft.editionId) || fileEditions.has(draft.editionId)) continue;
    const edition = await storedEdition(draft.editionId);
    if (!edition) {
      problems.push(
        `${draftLabel(index, draft)}引用的申报批次（editionId ${shortJson(draft.editionId)}）${nowhere}`,
      );
      continue;
    }
    const values = valuesSchemaFor(fieldsFor(edition).filter((field) => DRAFT_SCOPES.includes(field.scope)));
    const checked = values.safeParse(draft.values, { error: backupErrorMap });
    if (!checked.success) {
      const located = checked.error.issues.map((issue) => ({
        ...issue,
        path: ['drafts', index, 'values', ...issue.path],
      }));
      for (const problem of describeIssues(located)) {
        problems.push(`${problem}（按本机的申报批次「${shortText(edition.id)}」检查）`);
      }
    }
  }
  for (const [index, field] of backup.customFields.entries()) {
    const label = recordLabel('customFields', index, `栏目「${shortText(field.label)}」`);
    if (!(await exists('companies', field.companyId))) {
      problems.push(`${label}引用的单位（companyId ${shortJson(field.companyId)}）${nowhere}`);
    } else if (field.draftId !== undefined && !(await exists('drafts', field.draftId))) {
      problems.push(`${label}引用的项目草稿（draftId ${shortJson(field.draftId)}）${nowhere}`);
    }
  }
  for (const [index, attachment] of backup.attachments.entries()) {
    if (!(await exists('companies', attachment.companyId))) {
      problems.push(
        `${recordLabel('attachments', index, `文件「${shortText(attachment.name)}」`)}引用的单位（companyId ${shortJson(attachment.companyId)}）${nowhere}`,
      );
    }
  }
  for (const [index, revision] of (backup.revisions ?? []).entries()) {
    const separator = revision.target.indexOf(':');
    const type = revision.target.slice(0, separator);
    const id = revision.target.slice(separator + 1);
    const isCompany = type === 'company';
    if (!(await exists(isCompany ? 'companies' : 'drafts', id))) {
      problems.push(
        `${recordLabel('revisions', index, `target ${shortJson(revision.target)}`)}所属的${isCompany ? '单位' : '项目草稿'}（id ${shortJson(id)}）${nowhere}`,
      );
    }
  }
  return problems;
}

export type PreviewResult =
  | { ok: true; plan: ImportPlan }
  | {
      ok: false;
      /** zh-CN: the first record with a broken reference, how many more, and what to do. */
      message: string;
      /** Every such record (capped), one zh-CN sentence each. */
      problems: string[];
    };

/**
 * What an import would add and replace, for the user to confirm; or, when a record of the
 * file points at a company or draft that is neither in the file nor stored, why it cannot be
 * imported. Reads only.
 */
export async function previewImport(db: Database, backup: BackupFile): Promise<PreviewResult> {
  const tx = db.transaction([...STORES], 'readonly') as AnyTx;
  const broken = await brokenReferences(tx, backup);
  if (broken.length > 0) {
    await tx.done;
    return { ok: false, message: describeBrokenReferences(broken), problems: broken.slice(0, MAX_PROBLEMS) };
  }
  const { plan } = await classify(tx, backup);
  await tx.done;
  return { ok: true, plan };
}

const countsOf = (plan: ImportPlan, side: keyof KindChanges) =>
  BACKUP_KINDS.filter((kind) => plan[kind][side].length > 0)
    .map((kind) => `${plan[kind][side].length} ${KIND_LABEL[kind].measure}${KIND_LABEL[kind].noun}`)
    .join('、');

/** 「将新增 1 家单位、3 条年度财务数据；将覆盖 1 个项目草稿（…）。」 */
export function describePlan(plan: ImportPlan, tense: 'future' | 'past' = 'future'): string {
  const added = countsOf(plan, 'added');
  const replaced = countsOf(plan, 'replaced');
  if (!added && !replaced)
    return tense === 'future'
      ? '备份文件中没有任何记录，导入不会改变本地数据。'
      : '备份文件中没有任何记录，本地数据没有改变。';
  const [add, replace] = tense === 'future' ? ['将新增', '将覆盖'] : ['已新增', '已覆盖'];
  const parts = [
    added ? `${add} ${added}` : tense === 'future' ? '不会新增记录' : '没有新增记录',
    replaced
      ? `${replace} ${replaced}（本机上相同标识的记录${tense === 'future' ? '会被' : '已被'}备份中的版本替换）`
      : tense === 'future'
        ? '不会覆盖现有记录'
        : '没有覆盖现有记录',
  ];
  return `${parts.join('；')}。`;
}

/** The records to write, in store shape, built before the transaction opens. */
interface Writes {
  companies: CompanyRecord[];
  figures: FiguresRecord[];
  editions: LocalEditionRecord[];
  drafts: DraftRecord[];
  customFields: CustomFieldRecord[];
  attachments: AttachmentRecord[];
  attachmentBlobs: AttachmentBlob[];
  revisions: RevisionRecord[];
  siteMappings: SiteMappingRecord[];
  settings: SettingRecord[];
}

class InvalidRecord extends Error {}

/** Parses with the store's own schema (writes are parsed first, as everywhere in lib/store). */
function storedList<T>(schema: z.ZodType<T>, kind: BackupKind, values: readonly unknown[]): T[] {
  return values.map((value, index) => {
    const parsed = schema.safeParse(value, { error: backupErrorMap });
    if (parsed.success) return parsed.data;
    const located = parsed.error.issues.map((issue) => ({ ...issue, path: [kind, index, ...issue.path] }));
    throw new InvalidRecord(summarizeProblems(describeIssues(located)));
  });
}

function buildWrites(backup: BackupFile): Writes {
  return {
    companies: storedList(companyRecordSchema, 'companies', backup.companies),
    figures: storedList(figuresRecordSchema, 'figures', backup.figures),
    editions: storedList(localEditionRecordSchema, 'editions', backup.editions ?? []),
    drafts: storedList(draftRecordSchema, 'drafts', backup.drafts),
    customFields: storedList(customFieldRecordSchema, 'customFields', backup.customFields),
    attachments: storedList(
      attachmentRecordSchema,
      'attachments',
      backup.attachments.map(({ dataBase64: _bytes, ...metadata }) => metadata),
    ),
    attachmentBlobs: backup.attachments.map((attachment) => ({
      id: attachment.id,
      blob: new Blob([base64ToBytes(attachment.dataBase64)], { type: attachment.type }),
    })),
    revisions: storedList(revisionRecordSchema, 'revisions', backup.revisions ?? []),
    siteMappings: storedList(siteMappingRecordSchema, 'siteMappings', backup.siteMappings),
    settings: storedList(settingRecordSchema, 'settings', backup.settings),
  };
}

export type ApplyResult =
  | {
      ok: true;
      plan: ImportPlan /** Oldest revisions removed to keep 50 per draft or profile. */;
      prunedRevisions: number;
    }
  | {
      ok: false;
      /** zh-CN: 「导入失败，本地数据没有任何改动……」 with the reason and what to do. */
      message: string;
      /** Every problem found (capped), one zh-CN sentence each. */
      problems: string[];
    };

const NOTHING_CHANGED = '导入失败，本地数据没有任何改动';

function applyFailure(reason: string, problems: string[] = []): ApplyResult {
  const message = `${NOTHING_CHANGED}：${reason}`;
  return { ok: false, message, problems: problems.length > 0 ? problems.slice(0, MAX_PROBLEMS) : [message] };
}

/** Aborts `tx` (a synchronous throw does not abort it by itself) and waits for it to end. */
async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // already aborted or finished
  }
  // tx.done rejects with the abort itself; the error that caused it is reported by the caller.
  await tx.done.catch(() => undefined);
}

/**
 * Writes a parsed backup in ONE readwrite transaction over every store: records are added or
 * replaced (same identity), never deleted. If any write fails the transaction is aborted and
 * the local data is exactly as before.
 */
export async function applyImport(db: Database, backup: BackupFile): Promise<ApplyResult> {
  let writes: Writes;
  try {
    writes = buildWrites(backup);
  } catch (error) {
    return applyFailure(reason(error));
  }
  const tx = db.transaction([...STORES], 'readwrite') as IDBPTransaction<ShenbaoDB, StoreName[], 'readwrite'>;
  try {
    // Checked again inside the writing transaction: the store may have changed since the preview.
    const broken = await brokenReferences(tx, backup);
    if (broken.length > 0) {
      await abandon(tx);
      return applyFailure(describeBrokenReferences(broken), broken);
    }
    const { plan, revisionIds } = await classify(tx, backup);
    for (const record of writes.companies) await tx.objectStore('companies').put(record);
    for (const record of writes.figures) await tx.objectStore('figures').put(record);
    for (const record of writes.editions) await tx.objectStore('editions').put(record);
    // The stored summaries of what this import replaces are recomputed after it (below): the
    // imported drafts' and every draft of an imported company (its profile or figures changed).
    const summaries = tx.objectStore('summaries');
    for (const record of writes.drafts) {
      await tx.objectStore('drafts').put(record);
      await summaries.delete(record.id);
    }
    for (const companyId of new Set([...writes.companies, ...writes.figures].map(companyOf)))
      for (const key of await summaries.index('byCompany').getAllKeys(companyId)) await summaries.delete(key);
    for (const record of writes.customFields) await tx.objectStore('customFields').put(record);
    for (const record of writes.attachments) await tx.objectStore('attachments').put(record);
    for (const record of writes.attachmentBlobs) await tx.objectStore('attachmentBlobs').put(record);
    const revisions = tx.objectStore('revisions');
    for (const [index, record] of writes.revisions.entries()) {
      const existing = revisionIds[index];
      const { id: _ignored, ...withoutId } = record;
      if (existing === undefined) await revisions.add(withoutId);
      else await revisions.put({ ...withoutId, id: existing });
    }
    let prunedRevisions = 0;
    for (const target of new Set(writes.revisions.map((record) => record.target))) {
      const keys = await revisions
        .index('byTarget')
        .getAllKeys(IDBKeyRange.bound([target, -Infinity], [target, Infinity]));
      for (const key of keys.slice(0, Math.max(0, keys.length - REVISIONS_KEPT))) {
        await revisions.delete(key);
        prunedRevisions += 1;
      }
    }
    for (const record of writes.siteMappings) await tx.objectStore('siteMappings').put(record);
    for (const record of writes.settings) await tx.objectStore('settings').put(record);
    await tx.done;
    // The imported editions are known from now on (findEdition, allEditions), so their drafts
    // open, validate and fill like any other.
    if (writes.editions.length > 0) {
      await loadLocalEditions(db).catch((error: unknown) =>
        console.error('[shenbao] imported editions could not be registered', error),
      );
    }
    // The imported drafts' summaries are computed now, so the dashboard opens on stored ones.
    await refreshSummaries(db).catch((error: unknown) =>
      console.error('[shenbao] summaries of the imported drafts could not be computed', error),
    );
    return { ok: true, plan, prunedRevisions };
  } catch (error) {
    // A request error aborts the transaction by itself; a synchronous throw (DataError for a
    // bad key) does not, so abort explicitly. Either way nothing of this import is kept.
    await abandon(tx);
    return applyFailure(reason(error));
  }
}

/**
 * Why a write failed, in zh-CN and without the exception's own (English) text. A record the
 * store's schema refuses is named; a full disk says what to do; anything else is a fault of
 * the browser's database or of Shenbao, logged for the developer.
 */
/** The company a written company or figures record belongs to. */
function companyOf(record: { id: string } | { companyId: string }): string {
  return 'companyId' in record ? record.companyId : record.id;
}

function reason(error: unknown): string {
  if (error instanceof InvalidRecord) return error.message;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return '浏览器可用的存储空间不足。请清理电脑的磁盘空间，或删除不再需要的证明材料后重试。';
  }
  console.error('[shenbao] backup import failed', error);
  return '浏览器的本地数据库没有接受这次写入。请刷新页面后重试；如果仍然失败，请把备份文件和操作步骤告诉开发者。';
}
