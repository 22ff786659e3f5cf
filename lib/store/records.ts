import { z } from 'zod';
import { CUSTOM_FIELD_KINDS } from '@/lib/catalog/custom';
import { editionPackageSchema } from '@/lib/editions/schema';
import { attachmentRefSchema } from '@/lib/validate/schema';

/** A stored field value, by the shapes of lib/validate/schema.ts (any kind). */
export const fieldValueSchema = z.union([
  z.string(),
  z.boolean(),
  z.array(z.string()),
  z.object({ start: z.string(), end: z.string() }),
  z.array(attachmentRefSchema),
]);

/** Values keyed by catalog key (docs/catalog.md). */
export const fieldValuesSchema = z.record(z.string(), fieldValueSchema);
export type StoredValues = z.infer<typeof fieldValuesSchema>;

const timestamps = { createdAt: z.number(), updatedAt: z.number() };

/** A company profile: the table 一 cells reused every year. An agency may keep several. */
export const companyRecordSchema = z.object({
  id: z.string().min(1),
  profile: fieldValuesSchema,
  /** The built-in sample applicant, removable in one click. */
  sample: z.boolean().optional(),
  ...timestamps,
});

/** Company figures of one fiscal year (主营业务收入 of 2019, ...). */
export const figuresRecordSchema = z.object({
  companyId: z.string().min(1),
  year: z.number().int().min(1949).max(2100),
  values: fieldValuesSchema,
  updatedAt: z.number(),
});

export const DRAFT_STATUSES = ['editing', 'ready', 'submitted'] as const;

/** One project for one edition of the programme. */
export const draftRecordSchema = z.object({
  id: z.string().min(1),
  companyId: z.string().min(1),
  editionId: z.string().min(1),
  status: z.enum(DRAFT_STATUSES),
  values: fieldValuesSchema,
  sample: z.boolean().optional(),
  /** The draft of an earlier edition this one was copied from (从往年申报复制). */
  copiedFrom: z.string().optional(),
  /** Ids of the submission checklist items the user ticked (lib/editions/checklist.ts). */
  checklist: z.array(z.string()).optional(),
  ...timestamps,
});

/**
 * What the dashboard lists of one draft, stored so that opening the dashboard reads these small
 * records instead of validating every draft (database version 4). `basis` names what it was
 * computed from (lib/drafts/summary.ts): the rules, the edition, the company with its figures
 * and user-defined fields, the year. A write of the draft deletes it in the same transaction;
 * the next overview recomputes whatever is missing or no longer matches its basis.
 */
export const draftSummaryRecordSchema = z.object({
  /** The draft's id. */
  id: z.string().min(1),
  companyId: z.string().min(1),
  editionId: z.string().min(1),
  status: z.enum(DRAFT_STATUSES),
  /** 项目名称 as typed, '' when there is none. */
  title: z.string(),
  checklist: z.array(z.string()),
  copiedFrom: z.string().optional(),
  sample: z.boolean().optional(),
  /** Required cells filled, out of the required cells (the completeness meter). */
  filled: z.number().int().nonnegative(),
  required: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  basis: z.string().min(1),
  ...timestamps,
});

/** A proof file's metadata; the bytes live in `attachmentBlobs` so lists never load them. */
export const attachmentRecordSchema = z.object({
  id: z.string().min(1),
  companyId: z.string().min(1),
  /** Which 附 item it proves (catalog key, e.g. `attachment.revenueProof`). */
  requirementKey: z.string().min(1),
  name: z.string().min(1),
  type: z.string(),
  size: z.number().int().nonnegative(),
  /** The year the document is about (审计报告 of 2019). */
  year: z.number().int().optional(),
  /** A PDF's page count, when it could be read when the file was added. */
  pages: z.number().int().positive().optional(),
  addedAt: z.number(),
});

export const attachmentBlobSchema = z.object({
  id: z.string().min(1),
  blob: z.instanceof(Blob),
});

/** A saved state of a draft or a company profile, restorable (the last 50 are kept). */
export const revisionRecordSchema = z.object({
  id: z.number().int().optional(),
  /** `draft:<id>` or `company:<id>`. */
  target: z.string().min(1),
  savedAt: z.number(),
  values: fieldValuesSchema,
});

/** A field mapping the user taught on one site (used by the fill). */
export const siteMappingRecordSchema = z.object({
  host: z.string().min(1),
  /** Stable description of the page field (its label evidence), from the fill's snapshot. */
  signature: z.string().min(1),
  key: z.string().min(1),
  updatedAt: z.number(),
});

/**
 * A field the user defined (lib/catalog/custom.ts) with its value: on the company (every
 * draft sees it) or on one draft (`draftId`). Added in database version 2.
 */
export const customFieldRecordSchema = z.object({
  id: z.string().regex(/^[a-zA-Z0-9]+$/, '只能包含字母和数字'),
  companyId: z.string().min(1),
  draftId: z.string().min(1).optional(),
  label: z.string().trim().min(1, '栏目名称不能为空').max(100),
  aliases: z.array(z.string().trim().min(1)).max(20),
  kind: z.enum(CUSTOM_FIELD_KINDS),
  required: z.boolean(),
  maxWords: z.number().int().positive().optional(),
  options: z.array(z.string().trim().min(1)).optional(),
  /** Text of a text/longText/number/date/choice field; file references of a file field. */
  value: z.union([z.string(), z.array(attachmentRefSchema)]).optional(),
  /** The site it was captured from (「页面上还有 N 个资料库里没有的栏目」), if it was. */
  capturedFrom: z.string().min(1).optional(),
  ...timestamps,
});

export const settingRecordSchema = z.object({
  key: z.string().min(1),
  value: z.unknown(),
});

export type CompanyRecord = z.infer<typeof companyRecordSchema>;
export type FiguresRecord = z.infer<typeof figuresRecordSchema>;
export type DraftRecord = z.infer<typeof draftRecordSchema>;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;
export type AttachmentBlob = z.infer<typeof attachmentBlobSchema>;
export type RevisionRecord = z.infer<typeof revisionRecordSchema>;
export type SiteMappingRecord = z.infer<typeof siteMappingRecordSchema>;
export type SettingRecord = z.infer<typeof settingRecordSchema>;
export type CustomFieldRecord = z.infer<typeof customFieldRecordSchema>;
export type DraftSummaryRecord = z.infer<typeof draftSummaryRecordSchema>;

/** The values with one field set, or removed when `value` is undefined (an emptied cell). */
export function withValue(values: StoredValues, key: string, value: unknown): StoredValues {
  const next: Record<string, unknown> = { ...values, [key]: value };
  if (value === undefined) delete next[key];
  return next as StoredValues;
}

/** An edition package the user created from a notice or imported (新建申报批次). */
export const localEditionRecordSchema = z.object({
  id: z.string().min(1),
  edition: editionPackageSchema,
  savedAt: z.number(),
});
export type LocalEditionRecord = z.infer<typeof localEditionRecordSchema>;
