import { z } from 'zod';
import { EDITIONS, type Edition, type FieldDef, type FieldScope, fieldsFor } from '@/lib/catalog';
import { CUSTOM_FIELD_KINDS } from '@/lib/catalog/custom';
import { asEdition, editionPackageSchema } from '@/lib/editions/schema';
import { DRAFT_STATUSES, fieldValueSchema } from '@/lib/store/records';
import { attachmentRefSchema, valuesSchemaFor } from '@/lib/validate/schema';

/**
 * The backup file (docs/architecture.md, contract 4): one JSON document with every local
 * record, keyed by catalog keys (docs/catalog.md), attachment bytes embedded as Base64.
 * Documented in docs/backup-format.md; docs/backup.schema.json is generated from
 * `backupFileSchema`.
 *
 * Compatibility rule: any change to the shape bumps BACKUP_VERSION. A reader accepts its own
 * version (and, once there are several, older ones through an upgrade step) and refuses newer
 * ones with a message telling the user to update Shenbao.
 */
export const BACKUP_FORMAT = 'shenbao-backup';
export const BACKUP_VERSION = 2;

/**
 * The versions this reader imports: its own, and version 1 through `upgradeBackup` (version 2
 * added `customFields` and `custom.<id>` keys; a version 1 file has neither).
 */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** A version 1 file as version 2: the same records and no user-defined fields. */
export function upgradeBackup(data: Record<string, unknown>): Record<string, unknown> {
  if (data.version !== 1) return data;
  return { ...data, version: 2, customFields: [] };
}

/**
 * The largest file an import reads (docs/backup-format.md, Limits): 256 MiB, about 190 MB of
 * proof files once Base64 has added its third. The text, the parsed file, the decoded bytes
 * and the Blobs are all in memory at once during an import, so a tab needs several times the
 * file's size; beyond this a browser tab risks running out of memory.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

/**
 * The deepest nesting of objects and arrays an import accepts, counting the file's own object
 * as 1. An exported file nests 6 deep (file → drafts → draft → values → attachment list →
 * reference); the rest is room for setting values. Checked on the text before it is parsed,
 * so nothing recursive ever sees a deeper value.
 */
export const MAX_JSON_DEPTH = 64;

/** Every field of every edition, one entry per key (a key means the same in every edition). */
function fieldsOfAllEditions(): FieldDef[] {
  const byKey = new Map<string, FieldDef>();
  for (const edition of EDITIONS) for (const field of fieldsFor(edition)) byKey.set(field.key, field);
  return [...byKey.values()];
}

export const ALL_FIELDS: readonly FieldDef[] = fieldsOfAllEditions();
export const FIELD_BY_KEY: ReadonlyMap<string, FieldDef> = new Map(
  ALL_FIELDS.map((field) => [field.key, field]),
);

const inScopes = (fields: readonly FieldDef[], scopes: readonly FieldScope[]) =>
  fields.filter((field) => scopes.includes(field.scope));

/** Which scopes each kind of record may hold (docs/catalog.md, column scope). */
export const COMPANY_SCOPES: readonly FieldScope[] = ['company'];
export const FIGURES_SCOPES: readonly FieldScope[] = ['figures'];
export const DRAFT_SCOPES: readonly FieldScope[] = ['project', 'attachment'];

export const SCOPE_LABEL: Record<FieldScope, string> = {
  company: '单位资料',
  figures: '年度财务数据',
  project: '项目草稿',
  attachment: '附件',
};

const ALL_KEYS = ALL_FIELDS.map((field) => field.key) as [string, ...string[]];
const ATTACHMENT_KEYS = inScopes(ALL_FIELDS, ['attachment']).map((field) => field.key) as [
  string,
  ...string[],
];

const id = z.string().min(1);
const epochMs = z.number().meta({ description: '毫秒时间戳（Date.now()）' });

