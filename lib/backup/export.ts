import type { z } from 'zod';
import { asEdition } from '@/lib/editions/schema';
import type { Database } from '@/lib/store/db';
import { describeZodProblem } from '@/lib/store/read';
import {
  attachmentRecordSchema,
  companyRecordSchema,
  customFieldRecordSchema,
  draftRecordSchema,
  figuresRecordSchema,
  localEditionRecordSchema,
  revisionRecordSchema,
  settingRecordSchema,
  siteMappingRecordSchema,
} from '@/lib/store/records';
import { bytesToBase64 } from './base64';
import {
  BACKUP_FORMAT,
  BACKUP_KINDS,
  BACKUP_VERSION,
  type BackupFile,
  type BackupKind,
  type BackupRecordOf,
  backupFileSchemaForData,
  draftSchemaFor,
  isBuiltInEditionId,
  KIND_LABEL,
  RECORD_SCHEMA,
} from './format';
import { backupErrorMap, describeIssues } from './messages';

/** A stored record that could not go into the backup, and why (zh-CN). */
export interface SkippedRecord {
  kind: BackupKind;
  key: string;
  problem: string;
}

export interface ExportResult {
  backup: BackupFile;
  skipped: SkippedRecord[];
}

export interface ExportOptions {
  /** The extension's version (manifest), recorded in `app.version`. */
  appVersion?: string;
  /** Revisions are history; leave them out for a smaller file. Default: included. */
  includeRevisions?: boolean;
}

interface Candidate {
  key: string;
  value: unknown;
}

/**
 * Keeps the records that satisfy the backup schema. A stored record the backup cannot carry
 * (corrupt, or a key the catalog no longer has) is reported instead of written, so every
 * exported file imports again.
 */
function admit<K extends BackupKind>(
  kind: K,
  candidates: readonly Candidate[],
  skipped: SkippedRecord[],
  schema: z.ZodType<BackupRecordOf<K>> = RECORD_SCHEMA[kind] as z.ZodType<BackupRecordOf<K>>,
): BackupRecordOf<K>[] {
  const records: BackupRecordOf<K>[] = [];
  for (const { key, value } of candidates) {
    const parsed = schema.safeParse(value, { error: backupErrorMap });
    if (parsed.success) records.push(parsed.data);
    else {
      const problem = describeIssues(parsed.error.issues, { kind, name: key }).join('；');
      skipped.push({ kind, key, problem });
    }
  }
  return records;
}

/** Parses a raw stored record with the store's schema (as every read does); corrupt ones are reported. */
function readStored<T>(
  kind: BackupKind,
  schema: z.ZodType<T>,
  raws: readonly unknown[],
  keyOf: (raw: unknown) => string,
  skipped: SkippedRecord[],
): { key: string; record: T }[] {
  const out: { key: string; record: T }[] = [];
  for (const raw of raws) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) out.push({ key: keyOf(raw), record: parsed.data });
    else
      skipped.push({ kind, key: keyOf(raw), problem: `本地记录已损坏：${describeZodProblem(parsed.error)}` });
  }
  return out;
}

const field = (raw: unknown, name: string): string =>
  raw && typeof raw === 'object' ? String((raw as Record<string, unknown>)[name] ?? '？') : '？';

