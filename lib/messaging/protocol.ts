// zod/mini: the same schemas in a tree-shakeable form, because this file ships in the content
// script that runs inside the 申报系统's page.
import { z } from 'zod/mini';
import { FILL_PHASES, type FillPhase } from '@/lib/fill/report';

/**
 * The one message protocol between the extension's parts. Every message is parsed with zod
 * where it arrives; each request type has its own payload (no catch-all message with twenty
 * optional fields).
 *
 *   panel (extension iframe on the page) ──tab/*──► background ──content/*──► content script
 *   content script ──application/get, file/get, mappings/*──► background (IndexedDB)
 */
const nonEmpty = z.string().check(z.minLength(1));

/**
 * The tab a request acts on, named only by the browser side panel (an extension page outside
 * any tab): the background classifies that tab from what the browser says about it, exactly as
 * it classifies a sender's tab, so the host still never comes from a message body. A page's own
 * frame (the in-page panel) may only name its own tab.
 */
const forTab = { tabId: z.optional(z.int().check(z.nonnegative())) };

const fieldValue = z.union([
  z.string(),
  z.boolean(),
  z.array(z.string()),
  z.object({ start: z.string(), end: z.string() }),
  z.array(z.object({ id: z.optional(z.string()), name: z.string(), year: z.optional(z.number()) })),
]);

export const requestSchema = z.discriminatedUnion('type', [
  /** Panel → background → the content script of the panel's tab. */
  z.object({
    type: z.literal('tab/fill'),
    draftId: nonEmpty,
    overwrite: z._default(z.array(z.string()), []),
    ...forTab,
  }),
  z.object({ type: z.literal('tab/undo'), ...forTab }),
  z.object({ type: z.literal('tab/check'), draftId: nonEmpty, ...forTab }),
  z.object({ type: z.literal('tab/attach'), draftId: nonEmpty, key: nonEmpty, ...forTab }),
  z.object({ type: z.literal('tab/reveal'), fieldId: nonEmpty, ...forTab }),
  /** Panel → content script: is the in-page panel really visible and uncovered right now? */
  z.object({ type: z.literal('tab/visible') }),
  /** Background → content script. */
  z.object({
    type: z.literal('content/fill'),
    draftId: nonEmpty,
    overwrite: z._default(z.array(z.string()), []),
  }),
  z.object({ type: z.literal('content/undo') }),
  z.object({ type: z.literal('content/check'), draftId: nonEmpty }),
  z.object({ type: z.literal('content/attach'), draftId: nonEmpty, key: nonEmpty }),
  z.object({ type: z.literal('content/reveal'), fieldId: nonEmpty }),
  z.object({ type: z.literal('content/visible') }),
  /**
   * 从页面采集: panel → background → content script, the page fields no catalog or user-defined
   * field placed that hold a value the user typed (lib/fill/capture.ts).
   */
  z.object({ type: z.literal('tab/capture'), draftId: nonEmpty, ...forTab }),
  z.object({ type: z.literal('content/capture'), draftId: nonEmpty }),
  /**
   * Panel → background: keep the ticked fields as user-defined fields of the company or of the
   * draft, with the page's values, and remember each field's signature for the sender's host.
   */
  z.object({
    type: z.literal('capture/save'),
    draftId: nonEmpty,
    scope: z.enum(['company', 'draft']),
    fields: z.array(z.lazy(() => capturedFieldSchema)).check(z.minLength(1), z.maxLength(100)),
    ...forTab,
  }),
  /** Panel → background: the drafts to choose from (the panel's own storage may be partitioned). */
  z.object({ type: z.literal('drafts/list'), ...forTab }),
  z.object({ type: z.literal('drafts/choose'), draftId: nonEmpty }),
  /** Content script → extension pages: the assistant now runs in this tab (the side panel attaches). */
  z.object({ type: z.literal('page/ready') }),
  /** Content script → panel: the report grew (fields of a step or tab filled later). */
  z.object({ type: z.literal('fill/progress'), report: z.lazy(() => fillReportSchema) }),
  /** Panel → background: 写回草稿, the page's value into the draft (or profile, or figures). */
  z.object({ type: z.literal('draft/update'), draftId: nonEmpty, key: nonEmpty, value: fieldValue }),
  /** Content script → background (the store). */
  z.object({ type: z.literal('application/get'), draftId: nonEmpty }),
  z.object({ type: z.literal('file/get'), id: nonEmpty }),
  /** The host is the sender's tab's, never the message's (docs/architecture.md, the relay). */
  z.object({ type: z.literal('mappings/list') }),
  z.object({ type: z.literal('mappings/save'), signature: nonEmpty, key: nonEmpty, ...forTab }),
  /** The GB/T 2260 region table as text (lib/fill/region), kept out of the content script. */
  z.object({ type: z.literal('regions/get') }),
]);