/** A missing or non-text key, else `unknown(key)`: never 「undefined」 or 「[object Object]」. */
const keyError = (input: unknown, unknown: (key: string) => string) =>
  input === undefined ? '缺失（必填）' : typeof input === 'string' ? unknown(input) : '格式不正确：应为文本';

/** A user-defined field's key (lib/catalog/custom.ts): `custom.` and the field's id. */
export const CUSTOM_KEY_PATTERN = /^custom\.[a-zA-Z0-9]+$/;
const CUSTOM_ID_PATTERN = /^[a-zA-Z0-9]+$/;
const isKnownKey = (keys: readonly string[]) => (input: unknown) =>
  typeof input === 'string' && (keys.includes(input) || CUSTOM_KEY_PATTERN.test(input));

// Catalog-key checks get their own message: listing 80 keys would bury the problem.
const catalogKey = z.string().refine(isKnownKey(ALL_KEYS), {
  error: (issue) =>
    keyError(
      issue.input,
      (key) =>
        `「${key}」既不是申报书目录中的字段，也不是自定义栏目（custom.<id>）（字段目录见 docs/catalog.md）`,
    ),
});
const attachmentKey = z.string().refine(isKnownKey(ATTACHMENT_KEYS), {
  error: (issue) =>
    keyError(
      issue.input,
      (key) =>
        `「${key}」不是申报书的附件项（应为 ${ATTACHMENT_KEYS.join('、')} 之一，或自定义附件栏目 custom.<id>）`,
    ),
});

export const companyBackupSchema = z
  .strictObject({
    id,
    profile: valuesSchemaFor(inScopes(ALL_FIELDS, COMPANY_SCOPES)).meta({
      description: '单位资料：scope 为 company 的目录字段',
    }),
    sample: z.boolean().optional(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ description: '一家单位的基本信息（表一），各年复用' });

export const figuresBackupSchema = z
  .strictObject({
    companyId: id,
    year: z.number().int().min(1949).max(2100),
    values: valuesSchemaFor(inScopes(ALL_FIELDS, FIGURES_SCOPES)).meta({
      description: '该财年的数据：scope 为 figures 的目录字段',
    }),
    updatedAt: epochMs,
  })
  .meta({ description: '一家单位某一财年的数据（主营业务收入等）' });

/** What every draft record carries beside its values, whichever edition it belongs to. */
const draftBookkeeping = {
  sample: z.boolean().optional(),
  copiedFrom: z.string().optional(),
  checklist: z
    .array(z.string())
    .optional()
    .meta({ description: '已勾选的递交清单项（lib/editions/checklist.ts 的 id）' }),
  createdAt: epochMs,
  updatedAt: epochMs,
};

function draftBackupSchemaFor(edition: Edition) {
  return z.strictObject({
    id,
    companyId: id,
    editionId: z.literal(edition.id),
    status: z.enum(DRAFT_STATUSES),
    values: valuesSchemaFor(inScopes(fieldsFor(edition), DRAFT_SCOPES)).meta({
      description: `${edition.year} 年申报书的项目与附件字段（scope 为 project 或 attachment）`,
    }),
    ...draftBookkeeping,
  });
}

type DraftBackupOption = ReturnType<typeof draftBackupSchemaFor>;

/** The values of a draft of a built-in edition are checked against its own edition's form. */
export const draftBackupSchema = z
  .discriminatedUnion(
    'editionId',
    EDITIONS.map(draftBackupSchemaFor) as unknown as [DraftBackupOption, ...DraftBackupOption[]],
  )
  .meta({ description: '一个申报批次（editionId）的项目草稿' });

const BUILT_IN_EDITION_IDS: readonly string[] = EDITIONS.map((edition) => edition.id);

/**
 * A draft of a local edition (新建申报批次) in the shape the JSON Schema describes: its values
 * are checked against that edition's form, found in the file's `editions` or, when only the
 * computer holds it, in the store (`previewImport`, `applyImport`); see
 * `backupFileSchemaForData`.
 */
function localDraftBackupSchemaFor(editionId: z.ZodType<string>) {
  return z.strictObject({
    id,
    companyId: id,
    editionId,
    status: z.enum(DRAFT_STATUSES),
    values: z.record(z.string(), fieldValueSchema).meta({
      description: '本机申报批次的项目与附件字段（按该批次的申报书检查）',
    }),
    ...draftBookkeeping,
  });
}

export const localDraftBackupSchema = localDraftBackupSchemaFor(
  z.string().min(1).meta({ description: '本机新建的申报批次的 id（见 editions）' }),
).meta({ description: '本机新建的申报批次（新建申报批次）的项目草稿' });

/** A draft of a built-in edition or of a local one: what the JSON Schema says a draft is. */
export const anyDraftBackupSchema = z.union([draftBackupSchema, localDraftBackupSchema]);

/** Whether an edition id is a built-in package's (2020, 2018). */
export const isBuiltInEditionId = (editionId: string): boolean => BUILT_IN_EDITION_IDS.includes(editionId);

/**
 * A local edition package (新建申报批次), as in the store's `editions` (version 2). Its id
 * must not be a built-in edition's: a backup never replaces a built-in package.
 */
export const editionBackupSchema = z
  .strictObject({
    id,
    edition: editionPackageSchema.meta({ description: '申报批次资料包（见 docs/edition.schema.json）' }),
    savedAt: epochMs,
  })
  .superRefine((record, ctx) => {
    if (isBuiltInEditionId(record.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `「${record.id}」是申报助手内置的申报批次，备份不能覆盖内置批次。请在导出它的电脑上把这个批次改用其他编号（例如 ${record.id}-重庆）后重新导出`,
      });
    } else if (record.edition.id !== record.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['edition', 'id'],
        message: `「${record.edition.id}」与这个申报批次的 id「${record.id}」不一致`,
      });
    }
  })
  .meta({ description: '本机新建的申报批次（新建申报批次），版本 2 起' });

