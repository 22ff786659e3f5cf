import {
  customFieldDef,
  type Edition,
  type FieldDef,
  type FieldValues,
  fieldIndex,
  fieldsFor,
  isCustomKey,
  LATEST_EDITION,
  SECTIONS,
} from '@/lib/catalog';
import { checkPage } from '@/lib/check/check-page';
import { readPageValues } from '@/lib/check/page-values';
import { explainFailures, UserError } from '@/lib/errors';
import { applyOperation } from '@/lib/fill/apply';
import type { ReachProbe } from '@/lib/fill/collect/reach-probe';
import { isRegionPart } from '@/lib/fill/match/region-parts';
import { parseRegions } from '@/lib/fill/region';
import type { FillEngine } from '@/lib/fill/session';
import { Slicer } from '@/lib/fill/slice';
import type { LearnedMapping } from '@/lib/fill/types';
import { answer, sendRequest } from '@/lib/messaging/client';
import { type ResultOf, requestSchema } from '@/lib/messaging/protocol';
import { CUSTOM_SECTION } from '@/lib/validate/by-section';
import { editionOfApplication } from './application-edition';
import { storedFiles } from './content-files';
import { revealElement } from './highlight';
import { makeBadge, type OverlayLayer } from './overlay';
import type { GuardFinding } from './submit-guard';
import { attachWordCounters, type LimitedText } from './word-counters';

type CheckResult = ResultOf<'content/check'>;

interface Application {
  edition: Edition;
  values: FieldValues | undefined;
  /** The user's own fields the draft sees, checked like the catalog's. */
  custom: FieldDef[];
}

const hasFiles = (value: unknown) => Array.isArray(value) && value.length > 0;

async function applicationOf(draftId: string | undefined): Promise<Application> {
  if (!draftId) return { edition: LATEST_EDITION, values: undefined, custom: [] };
  const application = await sendRequest({ type: 'application/get', draftId });
  return {
    edition: editionOfApplication(application),
    values: application.values as FieldValues,
    custom: application.customFields.map(customFieldDef),
  };
}

/**
 * The on-site check: reads what the page holds (collect → match → page values), validates
 * it with the same rules as the dashboard, marks fields in Shenbao's own overlay, lists
 * differences from the draft and the 附 slots, and keeps 字数 badges beside limited texts.
 */
