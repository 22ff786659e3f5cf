import { z } from 'zod';

/** A stored field value, by the shapes of lib/validate/schema.ts (any kind). */
export const fieldValueSchema = z.union([
  z.string(),
  z.boolean(),
  z.array(z.string()),
  z.object({ start: z.string(), end: z.string() }),
  z.array(z.object({ name: z.string(), year: z.number().int().optional() })),
]);

/** Values keyed by catalog key (docs/catalog.md). */
export const fieldValuesSchema = z.record(z.string(), fieldValueSchema);

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
  ...timestamps,
});

export type CompanyRecord = z.infer<typeof companyRecordSchema>;
export type FiguresRecord = z.infer<typeof figuresRecordSchema>;
export type DraftRecord = z.infer<typeof draftRecordSchema>;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