const BASE64 = /^(?:[0-9a-zA-Z+/]{4})*(?:[0-9a-zA-Z+/]{2}==|[0-9a-zA-Z+/]{3}=)?$/;

/** Exact number of bytes a Base64 text decodes to. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

export const attachmentBackupSchema = z
  .strictObject({
    id,
    companyId: id,
    requirementKey: attachmentKey,
    name: z.string().min(1),
    type: z.string().meta({ description: 'MIME 类型，如 application/pdf' }),
    size: z.number().int().nonnegative().meta({ description: '字节数，等于 dataBase64 解码后的长度' }),
    year: z.number().int().optional(),
    pages: z.number().int().positive().optional().meta({ description: 'PDF 的页数（添加文件时读出）' }),
    addedAt: epochMs,
    dataBase64: z.base64().meta({ description: '文件内容，标准 Base64（RFC 4648 §4，带 = 填充）' }),
  })
  .superRefine((attachment, ctx) => {
    // Only meaningful for well-formed Base64 (a malformed one already has its own message).
    if (!BASE64.test(attachment.dataBase64) || typeof attachment.size !== 'number') return;
    const bytes = base64ByteLength(attachment.dataBase64);
    if (bytes !== attachment.size) {
      ctx.addIssue({
        code: 'custom',
        path: ['dataBase64'],
        message: `解码后为 ${bytes} 字节，与 size（${attachment.size} 字节）不符，文件可能被截断或改动过`,
      });
    }
  })
  .meta({ description: '一个证明材料文件：元数据加 Base64 内容' });

export const customFieldBackupSchema = z
  .strictObject({
    id: z.string().regex(CUSTOM_ID_PATTERN, { error: '只能包含字母和数字' }),
    companyId: id,
    draftId: id.optional().meta({ description: '只属于这个草稿时填写；不填则属于整个单位' }),
    label: z.string().trim().min(1).max(100).meta({ description: '栏目名称（页面上的标签）' }),
    aliases: z
      .array(z.string().trim().min(1))
      .max(20)
      .meta({ description: '别名：其他网站对同一栏目的叫法' }),
    kind: z
      .enum(CUSTOM_FIELD_KINDS)
      .meta({ description: 'text 文本、longText 长文本、number 数字、date 日期、choice 单选、file 附件' }),
    required: z.boolean().meta({ description: '是否计入必填（完成度）' }),
    maxWords: z.number().int().positive().optional().meta({ description: 'longText 的字数上限' }),
    options: z.array(z.string().trim().min(1)).optional().meta({ description: 'choice 的选项' }),
    value: z
      .union([z.string(), z.array(attachmentRefSchema)])
      .optional()
      .meta({ description: '值：文本，或 file 栏目的附件引用 [{ id?, name, year? }]' }),
    capturedFrom: z.string().min(1).optional().meta({ description: '从哪个网站的页面上保存下来（主机名）' }),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ description: '用户自定义的栏目及其值（custom.<id>），版本 2 起' });

export const REVISION_TARGET_PATTERN = /^(draft|company):.+$/;

export const revisionBackupSchema = z
  .strictObject({
    target: z.string().regex(REVISION_TARGET_PATTERN, {
      error: '应为 "draft:<草稿 id>" 或 "company:<单位 id>"',
    }),
    savedAt: epochMs,
    values: valuesSchemaFor(ALL_FIELDS).meta({
      description: 'company: 目标只含单位资料字段，draft: 目标只含项目与附件字段',
    }),
  })
  .superRefine((revision, ctx) => {
    const isCompany = revision.target.startsWith('company:');
    const allowed = isCompany ? COMPANY_SCOPES : DRAFT_SCOPES;
    for (const key of Object.keys(revision.values)) {
      const field = FIELD_BY_KEY.get(key);
      if (field && !allowed.includes(field.scope)) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', key],
          message: `是${SCOPE_LABEL[field.scope]}的字段，不能出现在${isCompany ? '单位资料' : '项目草稿'}的历史版本中`,
        });
      }
    }
  })
  .meta({ description: '草稿或单位资料的一个历史版本（不含本地自增 id）' });

export const siteMappingBackupSchema = z
  .strictObject({
    host: z.string().min(1),
    signature: z.string().min(1),
    key: catalogKey,
    updatedAt: epochMs,
  })
  .meta({ description: '用户在某个申报网站上教过的字段对应关系' });

export const settingBackupSchema = z
  .strictObject({ key: z.string().min(1), value: z.json() })
  .meta({ description: '一项设置（值为任意 JSON）' });

/** The collections of a backup, in the order they are written and applied. */
export const BACKUP_KINDS = [
  'companies',
  'figures',
  'editions',
  'drafts',
  'customFields',
  'attachments',
  'revisions',
  'siteMappings',
  'settings',
] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** zh-CN measure word + noun, for 「第 3 个项目草稿」 and 「新增 2 家单位」. */
export const KIND_LABEL: Record<BackupKind, { measure: string; noun: string }> = {
  companies: { measure: '家', noun: '单位' },
  figures: { measure: '条', noun: '年度财务数据' },
  editions: { measure: '个', noun: '申报批次' },
  drafts: { measure: '个', noun: '项目草稿' },
  customFields: { measure: '个', noun: '自定义栏目' },
  attachments: { measure: '个', noun: '附件' },
  revisions: { measure: '个', noun: '历史版本' },
  siteMappings: { measure: '条', noun: '站点字段对应' },
  settings: { measure: '项', noun: '设置' },
};