export function createContentCheck(
  doc: Document,
  engine: FillEngine,
  marks: OverlayLayer,
  counters: OverlayLayer,
  /** Whether a person can see a field; the check reads no field they cannot (a hidden decoy). */
  reach?: () => ReachProbe,
) {
  const elements = new Map<string, Element>();
  let stopCounters: (() => void) | undefined;

  const inspect = async (draftId: string | undefined) => {
    const { edition, values, custom } = await applicationOf(draftId);
    const learned = await sendRequest({ type: 'mappings/list' });
    // In slices: a page with thousands of controls stays responsive while it is read.
    const slicer = new Slicer();
    const { snapshot: everything, handles } = await slicer.run(engine.collect(doc));
    const probe = reach?.();
    let snapshot = everything;
    if (probe) {
      const seen: typeof everything.fields = [];
      for (const field of everything.fields) {
        await slicer.checkpoint();
        const handle = handles.get(field.id);
        if (!handle || probe.judge(handle.root, field.widget, { scroll: false })?.reachable !== false)
          seen.push(field);
      }
      snapshot = { ...everything, fields: seen };
    }
    const fields = [...fieldsFor(edition), ...custom];
    const { matches } = await slicer.run(engine.match(snapshot, fields, learned));
    // An address shown in 省/市/区 parts is compared by place, with the region table.
    const regions = matches.some((match) => isRegionPart(match.part))
      ? parseRegions(await sendRequest({ type: 'regions/get' }))
      : undefined;
    const result = checkPage({
      snapshot,
      matches,
      edition,
      draft: values,
      extraFields: custom,
      ...(regions ? { regions } : {}),
    });
    return { edition, values, snapshot, handles, matches, fields, result };
  };

  const check = async (draftId: string): Promise<CheckResult> => {
    const { edition, values, snapshot, handles, matches, fields, result } = await inspect(draftId);
    const byKey = fieldIndex(edition);
    const sectionTitle = (key: string) =>
      isCustomKey(key)
        ? CUSTOM_SECTION.title
        : (SECTIONS.find((section) => section.id === byKey.get(key)?.section)?.title ?? '其他');
    const pageValues = readPageValues(snapshot, matches, fields).values;
    elements.clear();
    marks.unpinAll();
    const idFor = (fieldId: string | undefined) => {
      const root = fieldId ? handles.get(fieldId)?.root : undefined;
      if (!fieldId || !root) return undefined;
      elements.set(fieldId, root);
      return fieldId;
    };
    for (const issue of result.issues) {
      for (const fieldId of issue.fieldIds) {
        const root = handles.get(fieldId)?.root;
        if (!root) continue;
        // A short mark on the field; the whole message is its tooltip and in the panel's list.
        const text = issue.severity === 'error' ? '✕ 有误' : '! 留意';
        const badge = makeBadge(doc, text, issue.severity, `申报助手 · ${issue.label}：${issue.message}`);
        badge.dataset.testid = 'shenbao-mark';
        badge.dataset.key = issue.key;
        marks.pin(root, badge, 'corner');
      }
    }
    return {
      recognised: matches.length,
      issues: result.issues.map((issue) => ({
        key: issue.key,
        label: issue.label,
        severity: issue.severity,
        message: issue.message,
        section: sectionTitle(issue.key),
        fieldId: idFor(issue.fieldIds[0]),
      })),
      differences: result.differences.map((difference) => ({
        key: difference.key,
        label: difference.label,
        page: difference.page,
        draft: difference.draft,
        fieldId: idFor(difference.fieldIds[0]),
        value: pageValues[difference.key] as never,
      })),
      attachments: result.attachments.map((attachment) => ({
        key: attachment.key,
        label: attachment.label,
        proof: attachment.proof,
        required: attachment.required,
        attached: attachment.attached,
        canAttach: hasFiles(values?.[attachment.key]),
        fieldId: idFor(attachment.fieldIds[0]),
      })),
    };
  };

  /** One click attaches the files stored for a 附 item to its upload slot on the page. */
  const attach = async (draftId: string, key: string): Promise<boolean> => {
    const { values, snapshot, handles, matches } = await inspect(draftId);
    const refs = values?.[key];
    const match = matches.find((item) => item.key === key);
    const field = snapshot.fields.find((item) => item.id === match?.fieldId);
    const handle = match ? handles.get(match.fieldId) : undefined;
    if (!Array.isArray(refs) || !field || !handle)
      throw new UserError('页面上没有这个附件的上传位置，或草稿里没有存这个文件。');
    const outcome = await applyOperation(
      { type: 'attachFiles', fieldId: field.id, key, files: refs as never },
      { field, handle },
      storedFiles,
    );
    if (!outcome.ok) throw new UserError(outcome.problem);
    return true;
  };

  /** The errors the submit guard stops on (warnings never do). */
  const errors = async (): Promise<GuardFinding[]> => {
    const choices = await sendRequest({ type: 'drafts/list' }).catch((error: unknown) => {
      // No draft to compare with (the store answered an error): the page's own rules are
      // still checked. Anything else is a bug and goes to the guard.
      if (!(error instanceof UserError)) throw error;
      console.warn('[shenbao] submit check without a draft:', error.message);
      return undefined;
    });
    const { result } = await inspect(choices?.currentId);
    return result.issues
      .filter((issue) => issue.severity === 'error' && issue.fieldIds.length > 0)
      .map((issue) => ({ label: issue.label, message: issue.message }));
  };

  /**
   * Re-reads which page fields carry a 字数 limit and pins a live counter beside each. It runs
   * on its own (at start and as the page changes), with no one to answer: a failure is logged
   * and leaves the page without badges, and never stops the rest of the content script.
   */
  let counterRun = 0;
  const refreshCounters = async () => {
    // Read in slices, so a newer refresh may start meanwhile: only the latest one pins badges.
    const run = ++counterRun;
    try {
      const texts = await limitedTexts();
      if (run !== counterRun) return;
      stopCounters?.();
      stopCounters = attachWordCounters(counters, texts);
    } catch (error) {
      console.error('[shenbao] 字数 badges failed', error);
    }
  };

  /**
   * The current draft's form and the user's own fields, and the mappings learned on this site:
   * the badges follow what the fill and 检查 map (a captured long text is `custom.<id>` by its
   * learned signature). No draft, or a store that cannot answer: the catalog's fields alone.
   */
  const counterContext = async (): Promise<{ fields: FieldDef[]; learned: readonly LearnedMapping[] }> => {
    try {
      const choices = await sendRequest({ type: 'drafts/list' });
      const [{ edition, custom }, learned] = await Promise.all([
        applicationOf(choices.currentId),
        sendRequest({ type: 'mappings/list' }),
      ]);
      return { fields: [...fieldsFor(edition), ...custom], learned };
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      console.warn('[shenbao] 字数 badges without a draft:', error.message);
      return { fields: [...fieldsFor(LATEST_EDITION)], learned: [] };
    }
  };

  const limitedTexts = async (): Promise<LimitedText[]> => {
    const { fields, learned } = await counterContext();
    const slicer = new Slicer();
    const { snapshot, handles } = await slicer.run(engine.collect(doc));
    const { matches } = await slicer.run(engine.match(snapshot, fields, learned));
    const limits = new Map(
      fields.filter((field) => field.rules.maxWords).map((field) => [field.key, field.rules.maxWords ?? 0]),
    );
    const texts: LimitedText[] = [];
    for (const match of matches) {
      const limit = limits.get(match.key);
      const root = handles.get(match.fieldId);
      const element = root
        ? [root.root, ...root.controls].find((item) => item.matches('textarea, input'))
        : undefined;
      if (limit && element) texts.push({ element: element as HTMLTextAreaElement, limit });
    }
    return texts;
  };

  return {
    check,
    attach,
    errors,
    refreshCounters,
    reveal: (fieldId: string) => {
      const element = elements.get(fieldId);
      return element ? revealElement(element) : false;
    },
    destroy: () => {
      counterRun += 1;
      stopCounters?.();
    },
  };
}

export type ContentCheck = ReturnType<typeof createContentCheck>;

/** Answers the panel's check requests (content/check, content/attach) for this page. */
export async function handleCheckRequest(check: ContentCheck, raw: unknown) {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  if (request.type === 'content/check')
    return answer(() =>
      explainFailures({ name: '检查', log: 'check', outcome: '页面没有被改动' }, () =>
        check.check(request.draftId),
      ),
    );
  if (request.type === 'content/attach')
    return answer(() =>
      explainFailures(
        { name: '上传附件', log: 'attach', outcome: '附件可能没有放入上传位置，请在页面上核对' },
        () => check.attach(request.draftId, request.key),
      ),
    );
  // The fill answers its own ids first; an id neither knows (the page changed since) is false.
  if (request.type === 'content/reveal') return answer(async () => check.reveal(request.fieldId));
  return undefined;
}