export type Request = z.infer<typeof requestSchema>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** The requests a panel (in the page or in the browser's side panel) sends about its tab's page. */
export type TabRequest = RequestOf<
  'tab/fill' | 'tab/undo' | 'tab/check' | 'tab/attach' | 'tab/reveal' | 'tab/capture'
>;

/** The content script's request a panel's `tab/*` request stands for (the background relays it). */
export function contentRequestOf(request: TabRequest): Request {
  switch (request.type) {
    case 'tab/fill':
      return { type: 'content/fill', draftId: request.draftId, overwrite: request.overwrite };
    case 'tab/undo':
      return { type: 'content/undo' };
    case 'tab/check':
      return { type: 'content/check', draftId: request.draftId };
    case 'tab/attach':
      return { type: 'content/attach', draftId: request.draftId, key: request.key };
    case 'tab/reveal':
      return { type: 'content/reveal', fieldId: request.fieldId };
    case 'tab/capture':
      return { type: 'content/capture', draftId: request.draftId };
  }
}

/**
 * The browser side panel's line to the content script of the tab it works on
 * (`browser.tabs.connect`). While one is open the in-page panel stays collapsed to its launcher,
 * so the form is not covered twice; it closes by itself when the side panel closes or moves to
 * another tab. The content script answers `attached` at once, which also tells the side panel
 * that the assistant runs in that tab.
 */
export const SIDE_PANEL_PORT = 'shenbao-side-panel';
export const sidePanelPortMessageSchema = z.object({ type: z.literal('side-panel/attached') });
export type SidePanelPortMessage = z.infer<typeof sidePanelPortMessageSchema>;

const reportEntry = z.object({
  key: z.string(),
  label: z.string(),
  fieldId: z.optional(z.string()),
  detail: z.optional(z.string()),
  signature: z.optional(z.string()),
  round: z.optional(z.number()),
});

export const fillReportSchema = z.object({
  filled: z.array(reportEntry),
  skipped: z.array(
    z.extend(reportEntry, { reason: z.enum(['noValue', 'pageHasValue', 'unsupported', 'failed']) }),
  ),
  notFound: z.array(reportEntry),
  unsure: z.array(reportEntry),
  didNotStick: z.array(reportEntry),
  hidden: z.array(reportEntry),
  failure: z.optional(
    z.object({
      phase: z.enum(Object.keys(FILL_PHASES) as [FillPhase, ...FillPhase[]]),
      error: z.string(),
    }),
  ),
});

const customKind = z.enum(['text', 'longText', 'number', 'date', 'choice', 'file']);

/** One page field offered to keep (「页面上还有 N 个栏目没有对应的资料」). */
export const capturedFieldSchema = z.object({
  /** The page's label: the new field's label. */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  kind: customKind,
  /** What the page holds (file names for an upload, whose bytes are not read). */
  value: z.string().check(z.maxLength(20_000)),
  options: z.optional(z.array(z.string()).check(z.maxLength(200))),
  /** The field's signature on this page (lib/fill/match, fieldSignatures): the site mapping. */
  signature: nonEmpty,
  /** An upload: the file the page holds, when the page let it be read (at most 10 MB). */
  file: z.optional(
    z.object({
      name: z.string().check(z.minLength(1), z.maxLength(255)),
      type: z.string().check(z.maxLength(255)),
      base64: z.string().check(z.maxLength(14_000_000)),
    }),
  ),
});

export const captureOfferSchema = z.object({
  candidates: z.array(z.extend(capturedFieldSchema, { fieldId: nonEmpty })),
  /** Fields holding a value that are never offered: their label and why (密码, 验证码 …). */
  withheld: z.array(z.object({ label: z.string(), reason: z.string() })),
});

/** A user-defined field as the content script needs it (lib/catalog/custom.ts, CustomFieldSpec). */
export const customFieldSpecSchema = z.object({
  id: nonEmpty,
  label: nonEmpty,
  aliases: z.array(z.string()),
  kind: customKind,
  required: z.boolean(),
  maxWords: z.optional(z.number()),
  options: z.optional(z.array(z.string())),
});

export const applicationSchema = z.object({
  editionId: z.string(),
  /** Catalog keys, and `custom.<id>` for the user's own fields. */
  values: z.record(z.string(), fieldValue),
  /** The user's own fields; absent means none (a reply from before they existed). */
  customFields: z._default(z.array(customFieldSpecSchema), []),
  /**
   * The edition package when it is not built in (a local edition, 新建申报批次), so the page
   * fills and checks its own rows. Checked where it arrives, by `editionOfApplication`
   * (lib/runtime/application-edition.ts), which refuses a malformed one with a zh-CN message.
   */
  edition: z.optional(z.unknown()),
});

export const fileSchema = z.object({ name: z.string(), type: z.string(), base64: z.string() });

export const mappingsSchema = z.array(z.object({ signature: z.string(), key: z.string() }));

export const checkResultSchema = z.object({
  /** Page fields the check recognised as 申报书 fields: 0 means no form to check here. */
  recognised: z.number(),
  issues: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
      section: z.string(),
      fieldId: z.optional(z.string()),
    }),
  ),
  differences: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      page: z.string(),
      draft: z.string(),
      fieldId: z.optional(z.string()),
      value: z.optional(fieldValue),
    }),
  ),
  attachments: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      proof: z.string(),
      required: z.boolean(),
      attached: z.union([z.array(z.string()), z.literal('unknown')]),
      /** The draft has stored files for this item: one click attaches them. */
      canAttach: z.boolean(),
      fieldId: z.optional(z.string()),
    }),
  ),
});