/** How records of each kind are identified: the same identity in the file and in the store means 覆盖. */
export const IDENTITY: { [K in BackupKind]: (record: BackupRecordOf<K>) => string } = {
  companies: (record) => record.id,
  figures: (record) => `${record.companyId}\u0000${record.year}`,
  editions: (record) => record.id,
  drafts: (record) => record.id,
  customFields: (record) => record.id,
  attachments: (record) => record.id,
  revisions: (record) => `${record.target}\u0000${record.savedAt}`,
  siteMappings: (record) => `${record.host}\u0000${record.signature}`,
  settings: (record) => record.key,
};

const IDENTITY_LABEL: Record<BackupKind, string> = {
  companies: 'id',
  figures: 'companyId 与 year',
  editions: 'id',
  drafts: 'id',
  customFields: 'id',
  attachments: 'id',
  revisions: 'target 与 savedAt',
  siteMappings: 'host 与 signature',
  settings: 'key',
};

const IDENTITY_PATH: Record<BackupKind, string> = {
  companies: 'id',
  figures: 'year',
  editions: 'id',
  drafts: 'id',
  customFields: 'id',
  attachments: 'id',
  revisions: 'savedAt',
  siteMappings: 'signature',
  settings: 'key',
};

function fileSchemaWith<D extends z.ZodType>(drafts: D) {
  return z
    .strictObject({
      format: z.literal(BACKUP_FORMAT).meta({ description: '固定为 "shenbao-backup"' }),
      version: z.literal(BACKUP_VERSION).meta({
        description: '格式版本；更新的版本需要更新的申报助手。版本 1 的文件在读取时升级为版本 2',
      }),
      exportedAt: z.iso.datetime().meta({ description: '导出时间（UTC，ISO 8601）' }),
      app: z.strictObject({ version: z.string().min(1).meta({ description: '导出时的申报助手版本' }) }),
      companies: z.array(companyBackupSchema),
      figures: z.array(figuresBackupSchema),
      editions: z
        .array(editionBackupSchema)
        .optional()
        .meta({ description: '本机新建的申报批次（版本 2 起；更早写成的版本 2 文件没有这一项）' }),
      drafts: z.array(drafts),
      customFields: z.array(customFieldBackupSchema).meta({ description: '自定义栏目（版本 2 起）' }),
      attachments: z.array(attachmentBackupSchema),
      revisions: z.array(revisionBackupSchema).optional(),
      siteMappings: z.array(siteMappingBackupSchema),
      settings: z.array(settingBackupSchema),
    })
    .superRefine((file, ctx) => {
      for (const kind of BACKUP_KINDS) {
        const records = (file[kind] ?? []) as BackupRecordOf<typeof kind>[];
        const identity = IDENTITY[kind] as (record: unknown) => string;
        const first = new Map<string, number>();
        records.forEach((record, index) => {
          const key = identity(record);
          const earlier = first.get(key);
          if (earlier === undefined) first.set(key, index);
          else
            ctx.addIssue({
              code: 'custom',
              path: [kind, index, IDENTITY_PATH[kind]],
              message: `与第 ${earlier + 1} ${KIND_LABEL[kind].measure}${KIND_LABEL[kind].noun}（${kind}[${earlier}]）重复（${IDENTITY_LABEL[kind]} 相同）`,
            });
        });
      }
    })
    .meta({
      title: '申报助手备份文件',
      description: '申报助手（Shenbao）的本地数据备份，见 docs/backup-format.md。',
    });
}

