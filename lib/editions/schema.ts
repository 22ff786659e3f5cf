import { z } from 'zod';
import type { Edition } from '@/lib/catalog';

/**
 * The edition package as zod: what a package value (built-in or local), a saved local edition
 * and a shared edition file must look like. The TypeScript `Edition` (lib/catalog/types.ts)
 * is the same shape; `editionPackageSchema satisfies` keeps them in step and a test parses
 * every built-in package with it. Full zod: used by the dashboard, the store and tests only,
 * never by the content script.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const year = z.number().int().min(1990).max(2100);
const text = z.string().trim().min(1);

const conditionSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.object({ key: text, equals: z.union([z.string(), z.boolean()]) }),
    z.object({ key: text, includes: z.string() }),
    z.object({ key: text, filled: z.literal(true) }),
    z.object({ anyOf: z.array(conditionSchema) }),
  ]),
);
const requirementSchema = z.union([
  z.literal('always'),
  z.literal('optional'),
  z.object({ when: conditionSchema }),
]);

export const directionSchema = z.object({
  id: text,
  number: z.number().int().min(1),
  category: z.string(),
  label: text,
  continues: z.array(text).optional(),
});

export const attachmentRequirementSchema = z.object({
  key: text,
  appendix: z.string().regex(/^附\d+$/),
  item: z.number().int().min(1),
  label: text,
  proof: z.string(),
  required: requirementSchema,
  fiscalYearBound: z.boolean().optional(),
});

/** A row of the edition's own (user-defined field): text, long text, amount, number or date. */
export const editionFieldSchema = z.object({
  key: z.string().regex(/^edition\.[\w\u4e00-\u9fff-]+\.[\w-]+$/),
  section: z.enum(['project', 'detail']),
  group: z.string().optional(),
  label: text,
  aliases: z.array(z.string()),
  kind: z.enum(['text', 'longText', 'amount', 'integer', 'date']),
  scope: z.literal('project'),
  hint: z.string().optional(),
  unit: z.string().optional(),
  rules: z.object({ required: requirementSchema, maxWords: z.number().int().positive().optional() }),
});

export const submissionRulesSchema = z.object({
  deadline: z.string().regex(ISO_DAY),
  paperCopies: z.number().int().min(0).max(20),
  binding: z.string().optional(),
  electronic: z.enum(['disc', 'file']).optional(),
  onlineSystem: z.string().optional(),
  seal: z.boolean().optional(),
  pagingSeal: z.boolean().optional(),
  signature: z.boolean().optional(),
  proofsAsAttachments: z.boolean().optional(),
  office: text,
  contact: z.string().optional(),
  quote: z.string(),
});

export const editionPackageSchema = z.object({
  // Chinese allowed: a clerk names a provincial round 2020-重庆.
  id: z.string().regex(/^[\w\u4e00-\u9fff-]+$/),
  programme: text,
  year,
  fiscalYear: year,
  source: text,
  citation: z.object({
    notice: text,
    documentNumber: z.string().optional(),
    issuer: text,
    relayedBy: z.string().optional(),
    date: z.string().regex(ISO_DAY).optional(),
    document: text,
  }),
  directions: z.array(directionSchema).min(1),
  attachments: z.array(attachmentRequirementSchema),
  extraFields: z.array(editionFieldSchema).optional(),
  wordLimits: z.record(z.string(), z.number().int().positive()).optional(),
  instructions: z.array(z.string()),
  printed: z
    .object({
      titleLines: z.array(z.string()).optional(),
      compiledBy: z.string().optional(),
      guideNotice: z.string().optional(),
      declarationNotice: z.string().optional(),
      appendixTitles: z.record(z.string(), z.string()).optional(),
      appendicesWithProof: z.array(z.string()).optional(),
      appendixOrder: z.array(z.string().regex(/^附\d+$/)).optional(),
    })
    .optional(),
  submission: submissionRulesSchema,
  inferred: z.array(z.string()).optional(),
});

export type EditionPackage = z.infer<typeof editionPackageSchema>;

/**
 * A parsed package is an `Edition`. The recursive 条件 is typed loosely by zod, so the one
 * cast is here; the schema test parses every built-in package and compares it unchanged.
 */
export function asEdition(value: EditionPackage): Edition {
  return value as unknown as Edition;
}