export const draftChoicesSchema = z.object({
  currentId: z.optional(z.string()),
  /** The 提交前检查 setting (on unless the user turned it off). */
  submitGuard: z.boolean(),
  /** The site the panel's tab is on: where a fill would write (absent outside a site's tab). */
  host: z.optional(z.string()),
  drafts: z.array(z.object({ id: z.string(), label: z.string() })),
});

/** Every reply: a result, or a zh-CN message that says what went wrong. */
export const replySchema = <T extends z.ZodMiniType>(result: T) =>
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
  'tab/visible': z.object({ visible: z.boolean() }),
  'content/visible': z.object({ visible: z.boolean() }),
  'fill/progress': z.boolean(),
  'page/ready': z.boolean(),
  'tab/check': checkResultSchema,
  'tab/capture': captureOfferSchema,
  'content/capture': captureOfferSchema,
  /** How many fields were kept. */
  'capture/save': z.number(),
  'tab/attach': z.boolean(),
  'content/check': checkResultSchema,
  'content/attach': z.boolean(),
  'draft/update': z.boolean(),
  'drafts/list': draftChoicesSchema,
  'drafts/choose': z.boolean(),
  'application/get': applicationSchema,
  'file/get': fileSchema,
  'mappings/list': mappingsSchema,
  'mappings/save': z.boolean(),
  'regions/get': z.string(),
} as const satisfies Record<Request['type'], z.ZodMiniType>;

export type ResultOf<T extends Request['type']> = z.infer<(typeof RESULT_SCHEMAS)[T]>;
export type Reply<T extends Request['type']> =
  | { ok: true; result: ResultOf<T> }
  | { ok: false; message: string };