/**
 * The file as the JSON Schema describes it (docs/backup.schema.json) and as the code types it:
 * a draft is one of a built-in edition or of a local one. Parsing uses
 * `backupFileSchemaForData`, which checks each draft against its own edition's form.
 */
export const backupFileSchema = fileSchemaWith(anyDraftBackupSchema);

/** The local editions a file carries that may have drafts: valid, not built-in, first of an id. */
export function fileEditions(data: unknown): Edition[] {
  const list = data && typeof data === 'object' ? (data as { editions?: unknown }).editions : undefined;
  const editions = new Map<string, Edition>();
  for (const entry of Array.isArray(list) ? list : []) {
    const parsed = editionBackupSchema.safeParse(entry);
    if (parsed.success && !editions.has(parsed.data.id))
      editions.set(parsed.data.id, asEdition(parsed.data.edition));
  }
  return [...editions.values()];
}

/**
 * The drafts' schema for these local editions: each draft of a built-in edition or of one of
 * `editions` is checked against its own edition's form (values of another edition are named);
 * any other edition id is accepted here with values of a stored shape and checked against the
 * store by the import (docs/backup-format.md, References), or refused there when it is nowhere.
 */
export function draftSchemaFor(editions: readonly Edition[], otherIds: readonly string[] = []) {
  const known = new Set([...BUILT_IN_EDITION_IDS, ...editions.map((edition) => edition.id)]);
  const options = [...EDITIONS, ...editions.filter((edition) => !isBuiltInEditionId(edition.id))].map(
    draftBackupSchemaFor,
  ) as z.ZodType[];
  for (const other of new Set(otherIds)) {
    if (!known.has(other)) options.push(localDraftBackupSchemaFor(z.literal(other)));
  }
  return z.discriminatedUnion(
    'editionId',
    options as unknown as [DraftBackupOption, ...DraftBackupOption[]],
  ) as unknown as z.ZodType<DraftBackup>;
}

