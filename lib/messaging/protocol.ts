import { z } from 'zod';

/**
 * The one message protocol between the extension's parts. Every message is parsed with zod
 * where it arrives; each request type has its own payload (no catch-all message with twenty
 * optional fields).
 *
 *   panel (extension iframe on the page) ──tab/*──► background ──content/*──► content script
 *   content script ──application/get, file/get, mappings/*──► background (IndexedDB)
 */
const fieldValue = z.union([
  z.string(),
  z.boolean(),
  z.array(z.string()),
  z.object({ start: z.string(), end: z.string() }),
  z.array(z.object({ id: z.string().optional(), name: z.string(), year: z.number().optional() })),
]);

export const requestSchema = z.discriminatedUnion('type', [
  /** Panel → background → the content script of the panel's tab. */
  z.object({
    type: z.literal('tab/fill'),
    draftId: z.string().min(1),
    overwrite: z.array(z.string()).default([]),
  }),
  z.object({ type: z.literal('tab/undo') }),
  z.object({ type: z.literal('tab/reveal'), fieldId: z.string().min(1) }),
  /** Background → content script. */
  z.object({
    type: z.literal('content/fill'),
    draftId: z.string().min(1),
    overwrite: z.array(z.string()).default([]),
  }),
  z.object({ type: z.literal('content/undo') }),
  z.object({ type: z.literal('content/reveal'), fieldId: z.string().min(1) }),
  /** Panel → background: the drafts to choose from (the panel's own storage may be partitioned). */
  z.object({ type: z.literal('drafts/list') }),
  z.object({ type: z.literal('drafts/choose'), draftId: z.string().min(1) }),
  /** Content script → panel: the report grew (fields of a step or tab filled later). */
  z.object({ type: z.literal('fill/progress'), report: z.lazy(() => fillReportSchema) }),
  /** Content script → background (the store). */
  z.object({ type: z.literal('application/get'), draftId: z.string().min(1) }),
  z.object({ type: z.literal('file/get'), id: z.string().min(1) }),
  z.object({ type: z.literal('mappings/list'), host: z.string().min(1) }),
  z.object({
    type: z.literal('mappings/save'),
    host: z.string().min(1),
    signature: z.string().min(1),
    key: z.string().min(1),
  }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

const reportEntry = z.object({
  key: z.string(),
  label: z.string(),
  fieldId: z.string().optional(),
  detail: z.string().optional(),
  signature: z.string().optional(),
});

export const fillReportSchema = z.object({
  filled: z.array(reportEntry),
  skipped: z.array(
    reportEntry.extend({ reason: z.enum(['noValue', 'pageHasValue', 'unsupported', 'failed']) }),
  ),
  notFound: z.array(reportEntry),
  unsure: z.array(reportEntry),
  didNotStick: z.array(reportEntry),
});

export const applicationSchema = z.object({
  editionId: z.string(),
  values: z.record(z.string(), fieldValue),
});

export const fileSchema = z.object({ name: z.string(), type: z.string(), base64: z.string() });

export const mappingsSchema = z.array(z.object({ signature: z.string(), key: z.string() }));

export const draftChoicesSchema = z.object({
  currentId: z.string().optional(),
  drafts: z.array(z.object({ id: z.string(), label: z.string() })),
});

/** Every reply: a result, or a zh-CN message that says what went wrong. */
export const replySchema = <T extends z.ZodType>(result: T) =>
  z.union([
    z.object({ ok: z.literal(true), result }),
    z.object({ ok: z.literal(false), message: z.string() }),
  ]);

export const RESULT_SCHEMAS = {
  'tab/fill': fillReportSchema,
  'tab/undo': z.array(z.string()),
  'tab/reveal': z.boolean(),
  'content/fill': fillReportSchema,
  'content/undo': z.array(z.string()),
  'content/reveal': z.boolean(),
  'fill/progress': z.boolean(),
  'drafts/list': draftChoicesSchema,
  'drafts/choose': z.boolean(),
  'application/get': applicationSchema,
  'file/get': fileSchema,
  'mappings/list': mappingsSchema,
  'mappings/save': z.boolean(),
} as const satisfies Record<Request['type'], z.ZodType>;

export type ResultOf<T extends Request['type']> = z.infer<(typeof RESULT_SCHEMAS)[T]>;
export type Reply<T extends Request['type']> =
  | { ok: true; result: ResultOf<T> }
  | { ok: false; message: string };
