// zod/mini, like the protocol: this file ships in the content script. The full package schema
// (lib/editions/schema.ts, full zod) stays out of it.
import { z } from 'zod/mini';
import { type Edition, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { UserError } from '@/lib/errors';
import type { ResultOf } from '@/lib/messaging/protocol';

/**
 * The light check of an edition package that `application/get` carries for a local edition
 * (新建申报批次): the parts the fill and the check read (form rows, 附 items, 字数 limits,
 * directions, years), in their shapes. The background sends only packages it parsed with the
 * full schema when they were saved; this guards the page against a broken or stale reply.
 */
const text = z.string().check(z.minLength(1));
const condition: z.ZodMiniType<unknown> = z.lazy(() =>
  z.union([
    z.object({ key: text, equals: z.union([z.string(), z.boolean()]) }),
    z.object({ key: text, includes: z.string() }),
    z.object({ key: text, filled: z.literal(true) }),
    z.object({ anyOf: z.array(condition) }),
  ]),
);
const requirement = z.union([z.literal('always'), z.literal('optional'), z.object({ when: condition })]);

export const localEditionSchema = z.object({
  id: text,
  programme: text,
  year: z.number(),
  fiscalYear: z.number(),
  source: z.string(),
  citation: z.object({ notice: z.string(), issuer: z.string(), document: z.string() }),
  directions: z.array(
    z.object({
      id: text,
      number: z.number(),
      category: z.string(),
      label: text,
      continues: z.optional(z.array(z.string())),
    }),
  ),
  attachments: z.array(
    z.object({
      key: text,
      appendix: z.string(),
      item: z.number(),
      label: text,
      proof: z.string(),
      required: requirement,
      fiscalYearBound: z.optional(z.boolean()),
    }),
  ),
  proofRules: z.optional(z.object({ maxBytes: z.number(), kinds: z.array(z.string()) })),
  extraFields: z.optional(
    z.array(
      z.object({
        key: z.string().check(z.startsWith('edition.')),
        section: z.enum(['project', 'detail']),
        group: z.optional(z.string()),
        label: text,
        aliases: z.array(z.string()),
        kind: z.enum(['text', 'longText', 'amount', 'integer', 'date']),
        scope: z.literal('project'),
        hint: z.optional(z.string()),
        unit: z.optional(z.string()),
        rules: z.object({ required: requirement, maxWords: z.optional(z.number()) }),
      }),
    ),
  ),
  wordLimits: z.optional(z.record(z.string(), z.number())),
  instructions: z.array(z.string()),
  submission: z.object({
    deadline: z.string(),
    paperCopies: z.number(),
    office: z.string(),
    quote: z.string(),
  }),
});

export const MALFORMED_EDITION_MESSAGE =
  '这份草稿所属的申报批次（本机新建）资料不完整或已损坏，无法按它填写或检查。请在管理页打开该申报批次重新保存后，刷新本页面再试。';

/**
 * The edition of an `application/get` reply: the package it carries (a local edition, checked
 * here where it arrives), else the built-in edition of that id, else the latest one. A package
 * that fails the check, or names another edition, is refused with a zh-CN UserError.
 */
export function editionOfApplication(application: ResultOf<'application/get'>): Edition {
  if (application.edition === undefined) return findEdition(application.editionId) ?? LATEST_EDITION;
  const parsed = localEditionSchema.safeParse(application.edition);
  if (!parsed.success || parsed.data.id !== application.editionId) {
    console.error('[shenbao] malformed edition package in application/get', parsed.error);
    throw new UserError(MALFORMED_EDITION_MESSAGE);
  }
  // Parsed in the shapes the catalog reads; the rest of the package (printed wording, 须知
  // details) is not needed on the page and is dropped by the parse.
  return parsed.data as unknown as Edition;
}