/**
 * The schema a file's text is parsed with: `backupFileSchema`, with every draft checked
 * against its own edition — a built-in one, one of the file's `editions`, or (for an id only
 * the store may hold) left to the import's reference check.
 */
export function backupFileSchemaForData(data: unknown): z.ZodType<BackupFile> {
  const drafts = data && typeof data === 'object' ? (data as { drafts?: unknown }).drafts : undefined;
  const ids = (Array.isArray(drafts) ? drafts : [])
    .map((draft) =>
      draft && typeof draft === 'object' ? (draft as { editionId?: unknown }).editionId : undefined,
    )
    .filter((editionId): editionId is string => typeof editionId === 'string' && editionId !== '');
  return fileSchemaWith(draftSchemaFor(fileEditions(data), ids)) as unknown as z.ZodType<BackupFile>;
}

export type BackupFile = z.output<typeof backupFileSchema>;
export type CompanyBackup = z.output<typeof companyBackupSchema>;
export type FiguresBackup = z.output<typeof figuresBackupSchema>;
export type DraftBackup = z.output<typeof anyDraftBackupSchema>;
export type EditionBackup = z.output<typeof editionBackupSchema>;
export type AttachmentBackup = z.output<typeof attachmentBackupSchema>;
export type CustomFieldBackup = z.output<typeof customFieldBackupSchema>;
export type RevisionBackup = z.output<typeof revisionBackupSchema>;
export type SiteMappingBackup = z.output<typeof siteMappingBackupSchema>;
export type SettingBackup = z.output<typeof settingBackupSchema>;

export interface BackupRecords {
  companies: CompanyBackup;
  figures: FiguresBackup;
  editions: EditionBackup;
  drafts: DraftBackup;
  customFields: CustomFieldBackup;
  attachments: AttachmentBackup;
  revisions: RevisionBackup;
  siteMappings: SiteMappingBackup;
  settings: SettingBackup;
}
export type BackupRecordOf<K extends BackupKind> = BackupRecords[K];

/** The schema of one element of each collection (export checks records one by one). */
export const RECORD_SCHEMA: { [K in BackupKind]: z.ZodType<BackupRecordOf<K>> } = {
  companies: companyBackupSchema,
  figures: figuresBackupSchema,
  editions: editionBackupSchema,
  drafts: anyDraftBackupSchema,
  customFields: customFieldBackupSchema,
  attachments: attachmentBackupSchema,
  revisions: revisionBackupSchema,
  siteMappings: siteMappingBackupSchema,
  settings: settingBackupSchema,
};