/** Everything in the local database, in backup shape, plus what could not be included. */
export async function collectBackup(
  db: Database,
  now: Date | number = new Date(),
  options: ExportOptions = {},
): Promise<ExportResult> {
  const tx = db.transaction(
    [
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
    ],
    'readonly',
  );
  const [
    companies,
    figures,
    editions,
    drafts,
    customFields,
    attachments,
    blobs,
    revisions,
    siteMappings,
    settings,
  ] = await Promise.all([
    tx.objectStore('companies').getAll(),
    tx.objectStore('figures').getAll(),
    tx.objectStore('editions').getAll(),
    tx.objectStore('drafts').getAll(),
    tx.objectStore('customFields').getAll(),
    tx.objectStore('attachments').getAll(),
    tx.objectStore('attachmentBlobs').getAll(),
    tx.objectStore('revisions').getAll(),
    tx.objectStore('siteMappings').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;

  const skipped: SkippedRecord[] = [];
  const byId = (raw: unknown) => field(raw, 'id');

  const storedCompanies = readStored('companies', companyRecordSchema, companies, byId, skipped);
  const storedFigures = readStored(
    'figures',
    figuresRecordSchema,
    figures,
    (raw) => `${field(raw, 'companyId')} ${field(raw, 'year')} 年`,
    skipped,
  );
  const storedEditions = readStored('editions', localEditionRecordSchema, editions, byId, skipped);
  const storedDrafts = readStored('drafts', draftRecordSchema, drafts, byId, skipped);
  const storedCustomFields = readStored('customFields', customFieldRecordSchema, customFields, byId, skipped);
  const storedAttachments = readStored('attachments', attachmentRecordSchema, attachments, byId, skipped);
  const storedRevisions = readStored(
    'revisions',
    revisionRecordSchema,
    revisions,
    (raw) => `${field(raw, 'target')} @ ${field(raw, 'savedAt')}`,
    skipped,
  );
  const storedMappings = readStored(
    'siteMappings',
    siteMappingRecordSchema,
    siteMappings,
    (raw) => `${field(raw, 'host')} ${field(raw, 'signature')}`,
    skipped,
  );
  const storedSettings = readStored(
    'settings',
    settingRecordSchema,
    settings,
    (raw) => field(raw, 'key'),
    skipped,
  );

  const candidates = <T>(list: { key: string; record: T }[]): Candidate[] =>
    list.map(({ key, record }) => ({ key, value: record }));

  // References (docs/backup-format.md, References): the import refuses a record whose company
  // or draft is neither in the file nor stored, so a record whose owner does not go into the
  // file stays out too, and says why. An exported file always imports again.
  const exportedCompanies = admit('companies', candidates(storedCompanies), skipped);
  const companyIds = new Set(exportedCompanies.map((company) => company.id));
  const storedIds = (raws: readonly unknown[]) => new Set(raws.map((raw) => field(raw, 'id')));
  const storedCompanyIds = storedIds(companies);
  const ownerProblem = (noun: '单位' | '项目草稿', id: string, stored: ReadonlySet<string>) =>
    stored.has(id)
      ? `所属的${noun}（${id}）未能导出，这条记录也未导出`
      : `所属的${noun}（${id}）已不在本机，未导出`;
  function ofExportedCompany<T extends { companyId: string }>(
    kind: BackupKind,
    list: { key: string; record: T }[],
  ): { key: string; record: T }[] {
    return list.filter(({ key, record }) => {
      if (companyIds.has(record.companyId)) return true;
      skipped.push({ kind, key, problem: ownerProblem('单位', record.companyId, storedCompanyIds) });
      return false;
    });
  }

  // Attachment bytes: metadata and Blob are two stores; a file needs both.
  const blobById = new Map<string, Blob>();
  for (const raw of blobs as unknown[]) {
    const entry = raw as { id?: unknown; blob?: unknown };
    if (typeof entry?.id === 'string' && entry.blob instanceof Blob) blobById.set(entry.id, entry.blob);
  }
  const attachmentCandidates: Candidate[] = [];
  for (const { key, record } of storedAttachments) {
    const blob = blobById.get(record.id);
    blobById.delete(record.id);
    if (ofExportedCompany('attachments', [{ key, record }]).length === 0) continue;
    if (!blob) {
      skipped.push({ kind: 'attachments', key, problem: `附件「${record.name}」的文件内容缺失，未能导出` });
      continue;
    }
    const bytes = new Uint8Array(await blob.arrayBuffer());
    attachmentCandidates.push({ key, value: { ...record, dataBase64: bytesToBase64(bytes) } });
  }
  for (const orphan of blobById.keys()) {
    skipped.push({ kind: 'attachments', key: orphan, problem: '只有文件内容，没有对应的附件信息，未能导出' });
  }

  const exportedFigures = admit('figures', candidates(ofExportedCompany('figures', storedFigures)), skipped);
  // Local editions (新建申报批次) go with the file, so their drafts import anywhere; a draft of
  // an edition that is neither built in nor exported stays out, and says why.
  const exportedEditions = admit('editions', candidates(storedEditions), skipped);
  const editionIds = new Set(exportedEditions.map((record) => record.id));
  const storedEditionIds = storedIds(editions);
  const draftsWithEdition = ofExportedCompany('drafts', storedDrafts).filter(({ key, record }) => {
    if (isBuiltInEditionId(record.editionId) || editionIds.has(record.editionId)) return true;
    skipped.push({
      kind: 'drafts',
      key,
      problem: storedEditionIds.has(record.editionId)
        ? `所属的申报批次（${record.editionId}）未能导出，这个草稿也未导出`
        : `所属的申报批次（${record.editionId}）已不在本机，未导出`,
    });
    return false;
  });
  const exportedDrafts = admit(
    'drafts',
    candidates(draftsWithEdition),
    skipped,
    draftSchemaFor(exportedEditions.map((record) => asEdition(record.edition))),
  );
  const draftIds = new Set(exportedDrafts.map((draft) => draft.id));
  const storedDraftIds = storedIds(drafts);
  // A field kept on one draft goes with that draft.
  const customFieldCandidates = ofExportedCompany('customFields', storedCustomFields).filter(
    ({ key, record }) => {
      if (record.draftId === undefined || draftIds.has(record.draftId)) return true;
      skipped.push({
        kind: 'customFields',
        key,
        problem: ownerProblem('项目草稿', record.draftId, storedDraftIds),
      });
      return false;
    },
  );

  // Revisions are identified by target + savedAt across machines (their ids are local);
  // two with the same identity keep the newer one.
  const includeRevisions = options.includeRevisions ?? true;
  const revisionCandidates = new Map<string, Candidate>();
  for (const { key, record } of includeRevisions ? storedRevisions : []) {
    const [type, ...rest] = record.target.split(':');
    const ownerId = rest.join(':');
    const isCompany = type === 'company';
    // A target of neither shape is left to `admit`, which names the problem.
    if ((isCompany || type === 'draft') && !(isCompany ? companyIds : draftIds).has(ownerId)) {
      const problem = isCompany
        ? ownerProblem('单位', ownerId, storedCompanyIds)
        : ownerProblem('项目草稿', ownerId, storedDraftIds);
      skipped.push({ kind: 'revisions', key, problem });
      continue;
    }
    const { id: _localId, ...portable } = record;
    const identity = `${record.target}\u0000${record.savedAt}`;
    const older = revisionCandidates.get(identity);
    if (older) {
      skipped.push({
        kind: 'revisions',
        key: older.key,
        problem: '与另一个历史版本的保存时间相同，只导出了较新的一个',
      });
    }
    revisionCandidates.set(identity, { key, value: portable });
  }

  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    app: { version: options.appVersion || 'unknown' },
    companies: exportedCompanies,
    figures: exportedFigures,
    editions: exportedEditions,
    drafts: exportedDrafts,
    customFields: admit('customFields', candidates(customFieldCandidates), skipped),
    attachments: admit('attachments', attachmentCandidates, skipped),
    ...(includeRevisions ? { revisions: admit('revisions', [...revisionCandidates.values()], skipped) } : {}),
    siteMappings: admit('siteMappings', candidates(storedMappings), skipped),
    settings: admit('settings', candidates(storedSettings), skipped),
  };
  // Every record was admitted one by one; the whole file is checked once more so an export can
  // never produce a file that its own import would refuse.
  return { backup: backupFileSchemaForData(file).parse(file), skipped };
}

/** Reads everything from the db (attachment Blobs → Base64) into the backup format. */
export async function exportBackup(
  db: Database,
  now: Date | number = new Date(),
  options: ExportOptions = {},
): Promise<BackupFile> {
  return (await collectBackup(db, now, options)).backup;
}

/** The file's text: indented JSON (diffable, readable in any editor), UTF-8, newline at the end. */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `shenbao-backup-YYYYMMDD-HHmm.json`, local time. */
export function backupFileName(date: Date = new Date()): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
  return `shenbao-backup-${day}-${pad(date.getHours())}${pad(date.getMinutes())}.json`;
}

/** zh-CN lines for the export's report. */
export function describeSkipped(skipped: readonly SkippedRecord[]): string[] {
  return skipped.map(({ kind, key, problem }) =>
    problem.includes(key) ? problem : `${KIND_LABEL[kind].noun}「${key}」：${problem}`,
  );
}

/** 「1 家单位、3 条年度财务数据、1 个项目草稿」: what a backup holds, nonzero kinds only. */
export function describeBackupCounts(backup: BackupFile): string {
  const parts = BACKUP_KINDS.map((kind) => [kind, (backup[kind] ?? []).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${KIND_LABEL[kind].measure}${KIND_LABEL[kind].noun}`);
  return parts.length > 0 ? parts.join('、') : '没有任何记录';
}
